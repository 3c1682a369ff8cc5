import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { centsFromDecimal } from '@alambic/subgraph-kit';
import type { AccountingContext } from '../context.js';
import { Grant, GrantJustification } from './grant.type.js';

@Resolver(() => Grant)
export class GrantJustificationResolver {
  @Authorized()
  @Directive('@requires(fields: "amountGranted justificationScope { analyticCode category fromMonth toMonth }")')
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
    const granted = grant.amountGranted === null || grant.amountGranted === undefined ? null : typeof grant.amountGranted === 'number' ? grant.amountGranted : centsFromDecimal(grant.amountGranted);
    return { justified, toJustify: granted === null ? null : granted - justified, readAt: new Date(reads.length ? Math.min(...reads) : Date.now()), stale };
  }
}
