import type { CreditBalances, VolunteeringSource } from '../volunteering-source.js';
import { emptyAccount, VolunteerLink, type VolunteerAccount } from './volunteer-account.type.js';

/** Who the gateway says the member is: the hub id, the Oceco id stored in the hub, the email. */
export interface MemberIdentity {
  id: string;
  ocecoUserId?: string | null;
  email?: string | null;
}

/** The Oceco citoyen of a member: the stored Oceco id when Oceco knows it, else the account with the same email. */
export function linkOf(member: MemberIdentity, read: Pick<CreditBalances, 'balances' | 'citoyenByEmail'>): { citoyenId: string; by: VolunteerLink } | null {
  if (member.ocecoUserId && read.balances.has(member.ocecoUserId)) return { citoyenId: member.ocecoUserId, by: VolunteerLink.OCECO_ID };
  if (!member.ocecoUserId && member.email) {
    const citoyenId = read.citoyenByEmail.get(member.email.trim().toLowerCase());
    if (citoyenId && read.balances.has(citoyenId)) return { citoyenId, by: VolunteerLink.EMAIL };
  }
  return null;
}

/** Members' volunteer accounts, for one request. */
export class VolunteerAccountService {
  constructor(
    private readonly balances: () => Promise<CreditBalances>,
    private readonly source: VolunteeringSource,
  ) {}

  /** A member with neither an Oceco id nor an email gets an empty account without any read, so it never fails. */
  async accountOf(member: MemberIdentity): Promise<VolunteerAccount> {
    if (!member.ocecoUserId && !member.email) return emptyAccount(member.id, this.source.knownUnit());
    const read = await this.balances();
    const link = linkOf(member, read);
    if (!link) return emptyAccount(member.id, read.unit, read.readAt, read.stale);
    return {
      memberId: member.id,
      linked: true,
      linkedBy: link.by,
      ocecoUserId: link.citoyenId,
      balance: read.balances.get(link.citoyenId) ?? 0,
      unit: read.unit,
      readAt: read.readAt,
      stale: read.stale,
    };
  }
}
