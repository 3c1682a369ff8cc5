import type { InternalContext } from '../context.js';

/** The audit columns of a new row: the member asking, now. */
export function created(ctx: InternalContext): { createdBy: string | null; updatedBy: string | null } {
  return { createdBy: ctx.identity.memberId, updatedBy: ctx.identity.memberId };
}

/** The audit columns of a changed row. */
export function updated(ctx: InternalContext): { updatedBy: string | null; updatedAt: Date } {
  return { updatedBy: ctx.identity.memberId, updatedAt: new Date() };
}
