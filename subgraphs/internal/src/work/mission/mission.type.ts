import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { MissionEntity } from '../entities/index.js';
import { MissionKind, MissionStatus } from '../enums.js';

@ObjectType('Mission', { description: 'Une mission rémunérée publiée par un cercle : bienveillance, presta interne, référent·e du jour, chargé·e de mission.' })
export class Mission {
  @Field(() => ID, { description: 'Identifiant de la mission.' })
  id: string;

  @Field(() => MissionKind, { description: 'Nature de la mission.' })
  kind: MissionKind;

  @Field(() => String, { description: 'Intitulé.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Description : ce qu’il y a à faire.' })
  description: string | null;

  @Field(() => Float, { nullable: true, description: 'Durée attendue, en heures.' })
  expectedHours: number | null;

  @Field(() => [String], { description: 'Compétences demandées.' })
  skills: string[];

  @Field(() => Int, { description: 'Nombre minimum de personnes.' })
  minPeople: number;

  @Field(() => Int, { description: 'Nombre maximum de personnes.' })
  maxPeople: number;

  @Field(() => MoneyScalar, { description: 'Rémunération fixe par personne (presta interne, référent·e, chargé·e) ou enveloppe totale (bienveillance).' })
  remuneration: number;

  @Field(() => String, { nullable: true, description: 'Date limite de candidature (AAAA-MM-JJ).' })
  applicationDeadline: string | null;

  @Field(() => MissionStatus, { description: 'Où en est la mission.' })
  status: MissionStatus;

  @Field(() => ID, { nullable: true, description: 'Demande d’évènement extérieur dont la mission est issue.' })
  eventRequestId: string | null;

  @Field(() => ID, { nullable: true, description: 'Évènement TiBillet de la mission, le cas échéant.' })
  eventId: string | null;

  circleId: string;
  budgetLineId: string | null;
  entity: MissionEntity;
}

export function toMission(e: MissionEntity): Mission {
  return Object.assign(new Mission(), {
    id: e.id,
    kind: e.kind as MissionKind,
    title: e.title,
    description: e.description,
    expectedHours: e.expectedHours,
    skills: e.skills ?? [],
    minPeople: e.minPeople,
    maxPeople: e.maxPeople,
    remuneration: e.remunerationCents,
    applicationDeadline: e.applicationDeadline,
    status: e.status as MissionStatus,
    eventRequestId: e.eventRequestId,
    eventId: e.eventId,
    circleId: e.circleId,
    budgetLineId: e.budgetLineId,
    entity: e,
  });
}

@ObjectType('MissionEnvelope', { description: 'L’enveloppe d’une mission et ce qui en est demandé, validé, engagé et payé (toujours visible).' })
export class MissionEnvelope {
  @Field(() => MoneyScalar, { description: 'Enveloppe : celle de la bienveillance, ou la rémunération fixe × le nombre maximum de personnes.' })
  envelope: number;

  @Field(() => MoneyScalar, { description: 'Total proposé par toutes les demandes.' })
  claimed: number;

  @Field(() => MoneyScalar, { description: 'Total validé (demandes validées, facturées ou payées, au montant régulé le cas échéant).' })
  validated: number;

  @Field(() => MoneyScalar, { description: 'Reste de l’enveloppe : enveloppe − validé (négatif en cas de dépassement).' })
  remaining: number;

  @Field(() => MoneyScalar, { description: 'Validé mais pas encore payé : compté comme engagé dans le budget.' })
  committed: number;

  @Field(() => MoneyScalar, { description: 'Déjà payé.' })
  paid: number;

  @Field(() => Boolean, { description: 'Vrai quand le total proposé dépasse l’enveloppe (à discuter en réunion opérationnelle).' })
  overClaimed: boolean;
}

@InputType('MissionInput', { description: 'Une mission à publier.' })
export class MissionInput {
  @Field(() => ID, { description: 'Cercle qui porte la mission.' })
  circleId: string;

  @Field(() => MissionKind, { description: 'Nature de la mission.' })
  kind: MissionKind;

  @Field(() => String, { description: 'Intitulé.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ligne de prévisionnel (bienveillance ou presta interne) qui finance la mission.' })
  budgetLineId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Durée attendue, en heures.' })
  expectedHours?: number | null;

  @Field(() => [String], { defaultValue: [], description: 'Compétences demandées.' })
  skills: string[];

  @Field(() => Int, { defaultValue: 1, description: 'Nombre minimum de personnes.' })
  minPeople: number;

  @Field(() => Int, { defaultValue: 1, description: 'Nombre maximum de personnes.' })
  maxPeople: number;

  @Field(() => MoneyScalar, { description: 'Rémunération fixe par personne, ou enveloppe de la bienveillance.' })
  remuneration: number;

  @Field(() => String, { nullable: true, description: 'Date limite de candidature (AAAA-MM-JJ), idéalement 15 jours après la publication.' })
  applicationDeadline?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: 'Publier tout de suite (sinon brouillon).' })
  publish: boolean;

  @Field(() => ID, { nullable: true, description: 'Évènement TiBillet concerné (référent·e du jour, chargé·es de mission d’une soirée).' })
  eventId?: string | null;
}
