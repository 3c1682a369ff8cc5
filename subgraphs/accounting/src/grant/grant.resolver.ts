import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { centsFromDecimal } from '@alambic/subgraph-kit';
import type { AccountingContext } from '../context.js';
import { Grant, GrantJustification } from './grant.type.js';

@Resolver(() => Grant)
export class GrantJustificationResolver {
  @Authorized()
  @Directive('@requires(fields: "amountGranted funder financedCircleCodes periodStart periodEnd justificationScope { analyticCode category fromMonth toMonth }")')
  @FieldResolver(() => GrantJustification, { nullable: true, description: 'Justifié et reste à justifier, d’après la dépense réelle lue dans Odoo ; null quand Odoo ne répond pas.' })
  async justification(@Root() grant: Grant, @Ctx() context: AccountingContext): Promise<GrantJustification | null> {
    let justified = 0;
    const reads: number[] = [];
    let stale = false;
    for (const scope of grant.justificationScope ?? []) {
      const years = new Set<number>();
      for (let y = Number(scope.fromMonth.slice(0, 4)); y <= Number(scope.toMonth.slice(0, 4)); y++) years.add(y);
      for (const year of years) {
        const actuals = await context.loaders.actualsOf(scope.analyticCode, year);
        if (!actuals) continue;
        reads.push(new Date(actuals.readAt).getTime());
        stale ||= actuals.stale;
        for (const month of actuals.months) {
          if (month.month < scope.fromMonth || month.month > scope.toMonth) continue;
          justified += month.categories.find((c) => c.category === scope.category)?.amount ?? 0;
        }
      }
    }
    const { invoiced, received } = await this.receipts(grant, context, reads);
    const granted = grant.amountGranted === null || grant.amountGranted === undefined ? null : typeof grant.amountGranted === 'number' ? grant.amountGranted : centsFromDecimal(grant.amountGranted);
    return {
      justified,
      toJustify: granted === null ? null : granted - justified,
      odooInvoiced: invoiced,
      odooReceived: received,
      readAt: new Date(reads.length ? Math.min(...reads) : Date.now()),
      stale,
    };
  }

  /** The funder's grant invoices in Odoo for the financed circles over the grant's years, matched by funder name. */
  private async receipts(grant: Grant, context: AccountingContext, reads: number[]): Promise<{ invoiced: number; received: number }> {
    const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const funder = fold(grant.funder ?? '');
    const first = Number((grant.periodStart ?? `${new Date().getFullYear()}`).slice(0, 4));
    const last = Number((grant.periodEnd ?? `${first}`).slice(0, 4));
    const seen = new Set<string>();
    let invoiced = 0;
    let received = 0;
    for (const code of grant.financedCircleCodes ?? []) {
      for (let year = first; year <= last; year++) {
        const list = await context.loaders.grantsOf(code, year);
        if (!list) continue;
        reads.push(new Date(list.readAt).getTime());
        for (const receipt of list.items) {
          const name = fold(receipt.funder);
          const key = receipt.documentId;
          if (!funder || seen.has(key) || !(name.includes(funder) || funder.includes(name))) continue;
          seen.add(key);
          invoiced += receipt.invoiced;
          received += receipt.received;
        }
      }
    }
    return { invoiced, received };
  }
}
