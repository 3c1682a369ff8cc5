import { ForbiddenError } from '@alambic/subgraph-kit';
import type { InternalContext } from '../context.js';
import { isActiveTerm } from '../role/vacancy.js';

/** The catalogue key of the « Facilitateur·trice » role: its active filler looks after the circle and its sub-circles. */
export const FACILITATOR_KEY = 'facilitator';

/** The circle and its ancestors, nearest first. */
export async function circleChain(ctx: InternalContext, circleId: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = circleId;
  while (current && !chain.includes(current)) {
    const row = await ctx.loaders.circleById.load(current);
    if (!row) break;
    chain.push(row.id);
    current = row.parentId;
  }
  return chain;
}

/** True for admins, trusted services, and the active facilitator of the circle or of one of its ancestors. */
export async function canManageCircle(ctx: InternalContext, circleId: string): Promise<boolean> {
  const { identity } = ctx;
  if (identity.isAdmin || identity.kind === 'service') return true;
  if (!identity.memberId) return false;
  for (const id of await circleChain(ctx, circleId)) {
    const roles = (await ctx.loaders.rolesByCircleId.load(id)).filter((r) => r.templateKey === FACILITATOR_KEY);
    for (const role of roles) {
      const terms = await ctx.loaders.termsByRoleId.load(role.id);
      if (terms.some((t) => t.memberId === identity.memberId && isActiveTerm(t, ctx.today))) return true;
    }
  }
  return false;
}

/** Throws FORBIDDEN unless the identity may manage the circle's roles, assignments and records. */
export async function assertCanManageCircle(ctx: InternalContext, circleId: string, circleName: string, action: string): Promise<void> {
  if (await canManageCircle(ctx, circleId)) return;
  throw new ForbiddenError(
    `${action} : réservé au ou à la facilitateur·trice du cercle « ${circleName} » (ou d’un cercle parent) et aux administrateur·rices.`,
  );
}

/** Throws FORBIDDEN unless the identity is an admin (or a trusted service). */
export function assertAdmin(ctx: InternalContext, action: string): void {
  if (ctx.identity.isAdmin || ctx.identity.kind === 'service') return;
  throw new ForbiddenError(`${action} : réservé aux administrateur·rices du hub.`);
}

/** Loaders cache what they read; after a write, answers must show the new state. */
export function forgetReads(ctx: InternalContext): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
}
