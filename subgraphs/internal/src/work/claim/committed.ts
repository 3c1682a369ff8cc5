import type { InternalContext } from '../../context.js';

const perRequest = new WeakMap<InternalContext, Map<number, Promise<Map<string, number>>>>();

/**
 * Validated-but-unpaid claim totals per circle for one year, each circle including its sub-circles, and the
 * organisation under `ALL`. One SQL query per request and year, whatever the number of circles asked.
 */
export function claimsCommitted(ctx: InternalContext, year: number): Promise<Map<string, number>> {
  let byYear = perRequest.get(ctx);
  if (!byYear) perRequest.set(ctx, (byYear = new Map()));
  let totals = byYear.get(year);
  if (!totals) {
    totals = compute(ctx, year);
    byYear.set(year, totals);
  }
  return totals;
}

async function compute(ctx: InternalContext, year: number): Promise<Map<string, number>> {
  const rows: Array<{ circle_id: string; cents: string }> = await ctx.db.query(
    `WITH RECURSIVE lineage(circle_id, ancestor_id) AS (
       SELECT id, id FROM circle
       UNION SELECT l.circle_id, c.parent_id FROM lineage l JOIN circle c ON c.id = l.ancestor_id WHERE c.parent_id IS NOT NULL)
     SELECT l.ancestor_id AS circle_id, sum(coalesce(rc.amount_validated_cents, rc.amount_proposed_cents))::text AS cents
       FROM remuneration_claim rc JOIN mission mi ON mi.id = rc.mission_id JOIN lineage l ON l.circle_id = mi.circle_id
      WHERE rc.state IN ('VALIDATED','INVOICED') AND to_char(rc.work_date, 'YYYY') = $1
      GROUP BY l.ancestor_id`,
    [String(year)],
  );
  const totals = new Map(rows.map((r) => [r.circle_id, Number(r.cents)]));
  const all: Array<{ cents: string | null }> = await ctx.db.query(
    `SELECT sum(coalesce(amount_validated_cents, amount_proposed_cents))::text AS cents FROM remuneration_claim WHERE state IN ('VALIDATED','INVOICED') AND to_char(work_date, 'YYYY') = $1`,
    [String(year)],
  );
  totals.set('ALL', Number(all[0]?.cents ?? 0));
  return totals;
}
