import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('EventRequestInput', { description: 'Une demande d’évènement extérieur qui arrive (étape 1).' })
export class EventRequestInput {
  @Field(() => String, { description: 'Intitulé de l’évènement.' })
  title: string;

  @Field(() => String, { description: 'Qui demande (structure ou personne).' })
  requester: string;

  @Field(() => String, { nullable: true, description: 'Comment joindre le demandeur.' })
  contact?: string | null;

  @Field(() => String, { nullable: true, description: 'Objet de l’évènement.' })
  topic?: string | null;

  @Field(() => Date, { description: 'Début de l’évènement.' })
  startsAt: Date;

  @Field(() => Date, { description: 'Fin de l’évènement.' })
  endsAt: Date;

  @Field(() => Int, { description: 'Nombre de personnes attendues.' })
  expectedPeople: number;
}

@InputType('EventQuoteLineInput', { description: 'Une prestation d’un cercle participant.' })
export class EventQuoteLineInput {
  @Field(() => ID, { description: 'Le cercle qui fournit la prestation.' })
  circleId: string;

  @Field(() => String, { description: 'Libellé (repas, location de chaises, sono…).' })
  label: string;

  @Field(() => Float, { description: 'Quantité (deux décimales au plus).' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Prix unitaire facturé.' })
  unitPrice: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Coût total de la prestation pour le cercle (zéro si absent).' })
  cost?: number | null;
}

@InputType('EventQuoteInput', { description: 'Le devis que la personne bienveillante construit (étape 4).' })
export class EventQuoteInput {
  @Field(() => Float, { description: 'Heures de location du lieu.' })
  hours: number;

  @Field(() => MoneyScalar, { description: 'Tarif horaire de location, référent·e compris : entre 100 € et 150 €.' })
  hourlyRate: number;

  @Field(() => Int, { defaultValue: 50, description: 'Part de la marge (en %) partagée entre les cercles participants ; le reste va aux Communs.' })
  profitSharePercent: number;

  @Field(() => [EventQuoteLineInput], { defaultValue: [], description: 'Les prestations des cercles participants.' })
  lines: EventQuoteLineInput[];
}

@InputType('EventMissionsInput', { description: 'Les missions de l’évènement (étape 5) : un·e référent·e du jour et des chargé·es de mission.' })
export class EventMissionsInput {
  @Field(() => MoneyScalar, { description: 'Rémunération fixe du ou de la référent·e du jour.' })
  referentRemuneration: number;

  @Field(() => MoneyScalar, { description: 'Rémunération fixe par chargé·e de mission.' })
  missionHolderRemuneration: number;

  @Field(() => Int, { defaultValue: 1, description: 'Nombre de chargé·es de mission (0 si aucun).' })
  missionHolders: number;

  @Field(() => String, { nullable: true, description: 'Date limite de candidature (AAAA-MM-JJ).' })
  applicationDeadline?: string | null;
}
