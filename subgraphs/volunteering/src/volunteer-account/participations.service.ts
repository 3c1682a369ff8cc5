import type { VolunteeringReads } from '../reads.js';
import { byStartThenName } from '../oceco/mapping-catalogue.js';
import { ParticipationStateEnum } from '../volunteer-action/volunteer-action.enums.js';
import { toVolunteerActionType } from '../volunteer-action/volunteer-action.mapping.js';
import type { CreditLedgerLine, ParticipationCounts, VolunteerAccount, VolunteerParticipation } from './volunteer-account.type.js';

/** A member's actions and ledger, for one request. */
export class ParticipationService {
  constructor(private readonly reads: VolunteeringReads) {}

  async ledgerOf(account: VolunteerAccount, limit: number): Promise<CreditLedgerLine[]> {
    if (!account.ocecoUserId) return [];
    const { value } = await this.reads.ledgers.load(account.ocecoUserId);
    return value.slice(0, limit).map((row) => ({ id: row.id, at: row.at, delta: row.delta, actionId: row.actionId, actionName: row.actionName, comment: row.comment }));
  }

  /** Every action of the catalogue the member takes part in, by start date (undated last). */
  async participationsOf(account: VolunteerAccount, state: ParticipationStateEnum | null): Promise<VolunteerParticipation[]> {
    const citoyenId = account.ocecoUserId;
    if (!citoyenId) return [];
    const [{ value: catalogue }, { names }] = await Promise.all([this.reads.catalogue(), this.reads.balances()]);
    const participations: VolunteerParticipation[] = [];
    for (const record of [...catalogue.actions].sort(byStartThenName)) {
      const own = record.participants.find((p) => p.citoyenId === citoyenId);
      if (!own || (state && own.state !== state)) continue;
      participations.push({ state: own.state as ParticipationStateEnum, action: toVolunteerActionType(record, names) });
    }
    return participations;
  }

  async countsOf(account: VolunteerAccount): Promise<ParticipationCounts> {
    const counts: ParticipationCounts = { joined: 0, toModerate: 0, validated: 0, refused: 0 };
    for (const { state } of await this.participationsOf(account, null)) {
      if (state === ParticipationStateEnum.JOINED) counts.joined++;
      else if (state === ParticipationStateEnum.TO_MODERATE) counts.toModerate++;
      else if (state === ParticipationStateEnum.VALIDATED) counts.validated++;
      else counts.refused++;
    }
    return counts;
  }
}
