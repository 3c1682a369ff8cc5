import { isUuid, requireText } from '../../validation.js';
import { BadUserInputError, ForbiddenError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanPlan } from '../access.js';
import { GrantEntity, GrantInstalmentEntity } from '../entities/index.js';
import { checkAmount, checkCirclesExist, checkMemberExists, checkPlanningDay } from '../validation.js';
import { GrantStatus, defaultReportDue, grantStatusLabels, nextStatuses } from './grant-status.js';
import type { GrantInput, GrantInstalmentInput } from './grant.type.js';

const dateFields = ['periodStart', 'periodEnd', 'requestedOn', 'acceptedOn', 'notifiedOn', 'agreementSignedOn', 'reportDueOn'] as const;
const dateLabels: Record<(typeof dateFields)[number], string> = {
  periodStart: 'Le début de période',
  periodEnd: 'La fin de période',
  requestedOn: 'La date de demande',
  acceptedOn: 'La date d’acceptation',
  notifiedOn: 'La date de notification',
  agreementSignedOn: 'La date de convention',
  reportDueOn: 'La date du bilan',
};
/** Pairs that must be in order when both are known. */
const ordered: Array<[(typeof dateFields)[number], (typeof dateFields)[number]]> = [
  ['periodStart', 'periodEnd'],
  ['requestedOn', 'acceptedOn'],
  ['acceptedOn', 'notifiedOn'],
  ['acceptedOn', 'agreementSignedOn'],
  ['periodEnd', 'reportDueOn'],
];
const requiredLabels: Partial<Record<keyof GrantEntity, string>> = {
  requestedOn: 'la date de demande',
  acceptedOn: 'la date d’acceptation',
  amountGrantedCents: 'le montant accordé',
  agreementSignedOn: 'la date de signature de la convention',
  periodStart: 'le début de la période financée',
  periodEnd: 'la fin de la période financée',
};
/** What a status needs to be true. */
const required: Partial<Record<GrantStatus, Array<keyof GrantEntity>>> = {
  SUBMITTED: ['requestedOn'],
  ACCEPTED: ['acceptedOn', 'amountGrantedCents'],
  AGREEMENT_SIGNED: ['agreementSignedOn'],
  IN_PROGRESS: ['periodStart', 'periodEnd'],
};

export class GrantService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  async create(input: GrantInput): Promise<GrantEntity> {
    return this.db.transaction(async (m) => {
      const values = await this.validated(m, input);
      return m.save(m.create(GrantEntity, { ...values, status: GrantStatus.PROSPECT, createdBy: this.identity.memberId, updatedBy: this.identity.memberId }));
    });
  }

  async update(id: string, input: GrantInput): Promise<GrantEntity> {
    return this.db.transaction(async (m) => {
      const row = await this.existing(m, id);
      await this.assertCanEdit(m, row.circleIds);
      Object.assign(row, await this.validated(m, input), { updatedBy: this.identity.memberId, updatedAt: new Date() });
      this.checkStatusData(row, row.status as GrantStatus);
      return m.save(row);
    });
  }

  async setStatus(id: string, status: GrantStatus): Promise<GrantEntity> {
    return this.db.transaction(async (m) => {
      const row = await this.existing(m, id);
      await this.assertCanEdit(m, row.circleIds);
      const from = row.status as GrantStatus;
      if (!nextStatuses[from].includes(status)) {
        const allowed = nextStatuses[from].map((s) => `« ${grantStatusLabels[s]} »`).join(' ou ') || 'aucun (statut final)';
        throw new BadUserInputError(`Passage impossible de « ${grantStatusLabels[from]} » à « ${grantStatusLabels[status]} » : suivant possible ${allowed}.`, 'status');
      }
      this.checkStatusData(row, status);
      Object.assign(row, { status, updatedBy: this.identity.memberId, updatedAt: new Date() });
      return m.save(row);
    });
  }

  async addInstalment(grantId: string, input: GrantInstalmentInput): Promise<GrantInstalmentEntity> {
    return this.db.transaction(async (m) => {
      const grant = await this.existing(m, grantId);
      await this.assertCanEdit(m, grant.circleIds);
      checkAmount(input.expected, 'expected');
      const expectedOn = checkPlanningDay(input.expectedOn, 'La date attendue', 'expectedOn');
      const planned = await m.sum(GrantInstalmentEntity, 'expectedCents', { grantId });
      if (grant.amountGrantedCents !== null && Number(planned ?? 0) + input.expected > grant.amountGrantedCents) {
        throw new BadUserInputError('Les versements attendus dépasseraient le montant accordé.', 'expected');
      }
      const row = m.create(GrantInstalmentEntity, { grantId, expectedOn, expectedCents: input.expected, createdBy: this.identity.memberId, updatedBy: this.identity.memberId });
      return m.save(row);
    });
  }

  async recordReceipt(instalmentId: string, receivedOn: string, received: number): Promise<GrantInstalmentEntity> {
    return this.db.transaction(async (m) => {
      const row = isUuid(instalmentId) ? await m.findOneBy(GrantInstalmentEntity, { id: instalmentId }) : null;
      if (!row) throw new NotFoundError(`Versement inconnu : ${instalmentId}.`);
      const grant = await this.existing(m, row.grantId);
      await this.assertCanEdit(m, grant.circleIds);
      if (!Number.isSafeInteger(received) || received < 0) throw new BadUserInputError('Le montant reçu ne peut pas être négatif.', 'received');
      checkAmount(Math.max(received, 1), 'received');
      Object.assign(row, { receivedOn: checkPlanningDay(receivedOn, 'La date de réception', 'receivedOn'), receivedCents: received, updatedBy: this.identity.memberId, updatedAt: new Date() });
      return m.save(row);
    });
  }

  private async existing(m: EntityManager, id: string): Promise<GrantEntity> {
    const row = isUuid(id) ? await m.findOneBy(GrantEntity, { id }) : null;
    if (!row) throw new NotFoundError(`Subvention inconnue : ${id}.`);
    return row;
  }

  /** Admins, or people holding a role in every circle the grant finances. */
  private async assertCanEdit(m: EntityManager, circleIds: string[]): Promise<void> {
    if (circleIds.length === 0 && !(this.identity.isAdmin || this.identity.kind === 'service')) {
      throw new ForbiddenError('Une subvention sans cercle ne peut être modifiée que par un·e administrateur·rice.');
    }
    if (circleIds.length) await assertCanPlan(m, this.identity, circleIds, this.today);
  }

  private checkStatusData(row: GrantEntity, status: GrantStatus): void {
    const missing = (required[status] ?? []).filter((field) => row[field] === null || row[field] === undefined);
    if (missing.length) {
      const names = missing.map((field) => requiredLabels[field] ?? String(field)).join(', ');
      throw new BadUserInputError(`Pour passer à « ${grantStatusLabels[status]} », renseignez d’abord : ${names}.`, String(missing[0]).replace(/Cents$/, ''));
    }
  }

  private async validated(m: EntityManager, input: GrantInput) {
    const funder = requireText(input.funder, 'Le financeur', 'funder', 200);
    const label = requireText(input.label, 'L’intitulé', 'label', 300);
    const dates: Partial<Record<(typeof dateFields)[number], string | null>> = {};
    for (const field of dateFields) dates[field] = input[field] ? checkPlanningDay(input[field]!, dateLabels[field], field) : null;
    for (const [before, after] of ordered) {
      if (dates[before] && dates[after] && dates[after]! < dates[before]!) {
        throw new BadUserInputError(`${dateLabels[after]} (${dates[after]}) précède ${dateLabels[before].toLowerCase()} (${dates[before]}).`, after);
      }
    }
    for (const field of ['amountRequested', 'amountGranted'] as const) if (input[field] != null) checkAmount(input[field]!, field);
    if (input.circleIds.length) await checkCirclesExist(m, input.circleIds, 'circleIds');
    if (input.referentMemberId) await checkMemberExists(m, input.referentMemberId, 'referentMemberId');
    await this.assertCanEdit(m, input.circleIds);
    return {
      funder,
      label,
      programme: input.programme?.trim() || null,
      reference: input.reference?.trim() || null,
      referentMemberId: input.referentMemberId ?? null,
      circleIds: [...new Set(input.circleIds)],
      amountRequestedCents: input.amountRequested ?? null,
      amountGrantedCents: input.amountGranted ?? null,
      ...dates,
      reportDueOn: dates.reportDueOn ?? (dates.periodEnd ? defaultReportDue(dates.periodEnd) : null),
      agreementUrl: input.agreementUrl?.trim() || null,
      requestUrl: input.requestUrl?.trim() || null,
      funderOdooPartnerId: input.funderOdooPartnerId ?? null,
    };
  }
}
