import { MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Direction } from '../categories.js';
import type { CashLineEntity } from '../entities/index.js';

@ObjectType('CashLine', { description: 'Une ligne du plan de trésorerie saisie à la main (prêt, caution, paiement connu qu’Odoo n’a pas encore).' })
export class CashLine {
  @Field(() => ID, { description: 'Identifiant de la ligne.' })
  id: string;

  @Field(() => String, { description: 'Mois (AAAA-MM).' })
  month: string;

  @Field(() => Direction, { description: 'Sortie ou entrée d’argent.' })
  direction: Direction;

  @Field(() => MoneyScalar, { description: 'Montant.' })
  amount: number;

  @Field(() => String, { description: 'Libellé.' })
  label: string;

  circleId: string | null;
}

export function toCashLine(e: CashLineEntity): CashLine {
  return Object.assign(new CashLine(), { id: e.id, month: e.month, direction: e.direction as Direction, amount: e.amountCents, label: e.label, circleId: e.circleId });
}

@InputType('CashLineInput', { description: 'Une ligne de trésorerie à saisir.' })
export class CashLineInput {
  @Field(() => String, { description: 'Mois (AAAA-MM).' }) month: string;
  @Field(() => Direction, { description: 'Sortie ou entrée.' }) direction: Direction;
  @Field(() => MoneyScalar, { description: 'Montant, positif.' }) amount: number;
  @Field(() => String, { description: 'Libellé.' }) label: string;
  @Field(() => ID, { nullable: true, description: 'Cercle concerné, le cas échéant.' }) circleId?: string | null;
}
