import { MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Circle } from '../../circle/circle.type.js';

/** The part of the events subgraph's sales the settlement reads through @requires. */
@Directive('@shareable')
@ObjectType('EventSales', {
  description:
    'Les ventes d’un évènement : lignes du journal des ventes de TiBillet des produits rattachés à l’évènement, sur sa période de vente (préventes en ligne, puis ventes à l’entrée et au bar jusqu’à 4 h du matin, heure de La Réunion).',
})
export class EventSales {
  @Field(() => MoneyScalar, { description: 'Recette totale TTC : ventes valides moins les avoirs ; remboursements exclus.' })
  total: number | string;
}

/** A TiBillet event (owned by `events`): the hub adds how its revenue is dispatched to the circles. */
@Directive('@key(fields: "id")')
@ObjectType('Event', { description: 'Un évènement de la billetterie TiBillet de La Raffinerie (concert, atelier, festival, créneau bénévole…).' })
export class Event {
  @Field(() => ID, { description: 'Identifiant TiBillet (uuid) de l’évènement.' })
  id: string;

  @Directive('@external')
  @Field(() => EventSales, { nullable: true, description: 'Les ventes de l’évènement.' })
  sales?: EventSales | null;

  @Directive('@external')
  @Field(() => Circle, { nullable: true, description: 'Le cercle (pôle) qui organise l’évènement, d’après le hub ; null s’il n’est pas renseigné.' })
  organiser?: { id: string } | null;
}

@ObjectType('SettlementPart', { description: 'Ce qu’un cercle reçoit de la recette d’un évènement.' })
export class SettlementPart {
  @Field(() => Circle, { description: 'Cercle qui reçoit.' }) circle: Circle;
  @Field(() => Int, { description: 'Part, en pour mille de la recette.' }) perMille: number;
  @Field(() => MoneyScalar, { description: 'Montant.' }) amount: number;
}

@ObjectType('EventSettlement', { description: 'La répartition de la recette d’un évènement entre les pôles participants, par transferts internes.' })
export class EventSettlement {
  @Field(() => MoneyScalar, { nullable: true, description: 'Recette lue dans TiBillet ; vide quand TiBillet ne répond pas.' }) revenue: number | null;
  @Field(() => Circle, { nullable: true, description: 'Le pôle organisateur, qui garde ce que la règle ne répartit pas.' }) organiser: Circle | null;
  @Field(() => [SettlementPart], { description: 'Les parts, selon la règle fixée par le ou la bienveillant·e.' }) parts: SettlementPart[];
  @Field(() => MoneyScalar, { nullable: true, description: 'Ce que garde le pôle organisateur.' }) kept: number | null;
  @Field(() => Boolean, { description: 'Vrai quand la répartition a déjà été passée en transferts internes.' }) booked: boolean;
}

@InputType('SettlementShareInput', { description: 'Une part de la recette d’un évènement.' })
export class SettlementShareInput {
  @Field(() => ID, { description: 'Cercle qui reçoit.' }) circleId: string;
  @Field(() => Int, { description: 'Part en pour mille (1 à 1000).' }) perMille: number;
}
