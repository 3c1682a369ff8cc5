import { BudgetCategory, isInternal } from './categories.js';

/** One amount booked on one circle, in one category and month. Internal ones name the circle on the other side. */
export interface BookedAmount {
  circleId: string;
  category: BudgetCategory;
  month: string;
  cents: number;
  counterpartCircleId?: string;
}

/** The circle and all its descendants, from a child → parent map. */
export function subtreeOf(rootId: string, parentOf: Map<string, string | null>): Set<string> {
  const children = new Map<string, string[]>();
  for (const [child, parent] of parentOf) if (parent) children.set(parent, [...(children.get(parent) ?? []), child]);
  const result = new Set<string>();
  const queue = [rootId];
  while (queue.length) {
    const id = queue.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/** Amounts of a set of circles, each counted once; a transfer whose two circles are both inside cancels out
 * (it moves money within the set), so consolidating a group or the organisation never double counts it. */
export function consolidate(amounts: BookedAmount[], circles: Set<string> | 'ALL'): BookedAmount[] {
  const inside = (id: string | undefined) => id !== undefined && (circles === 'ALL' || circles.has(id));
  return amounts.filter((a) => inside(a.circleId) && !(isInternal(a.category) && inside(a.counterpartCircleId)));
}

export function sumBy<K>(amounts: BookedAmount[], key: (a: BookedAmount) => K): Map<K, number> {
  const sums = new Map<K, number>();
  for (const a of amounts) sums.set(key(a), (sums.get(key(a)) ?? 0) + a.cents);
  return sums;
}

/** The two sides of a transfer. */
export function transferSides(t: { fromCircleId: string; toCircleId: string; amountCents: number; date: string }): BookedAmount[] {
  const month = t.date.slice(0, 7);
  return [
    { circleId: t.fromCircleId, category: BudgetCategory.INTERNAL_EXPENSE, month, cents: t.amountCents, counterpartCircleId: t.toCircleId },
    { circleId: t.toCircleId, category: BudgetCategory.INTERNAL_INCOME, month, cents: t.amountCents, counterpartCircleId: t.fromCircleId },
  ];
}
