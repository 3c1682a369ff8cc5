import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { EventRequestEntity } from '../entities/index.js';
import { EventRequestStatus } from './status.js';

@ObjectType('EventRequest', { description: 'Une demande d’évènement extérieur, suivie au long des sept étapes : reçue, confiée à un pôle, validée en Interpôle, chiffrée, missions, tenue, facturée.' })
export class EventRequest {
  @Field(() => ID, { description: 'Identifiant de la demande.' })
  id: string;

  @Field(() => String, { description: 'Intitulé de l’évènement.' })
  title: string;

  @Field(() => String, { description: 'Qui demande (structure ou personne).' })
  requester: string;

  @Field(() => String, { nullable: true, description: 'Comment joindre le demandeur (courriel, téléphone).' })
  contact: string | null;

  @Field(() => String, { nullable: true, description: 'Objet de l’évènement : ce que le demandeur veut faire.' })
  topic: string | null;

  @Field(() => Date, { nullable: true, description: 'Début de l’évènement.' })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Fin de l’évènement.' })
  endsAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Nombre de personnes attendues.' })
  expectedPeople: number | null;

  @Field(() => EventRequestStatus, { description: 'Où en est la demande.' })
  status: EventRequestStatus;

  @Field(() => [EventRequestStatus], { description: 'Les étapes possibles à partir de l’état actuel.' })
  nextSteps: EventRequestStatus[];

  @Field(() => String, { nullable: true, description: 'Numéro de facture (étape 7).' })
  invoiceNumber: string | null;

  @Field(() => Int, { description: 'Part de la marge (en %) partagée entre les cercles participants ; le reste va aux Communs.' })
  profitSharePercent: number;

  entity: EventRequestEntity;
}

@ObjectType('EventQuoteLine', { description: 'Une prestation d’un cercle participant dans le devis (cuisine, jardin, location de mobilier, matériel…).' })
export class EventQuoteLine {
  @Field(() => ID, { description: 'Identifiant de la ligne.' })
  id: string;

  @Field(() => String, { description: 'Libellé de la prestation.' })
  label: string;

  @Field(() => Float, { description: 'Quantité.' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Prix unitaire facturé.' })
  unitPrice: number;

  @Field(() => MoneyScalar, { description: 'Coût pour le cercle (achats, matériel) ; la marge de la ligne est montant − coût.' })
  cost: number;

  @Field(() => MoneyScalar, { description: 'Montant : quantité × prix unitaire, arrondi au centime.' })
  amount: number;

  circleId: string;
}

@ObjectType('EventQuote', { description: 'Le devis chiffré d’un évènement extérieur : location du lieu à l’heure (référent·e compris) et prestations des cercles.' })
export class EventQuote {
  @Field(() => [EventQuoteLine], { description: 'Les prestations des cercles participants.' })
  lines: EventQuoteLine[];

  @Field(() => Float, { description: 'Heures de location du lieu.' })
  hours: number;

  @Field(() => MoneyScalar, { description: 'Tarif horaire de location du lieu, référent·e compris (entre 100 € et 150 €).' })
  hourlyRate: number;

  @Field(() => MoneyScalar, { description: 'Location du lieu : heures × tarif horaire.' })
  siteHire: number;

  @Field(() => MoneyScalar, { description: 'Total du devis : location + prestations.' })
  total: number;

  @Field(() => MoneyScalar, { description: 'Total des coûts des prestations.' })
  costs: number;

  @Field(() => MoneyScalar, { description: 'Marge : total − coûts.' })
  margin: number;
}

@ObjectType('EventProfitSharePart', { description: 'La part prévue de la marge d’un évènement pour un cercle.' })
export class EventProfitSharePart {
  @Field(() => MoneyScalar, { description: 'Montant de la part.' })
  amount: number;

  circleId: string;
}
