import { BadUserInputError, ForbiddenError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { checkAmount, checkPlanningDay } from '../../planning/validation.js';
import { isUuid, optionalText, requireText, requireUrl } from '../../validation.js';
import { assertLooksAfter, memberIdOf } from '../access.js';
import { MissionApplicationEntity, RemunerationClaimEntity } from '../entities/index.js';
import { ApplicationStatus, ClaimState, claimStateLabels, MissionStatus } from '../enums.js';
import { existingMission } from '../mission/mission.service.js';
import { assertTransition, logTransition, type Workflow } from '../transitions.js';
import type { RemunerationClaimInput } from './claim.type.js';

export const claimWorkflow: Workflow<ClaimState> = {
  PROPOSED: [ClaimState.VALIDATED],
  VALIDATED: [ClaimState.INVOICED],
  INVOICED: [ClaimState.PAID],
  PAID: [],
};

/** The co-remuneration workflow: propose (the person), validate or regulate (another person of the circle), invoice (the person), pay (admin or Odoo). */
export class ClaimService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  async propose(input: RemunerationClaimInput): Promise<RemunerationClaimEntity> {
    const memberId = memberIdOf(this.identity, 'Proposer une rémunération');
    return this.db.transaction(async (m) => {
      const mission = await existingMission(m, input.missionId);
      if (mission.status === MissionStatus.DRAFT || mission.status === MissionStatus.CLOSED) {
        throw new BadUserInputError(`La mission « ${mission.title} » n’accepte pas de demande de rémunération (elle est ${mission.status === MissionStatus.DRAFT ? 'en brouillon' : 'close'}).`, 'missionId');
      }
      const accepted = await m.findOneBy(MissionApplicationEntity, { missionId: mission.id, memberId, status: ApplicationStatus.ACCEPTED });
      if (!accepted) throw new ForbiddenError(`Seules les personnes acceptées sur la mission « ${mission.title} » peuvent y proposer leur rémunération.`);
      const workDate = checkPlanningDay(input.workDate, 'La date du travail', 'workDate');
      if (workDate > this.today) throw new BadUserInputError('La co-rémunération se propose après coup : la date du travail ne peut pas être dans le futur.', 'workDate');
      if (!(input.hours > 0) || input.hours > 300) throw new BadUserInputError('Les heures doivent être plus de 0 et 300 au plus.', 'hours');
      if (Math.round(input.hours * 100) !== input.hours * 100) throw new BadUserInputError('Les heures ont deux décimales au plus (ex. 2.5).', 'hours');
      checkAmount(input.amount, 'amount');
      const saved = await m.save(
        m.create(RemunerationClaimEntity, {
          missionId: mission.id,
          memberId,
          workDate,
          hours: input.hours,
          description: requireText(input.description, 'La description', 'description', 2000),
          impact: optionalText(input.impact, 'L’impact', 'impact', 2000),
          docsUrl: input.docsUrl?.trim() ? requireUrl(input.docsUrl, 'Le lien vers les documents', 'docsUrl') : null,
          amountProposedCents: input.amount,
          state: ClaimState.PROPOSED,
          createdBy: memberId,
          updatedBy: memberId,
        }),
      );
      await logTransition(m, 'CLAIM', saved.id, null, ClaimState.PROPOSED, memberId);
      return saved;
    });
  }

  /** Validates the claim, at the proposed amount or regulated to another one (then a reason is required). */
  async validate(id: string, amount: number | null | undefined, note: string | null | undefined): Promise<RemunerationClaimEntity> {
    const memberId = memberIdOf(this.identity, 'Valider une rémunération');
    return this.db.transaction(async (m) => {
      const claim = await this.locked(m, id);
      const mission = await existingMission(m, claim.missionId);
      if (claim.memberId === memberId) throw new ForbiddenError('On ne valide jamais sa propre demande de rémunération : une autre personne du cercle s’en charge.');
      await assertLooksAfter(m, this.identity, this.today, mission.circleId, 'Valider une rémunération');
      this.step(claim, ClaimState.VALIDATED);
      const validated = amount ?? claim.amountProposedCents;
      checkAmount(validated, 'amount');
      const reason = optionalText(note, 'Le motif de la régulation', 'note', 1000);
      if (validated !== claim.amountProposedCents && !reason) throw new BadUserInputError('Une régulation (montant différent du proposé) demande un motif.', 'note');
      await logTransition(m, 'CLAIM', claim.id, claim.state, ClaimState.VALIDATED, memberId, reason);
      const now = new Date();
      Object.assign(claim, { state: ClaimState.VALIDATED, amountValidatedCents: validated, regulationNote: reason, validatedAt: now, validatedBy: memberId, updatedAt: now, updatedBy: memberId });
      return m.save(claim);
    });
  }

  /** The claimant records the number of the invoice they sent. */
  async invoice(id: string, invoiceNumber: string): Promise<RemunerationClaimEntity> {
    const memberId = memberIdOf(this.identity, 'Facturer une rémunération');
    return this.db.transaction(async (m) => {
      const claim = await this.locked(m, id);
      if (claim.memberId !== memberId) throw new ForbiddenError('Seule la personne qui a proposé la rémunération enregistre sa facture.');
      this.step(claim, ClaimState.INVOICED);
      const number = requireText(invoiceNumber, 'Le numéro de facture', 'invoiceNumber', 60);
      await logTransition(m, 'CLAIM', claim.id, claim.state, ClaimState.INVOICED, memberId, number);
      const now = new Date();
      Object.assign(claim, { state: ClaimState.INVOICED, invoiceNumber: number, invoicedAt: now, invoicedBy: memberId, updatedAt: now, updatedBy: memberId });
      return m.save(claim);
    });
  }

  /** An admin marks an invoiced claim paid with a payment reference (until Odoo's bill says so). */
  async markPaid(id: string, reference: string, odooMoveId: number | null = null): Promise<RemunerationClaimEntity> {
    if (!this.identity.isAdmin && this.identity.kind !== 'service') throw new ForbiddenError('Marquer une rémunération payée : réservé aux administrateur·rices.');
    return this.db.transaction(async (m) => {
      const claim = await this.locked(m, id);
      this.step(claim, ClaimState.PAID);
      const ref = requireText(reference, 'La référence du paiement', 'reference', 120);
      await logTransition(m, 'CLAIM', claim.id, claim.state, ClaimState.PAID, this.identity.memberId, ref);
      const now = new Date();
      Object.assign(claim, { state: ClaimState.PAID, paymentReference: ref, odooMoveId, paidAt: now, paidBy: this.identity.memberId, updatedAt: now, updatedBy: this.identity.memberId });
      return m.save(claim);
    });
  }

  private step(claim: RemunerationClaimEntity, to: ClaimState): void {
    assertTransition(claimWorkflow, claimStateLabels, 'la demande', claim.state as ClaimState, to);
  }

  private async locked(m: EntityManager, id: string): Promise<RemunerationClaimEntity> {
    const row = isUuid(id) ? await m.findOne(RemunerationClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!row) throw new NotFoundError(`Demande de rémunération inconnue : ${id}.`);
    return row;
  }
}
