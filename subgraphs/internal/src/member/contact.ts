import type { InternalContext } from '../context.js';
import { isActiveTerm } from '../role/vacancy.js';
import { ContactVisibility, MemberContact, type Member } from './member.type.js';

/** The circles where the member holds a role today (active term, role and circle not archived). */
export async function activeCircleIdsOf(ctx: InternalContext, memberId: string): Promise<Set<string>> {
  const terms = (await ctx.loaders.termsByMemberId.load(memberId)).filter((t) => isActiveTerm(t, ctx.today));
  const ids = new Set<string>();
  for (const term of terms) {
    const role = await ctx.loaders.roleById.load(term.roleId);
    if (!role || role.archivedAt) continue;
    const circle = await ctx.loaders.circleById.load(role.circleId);
    if (circle && !circle.archivedAt) ids.add(circle.id);
  }
  return ids;
}

/** Whether the person asking may read a contact field of `owner` shown with `visibility`. */
export async function canSeeContact(ctx: InternalContext, owner: Pick<Member, 'id'>, visibility: ContactVisibility): Promise<boolean> {
  const { identity } = ctx;
  if (identity.kind === 'member' && identity.memberId === owner.id) return true;
  if (visibility === ContactVisibility.NOBODY) return false;
  if (identity.kind === 'anonymous') return false;
  if (visibility === ContactVisibility.MEMBERS) return true;
  if (!identity.memberId) return false;
  const [mine, theirs] = await Promise.all([activeCircleIdsOf(ctx, identity.memberId), activeCircleIdsOf(ctx, owner.id)]);
  return [...mine].some((id) => theirs.has(id));
}

/** The member's contact card, each field filtered by its own visibility. */
export async function contactOf(ctx: InternalContext, member: Member): Promise<MemberContact> {
  const [emailShown, phoneShown] = await Promise.all([canSeeContact(ctx, member, member.emailVisibility), canSeeContact(ctx, member, member.phoneVisibility)]);
  return Object.assign(new MemberContact(), {
    email: emailShown ? member.email : null,
    phone: phoneShown ? member.phone : null,
    emailVisibility: member.emailVisibility,
    phoneVisibility: member.phoneVisibility,
    emailHidden: !emailShown,
    phoneHidden: !phoneShown && member.phone !== null,
  });
}
