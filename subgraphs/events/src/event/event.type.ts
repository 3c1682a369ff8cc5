import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { EventCategory } from './event-category.js';

@ObjectType('EventLocation', { description: 'Le lieu d’un évènement, tel que la billetterie le décrit.' })
export class EventLocation {
  @Field(() => String, { nullable: true, description: 'Nom du lieu (ex. « La Raffinerie »).' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Adresse sur une ligne : rue, code postal et commune.' })
  address: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Event', { description: 'Un évènement de la billetterie (TiBillet) : soirée, atelier, chantier ou créneau bénévole.' })
export class Event {
  @Field(() => ID, { description: 'Identifiant TiBillet de l’évènement (uuid).' })
  id: string;

  @Field(() => String, { description: 'Nom de l’évènement.' })
  name: string;

  @Field(() => EventCategory, { description: 'Nature de l’évènement, déduite de la catégorie TiBillet.' })
  category: EventCategory;

  @Field(() => Date, { description: 'Début (instant ISO ; le collectif vit à l’heure de La Réunion, UTC+4).' })
  start: Date;

  @Field(() => Date, { nullable: true, description: 'Fin, quand la billetterie en donne une.' })
  end: Date | null;

  @Field(() => Date, {
    description: 'Fin effective : la fin donnée, sinon 4 h du matin (heure de La Réunion) après le début, comme la billetterie clôt une soirée.',
  })
  effectiveEnd: Date;

  @Field(() => String, { nullable: true, description: 'Description (la longue, sinon la courte).' })
  description: string | null;

  @Field(() => EventLocation, { nullable: true, description: 'Lieu de l’évènement.' })
  location: EventLocation | null;

  @Field(() => Int, { nullable: true, description: 'Jauge : nombre maximal de participant·es.' })
  capacity: number | null;

  @Field(() => String, { nullable: true, description: 'Page publique de l’évènement sur la billetterie.' })
  url: string | null;

  @Field(() => ID, { nullable: true, description: 'Évènement parent, pour un créneau bénévole.' })
  parentEventId: string | null;

  @Field(() => Date, { description: 'Quand ces informations ont été lues dans TiBillet.' })
  readAt: Date;

  @Field(() => Boolean, { description: 'Vrai quand TiBillet ne répond pas et que ces informations viennent de la dernière lecture réussie.' })
  stale: boolean;
}
