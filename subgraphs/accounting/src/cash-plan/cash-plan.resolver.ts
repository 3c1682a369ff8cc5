import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccountingContext } from '../context.js';
import { AccountingDirection } from '../categories/category.js';
import { AccountingDocumentKind, AccountingDocumentState } from '../documents/document.type.js';
import { CashPlan, CashPlanAccounting } from './cash-plan.type.js';

const incoming = new Set([AccountingDocumentKind.INVOICE, AccountingDocumentKind.BILL_REFUND]);
const refunds = new Set([AccountingDocumentKind.INVOICE_REFUND, AccountingDocumentKind.BILL_REFUND]);

@Resolver(() => CashPlan)
export class CashPlanResolver {
  @Authorized()
  @FieldResolver(() => CashPlanAccounting, { nullable: true, description: 'Ce qu’Odoo apporte au plan de trésorerie ; null quand Odoo ne répond pas et qu’aucune lecture n’est gardée.' })
  async accounting(@Root() plan: CashPlan, @Ctx() context: AccountingContext): Promise<CashPlanAccounting | null> {
    const [bank, documents, actual] = await Promise.all([context.bank.position(plan.year), context.documents.organisation(plan.year), context.actuals.organisation(plan.year)]);
    if (!bank || !documents || !actual) return null;
    const months = new Map<string, { inflow: number; outflow: number }>();
    for (const account of bank.accounts) {
      for (const m of account.months) {
        const sum = months.get(m.month) ?? { inflow: 0, outflow: 0 };
        months.set(m.month, { inflow: sum.inflow + m.inflow, outflow: sum.outflow + m.outflow });
      }
    }
    const reads = [bank.readAt, documents.readAt, actual.readAt].map((d) => new Date(d).getTime());
    return {
      openingBalance: bank.accounts.reduce((s, a) => s + a.openingBalance, 0),
      months: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, flow]) => ({ month, ...flow })),
      openDocuments: documents.items
        .filter((d) => d.state === AccountingDocumentState.POSTED && d.residual !== 0)
        .map((d) => ({
          number: d.number,
          partnerName: d.partnerName,
          direction: incoming.has(d.kind) ? AccountingDirection.INCOME : AccountingDirection.EXPENSE,
          dueDate: d.dueDate ?? d.date,
          residual: refunds.has(d.kind) ? -Math.abs(d.residual) : Math.abs(d.residual),
          category: d.category,
        })),
      actual: actual.categories,
      readAt: new Date(Math.min(...reads)),
      stale: bank.stale || documents.stale || actual.stale,
    };
  }
}
