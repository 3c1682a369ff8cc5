import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AccountingCategory } from '../categories/category.js';

@Directive('@shareable')
@ObjectType('GrantJustificationScope', { description: 'Une ligne financée par une subvention : un cercle, une catégorie, des mois (dans la période de la subvention).' })
export class GrantJustificationScope {
  @Field(() => String, { description: 'Code analytique du cercle de la ligne.' }) analyticCode: string;
  @Field(() => AccountingCategory, { description: 'Catégorie de la ligne.' }) category: AccountingCategory;
  @Field(() => String, { description: 'Premier mois compté (AAAA-MM).' }) fromMonth: string;
  @Field(() => String, { description: 'Dernier mois compté (AAAA-MM).' }) toMonth: string;
}

@ObjectType('GrantJustification', { description: 'Ce qui justifie une subvention : la dépense réelle (Odoo) sur les lignes qu’elle finance, dans sa période.' })
export class GrantJustification {
  @Field(() => MoneyScalar, { description: 'Justifié : dépense réelle sur le périmètre financé.' }) justified: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Reste à justifier : accordé moins justifié ; vide tant que rien n’est accordé.' }) toJustify: number | null;
  @Field(() => MoneyScalar, { description: 'Facturé au financeur dans Odoo (factures de subvention des cercles financés, sur la période).' }) odooInvoiced: number;
  @Field(() => MoneyScalar, { description: 'Reçu du financeur selon Odoo : à rapprocher des versements enregistrés dans le hub.' }) odooReceived: number;
  @Field(() => DateTimeISOScalar, { description: 'Moment de la lecture la plus ancienne dans Odoo.' }) readAt: Date;
  @Field(() => Boolean, { description: 'Vrai quand une partie vient de la dernière lecture réussie d’Odoo.' }) stale: boolean;
}

/** A grant (owned by `internal`): accounting adds how much of it the actual spending justifies. */
@Directive('@key(fields: "id")')
@ObjectType('Grant', { description: 'Une subvention, suivie de la piste à la clôture.' })
export class Grant {
  @Field(() => ID, { description: 'Identifiant de la subvention.' }) id: string;

  @Directive('@external')
  @Field(() => MoneyScalar, { nullable: true, description: 'Montant accordé.' })
  amountGranted?: number | string | null;

  @Directive('@external')
  @Field(() => String, { description: 'Financeur (Région, Département, CAF, DRAC…).' })
  funder?: string;

  @Directive('@external')
  @Field(() => [String], { description: 'Codes analytiques des cercles financés (pour rapprocher les factures de subvention d’Odoo).' })
  financedCircleCodes?: string[];

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Début de la période financée (AAAA-MM-JJ).' })
  periodStart?: string | null;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Fin de la période financée (AAAA-MM-JJ).' })
  periodEnd?: string | null;

  @Directive('@external')
  @Field(() => [GrantJustificationScope], { description: 'Ce que la subvention finance (ses lignes de prévisionnel, bornées à sa période) : la dépense réelle sur ce périmètre la justifie.' })
  justificationScope?: GrantJustificationScope[];
}
