import type { InternalContext } from '../context.js';
import { toMember, type Member } from './member.type.js';

export async function resolveMemberReference(reference: Pick<Member, 'id'>, ctx: InternalContext): Promise<Member | null> {
  const row = await ctx.loaders.memberById.load(reference.id);
  return row ? toMember(row) : null;
}
