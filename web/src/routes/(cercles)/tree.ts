import { parseCents } from '$lib/format';
import type { CircleKind, CircleRow } from './queries';

export const kindLabels: Record<CircleKind, string> = {
  GROUP: 'Groupe',
  POLE: 'Pôle',
  PROJECT: 'Projet',
  ACTION: 'Action',
};

export interface CircleNode {
  circle: CircleRow;
  /** Position in the `circles` list of the response, to match errors by path. */
  index: number;
  children: CircleNode[];
}

const byAnalyticCode = (a: CircleNode, b: CircleNode) =>
  a.circle.analyticCode < b.circle.analyticCode ? -1 : a.circle.analyticCode > b.circle.analyticCode ? 1 : 0;

function sortDeep(nodes: CircleNode[]): CircleNode[] {
  nodes.sort(byAnalyticCode);
  nodes.forEach((node) => sortDeep(node.children));
  return nodes;
}

/** Builds the tree from `parent.id`; a circle whose parent is not in the list becomes a root. */
export function buildTree(rows: readonly CircleRow[]): CircleNode[] {
  const nodes = new Map<string, CircleNode>(rows.map((circle, index) => [circle.id, { circle, index, children: [] }]));
  const roots: CircleNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.circle.parent ? nodes.get(node.circle.parent.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return sortDeep(roots);
}

export interface Totals {
  spentCents: bigint;
  collectedCents: bigint;
  /** Top-level circles without figures (Odoo unavailable): the sums are then incomplete. */
  missing: number;
  /** Oldest read time among stale figures, or null when all figures are fresh. */
  staleSince: string | null;
  vacantRoles: number;
}

/**
 * Organisation totals. A circle's actuals already include its descendants, so only the
 * top-level circles are summed, in integer cents. Vacant roles belong to each circle: all count.
 */
export function organisationTotals(roots: readonly CircleNode[], rows: readonly CircleRow[]): Totals {
  let spentCents = 0n;
  let collectedCents = 0n;
  let missing = 0;
  let staleSince: string | null = null;
  for (const { circle } of roots) {
    const actuals = circle.actuals;
    if (!actuals) {
      missing += 1;
      continue;
    }
    spentCents += parseCents(actuals.spent);
    collectedCents += parseCents(actuals.collected);
    if (actuals.stale && (staleSince === null || Date.parse(actuals.readAt) < Date.parse(staleSince))) {
      staleSince = actuals.readAt;
    }
  }
  const vacantRoles = rows.reduce((sum, circle) => sum + circle.vacantRoleCount, 0);
  return { spentCents, collectedCents, missing, staleSince, vacantRoles };
}

/** Ids of every circle that has children, to fold or unfold the whole tree. */
export function parentIds(nodes: readonly CircleNode[]): string[] {
  return nodes.flatMap((node) => (node.children.length ? [node.circle.id, ...parentIds(node.children)] : []));
}
