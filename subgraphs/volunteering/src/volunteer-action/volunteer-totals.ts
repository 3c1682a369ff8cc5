import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { VolunteerActionRecord } from '../volunteering-source.js';
import { estimatedHours } from './volunteer-action.mapping.js';

@ObjectType('VolunteerTotals', { description: 'Totaux bénévoles d’un ensemble d’actions (un pôle, un évènement).' })
export class VolunteerTotals {
  @Field(() => Int, { description: 'Nombre d’actions (hors annulées).' })
  actions!: number;

  @Field(() => Int, { description: 'Actions ouvertes (« à faire »).' })
  openActions!: number;

  @Field(() => Int, { description: 'Places encore libres sur les actions ouvertes qui ont un maximum.' })
  openPlaces!: number;

  @Field(() => Int, { description: 'Crédits encore à gagner sur ces places libres.' })
  creditsOffered!: number;

  @Field(() => Int, { description: 'Participations en cours (inscrites, pas encore déclarées faites).' })
  joined!: number;

  @Field(() => Int, { description: 'Participations déclarées faites, en attente de validation.' })
  toModerate!: number;

  @Field(() => Int, { description: 'Participations validées.' })
  validated!: number;

  @Field(() => Int, { description: 'Participations refusées.' })
  refused!: number;

  @Field(() => Int, { description: 'Crédits versés par les participations validées (les dépenses ne comptent pas).' })
  creditsValidated!: number;

  @Field(() => Float, {
    description: 'Heures ESTIMÉES des participations validées, pour les seules actions dont Oceco donne début et fin.',
  })
  estimatedHoursValidated!: number;
}

/** Totals over actions; cancelled actions are left out. */
export function totalsOf(actions: readonly VolunteerActionRecord[]): VolunteerTotals {
  const totals: VolunteerTotals = {
    actions: 0,
    openActions: 0,
    openPlaces: 0,
    creditsOffered: 0,
    joined: 0,
    toModerate: 0,
    validated: 0,
    refused: 0,
    creditsValidated: 0,
    estimatedHoursValidated: 0,
  };
  let tenths = 0;
  for (const action of actions) {
    if (action.status === 'disabled') continue;
    totals.actions++;
    if (action.status === 'todo') {
      totals.openActions++;
      const free = action.max === null ? 0 : Math.max(0, action.max - action.participants.length);
      totals.openPlaces += free;
      if (action.credits > 0) totals.creditsOffered += free * action.credits;
    }
    const hours = estimatedHours(action.startDate, action.endDate);
    for (const participant of action.participants) {
      if (participant.state === 'JOINED') totals.joined++;
      else if (participant.state === 'TO_MODERATE') totals.toModerate++;
      else if (participant.state === 'REFUSED') totals.refused++;
      else {
        totals.validated++;
        if (action.credits > 0) totals.creditsValidated += action.credits;
        if (hours !== null) tenths += Math.round(hours * 10);
      }
    }
  }
  totals.estimatedHoursValidated = tenths / 10;
  return totals;
}
