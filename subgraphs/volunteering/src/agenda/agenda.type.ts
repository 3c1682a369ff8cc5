import 'reflect-metadata';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('AgendaEntry', { description: 'Une date de l’agenda public Oceco de l’organisation (évènements des pôles publics).' })
export class AgendaEntry {
  @Field(() => ID, { description: 'Identifiant Oceco de l’évènement (UID du flux iCal).' })
  id!: string;

  @Field(() => String, { description: 'Intitulé.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description!: string | null;

  @Field(() => Date, { description: 'Début (pour une journée entière : minuit, heure de La Réunion).' })
  start!: Date;

  @Field(() => Date, { nullable: true, description: 'Fin, quand Oceco la donne.' })
  end!: Date | null;

  @Field(() => Boolean, { description: 'Vrai pour une journée entière : Oceco ne donne pas d’heures.' })
  allDay!: boolean;

  @Field(() => String, { nullable: true, description: 'Fuseau horaire donné par Oceco (ex. « Indian/Reunion »).' })
  timeZone!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Durée ESTIMÉE en heures (au dixième) entre début et fin ; nulle pour une journée entière ou sans fin.',
  })
  estimatedHours!: number | null;
}

@ObjectType('VolunteerAgenda', { description: 'L’agenda public Oceco sur une période.' })
export class VolunteerAgenda {
  @Field(() => [AgendaEntry], { description: 'Les dates qui chevauchent la période, par début.' })
  entries!: AgendaEntry[];

  @Field(() => Date, { description: 'Moment où l’agenda a été lu dans Oceco.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Oceco est injoignable et que l’agenda vient de la dernière lecture réussie.' })
  stale!: boolean;
}
