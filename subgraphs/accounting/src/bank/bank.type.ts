import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BankAccountKind {
  BANK = 'BANK',
  CASH = 'CASH',
}

registerEnumType(BankAccountKind, {
  name: 'BankAccountKind',
  description: 'Compte en banque ou caisse.',
  valuesConfig: { BANK: { description: 'Compte bancaire.' }, CASH: { description: 'Caisse (espèces).' } },
});

@ObjectType('BankMonth', { description: 'Les mouvements réels d’un compte pendant un mois (relevés bancaires comptabilisés).' })
export class BankMonth {
  @Field(() => String, { description: 'Mois, au format AAAA-MM.' })
  month!: string;

  @Field(() => MoneyScalar, { description: 'Entrées d’argent du mois.' })
  inflow!: number;

  @Field(() => MoneyScalar, { description: 'Sorties d’argent du mois (montant positif).' })
  outflow!: number;

  @Field(() => MoneyScalar, { description: 'Solde en fin de mois.' })
  closingBalance!: number;
}

@ObjectType('BankAccount', { description: 'Un compte bancaire ou une caisse du collectif, tel que le tient Odoo (journal de banque).' })
export class BankAccount {
  @Field(() => ID, { description: 'Identifiant du journal dans Odoo.' })
  id!: string;

  @Field(() => String, { description: 'Nom du compte (ex. « Qonto »).' })
  name!: string;

  @Field(() => String, { description: 'Code court du journal (ex. « BNK1 »).' })
  code!: string;

  @Field(() => BankAccountKind, { description: 'Banque ou caisse.' })
  kind!: BankAccountKind;

  @Field(() => MoneyScalar, { description: 'Solde au 1er janvier de l’année demandée.' })
  openingBalance!: number;

  @Field(() => MoneyScalar, { description: 'Solde actuel : toutes les lignes de relevé comptabilisées.' })
  balance!: number;

  @Field(() => [BankMonth], { description: 'Les douze mois de l’année demandée.' })
  months!: BankMonth[];
}

@ObjectType('BankPosition', { description: 'La trésorerie réelle : les comptes et leurs mouvements par mois, côté « réel » du plan de trésorerie.' })
export class BankPosition {
  @Field(() => Int, { description: 'Année des mouvements mensuels.' })
  year!: number;

  @Field(() => [BankAccount], { description: 'Comptes bancaires et caisses.' })
  accounts!: BankAccount[];

  @Field(() => MoneyScalar, { description: 'Solde actuel de tous les comptes.' })
  balance!: number;

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces montants ont été lus dans Odoo.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ces montants sont la dernière lecture réussie.' })
  stale!: boolean;
}
