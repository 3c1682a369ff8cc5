import type { Member } from './member.type.js';

/** The gateway sends `{ __typename, id, odooPartnerId }` (the `@requires`); nothing to fetch here. */
export function resolveMemberReference(reference: Pick<Member, 'id'> & Partial<Pick<Member, 'odooPartnerId'>>): Partial<Member> {
  return reference;
}
