import { DateTimeISOScalar, MoneyScalar } from '@alambic/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CircleActuals', {
  description: 'Le réalisé comptable d’un cercle et de ses sous-cercles sur une année civile, tel que l’enregistre Odoo (factures et dépenses comptabilisées).',
})
export class CircleActuals {
  @Field(() => Int, { description: 'Année civile concernée.' })
  year!: number;

  @Field(() => MoneyScalar, { description: 'Total dépensé (charges imputées au compte analytique du cercle et de ses descendants).' })
  spent!: number;

  @Field(() => MoneyScalar, { description: 'Total encaissé ou facturé (produits : ventes, prestations, subventions).' })
  collected!: number;

  @Field(() => DateTimeISOScalar, { description: 'Moment où ces montants ont été lus dans Odoo.' })
  readAt!: Date;

  @Field(() => Boolean, { description: 'Vrai quand Odoo ne répond pas et que ces montants sont la dernière lecture réussie.' })
  stale!: boolean;
}
