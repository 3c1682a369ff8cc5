import 'reflect-metadata';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { VolunteerAction } from '../volunteer-action/volunteer-action.type.js';
import { VolunteerTotals } from '../volunteer-action/volunteer-totals.js';

/** The `Event` entity owned by the events subgraph (TiBillet uuid as id), extended here. */
@Directive('@key(fields: "id")')
@ObjectType('Event', { description: 'Un évènement de la billetterie (TiBillet) : soirée, atelier, chantier ou créneau bénévole.' })
export class EventRef {
  @Field(() => ID, { description: 'Identifiant TiBillet de l’évènement (uuid).' })
  id!: string;

  @Directive('@external')
  @Field(() => String, { description: 'Nom de l’évènement (fourni par events).' })
  name!: string;

  @Directive('@external')
  @Field(() => Date, { description: 'Début de l’évènement (fourni par events).' })
  start!: Date;
}

@ObjectType('EventVolunteering', {
  description:
    'Les actions bénévoles d’un évènement dans Oceco. L’évènement Oceco est retrouvé par le même jour de début (heure de La Réunion) et le même nom (accents, casse et ponctuation ignorés, ou un nom contenu dans l’autre) ; sans candidat unique, pas de lien.',
})
export class EventVolunteering {
  @Field(() => Boolean, { description: 'Vrai quand un évènement Oceco correspond ; sinon tout est vide.' })
  linked!: boolean;

  @Field(() => String, { nullable: true, description: 'Identifiant de l’évènement Oceco correspondant.' })
  ocecoEventId!: string | null;

  @Field(() => String, { nullable: true, description: 'Nom de l’évènement dans Oceco.' })
  ocecoEventName!: string | null;

  @Field(() => [VolunteerAction], { description: 'Toutes les actions de l’évènement (Oceco les donne toutes à un·e admin), par date.' })
  actions!: VolunteerAction[];

  @Field(() => VolunteerTotals, { description: 'Totaux de l’évènement.' })
  totals!: VolunteerTotals;

  @Field(() => Date, { nullable: true, description: 'Moment où ces actions étaient à jour ; nul sans évènement Oceco.' })
  readAt!: Date | null;

  @Field(() => Boolean, { description: 'Vrai quand Oceco est injoignable et que ces actions viennent de la dernière lecture réussie.' })
  stale!: boolean;
}
