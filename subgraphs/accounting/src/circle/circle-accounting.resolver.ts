import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { CircleActuals, CommittedAmount } from '../actuals/actuals.type.js';
import type { AccountingContext } from '../context.js';
import { AccountingDocumentList, GrantReceiptList } from '../documents/document.type.js';
import { Circle } from './circle.type.js';

const yearArg = { description: 'Année civile, ex. 2026.' };

/** What Odoo says of a circle and its sub-circles; every field is batched over all circles of the query. */
@Resolver(() => Circle)
export class CircleAccountingResolver {
  @Authorized()
  @Directive('@requires(fields: "analyticCode")')
  @FieldResolver(() => CircleActuals, {
    nullable: true,
    description: 'Dépensé et encaissé réels du cercle et de ses sous-cercles pour une année civile, par catégorie et par mois ; null quand aucun compte analytique Odoo ne correspond à son code.',
  })
  actuals(@Root() circle: Circle, @Arg('year', () => Int, yearArg) year: number, @Ctx() context: AccountingContext): Promise<CircleActuals | null> {
    return context.loaders.actualsOf(circle.analyticCode, year);
  }

  @Authorized()
  @Directive('@requires(fields: "analyticCode")')
  @FieldResolver(() => CommittedAmount, {
    nullable: true,
    description: 'Engagé : reste à payer des factures fournisseurs comptabilisées ou en brouillon imputées au cercle et à ses sous-cercles, quelle que soit leur date ; null sans compte analytique.',
  })
  committed(@Root() circle: Circle, @Ctx() context: AccountingContext): Promise<CommittedAmount | null> {
    return context.loaders.committedOf(circle.analyticCode);
  }

  @Authorized()
  @Directive('@requires(fields: "analyticCode")')
  @FieldResolver(() => AccountingDocumentList, {
    nullable: true,
    description: 'Factures et avoirs (clients et fournisseurs) de l’année dont une part est imputée au cercle ou à ses sous-cercles ; null sans compte analytique.',
  })
  accountingDocuments(@Root() circle: Circle, @Arg('year', () => Int, yearArg) year: number, @Ctx() context: AccountingContext): Promise<AccountingDocumentList | null> {
    return context.loaders.documentsOf(circle.analyticCode, year);
  }

  @Authorized()
  @Directive('@requires(fields: "analyticCode")')
  @FieldResolver(() => GrantReceiptList, {
    nullable: true,
    description: 'Subventions facturées aux financeurs pour le cercle et ses sous-cercles dans l’année, et ce qui en a été reçu ; null sans compte analytique.',
  })
  grantReceipts(@Root() circle: Circle, @Arg('year', () => Int, yearArg) year: number, @Ctx() context: AccountingContext): Promise<GrantReceiptList | null> {
    return context.loaders.grantsOf(circle.analyticCode, year);
  }
}
