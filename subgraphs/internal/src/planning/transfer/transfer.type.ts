import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { InternalTransferEntity } from '../entities/index.js';

export enum TransferStatus {
  FORECAST = 'FORECAST',
  REAL = 'REAL',
}

registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description: 'Un transfert prévu ou réalisé.',
  valuesConfig: { FORECAST: { description: 'Prévisionnel.' }, REAL: { description: 'Réel.' } },
});

@ObjectType('InternalTransfer', { description: 'De l’argent qui passe d’un cercle à un autre : dépense interne d’un côté, recette interne de l’autre.' })
export class InternalTransfer {
  @Field(() => ID, { description: 'Identifiant du transfert.' })
  id: string;

  @Field(() => MoneyScalar, { description: 'Montant transféré.' })
  amount: number;

  @Field(() => String, { description: 'Date du transfert (AAAA-MM-JJ).' })
  date: string;

  @Field(() => String, { description: 'Motif.' })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'Évènement TiBillet dont le transfert répartit la recette.' })
  eventId: string | null;

  @Field(() => TransferStatus, { description: 'Prévu ou réalisé.' })
  status: TransferStatus;

  fromCircleId: string;
  toCircleId: string;
}

export function toInternalTransfer(e: InternalTransferEntity): InternalTransfer {
  return Object.assign(new InternalTransfer(), {
    id: e.id,
    amount: e.amountCents,
    date: e.date,
    reason: e.reason,
    eventId: e.eventId,
    status: e.status as TransferStatus,
    fromCircleId: e.fromCircleId,
    toCircleId: e.toCircleId,
  });
}

@InputType('InternalTransferInput', { description: 'Un transfert interne à enregistrer.' })
export class InternalTransferInput {
  @Field(() => ID, { description: 'Cercle qui paie (dépense interne).' })
  fromCircleId: string;

  @Field(() => ID, { description: 'Cercle qui reçoit (recette interne).' })
  toCircleId: string;

  @Field(() => MoneyScalar, { description: 'Montant, positif.' })
  amount: number;

  @Field(() => String, { description: 'Date (AAAA-MM-JJ).' })
  date: string;

  @Field(() => String, { description: 'Motif.' })
  reason: string;

  @Field(() => TransferStatus, { defaultValue: TransferStatus.FORECAST, description: 'Prévu ou réalisé.' })
  status: TransferStatus;

  @Field(() => ID, { nullable: true, description: 'Évènement concerné, le cas échéant.' })
  eventId?: string | null;
}
