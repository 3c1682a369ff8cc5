import type { MemberRef } from './member.type.js';

/** The gateway sends `{__typename, id, ocecoUserId}`; everything this subgraph adds is resolved from it. */
export function resolveMemberReference(reference: Pick<MemberRef, 'id' | 'ocecoUserId'>): Pick<MemberRef, 'id' | 'ocecoUserId'> {
  return reference;
}
