import type { MemberRef } from './member.type.js';

type MemberReference = Pick<MemberRef, 'id'> & Partial<Pick<MemberRef, 'ocecoUserId' | 'email'>>;

/** The gateway sends `{__typename, id, ocecoUserId, email}`; everything this subgraph adds is resolved from it. */
export function resolveMemberReference(reference: MemberReference): MemberReference {
  return reference;
}
