import { BadUserInputError, NotFoundError, type Identity } from '@alambic/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { checkMemberExists } from '../../planning/validation.js';
import { isUuid, optionalText, requireDay, requireText } from '../../validation.js';
import { memberIdOf } from '../access.js';
import { EventQuoteLineEntity, EventRequestEntity } from '../entities/index.js';
import { MissionKind } from '../enums.js';
import { MissionService } from '../mission/mission.service.js';
import { assertTransition, logTransition } from '../transitions.js';
import { assertMayAssign, assertMayMove } from './access.js';
import type { EventMissionsInput, EventQuoteInput, EventRequestInput } from './inputs.js';
import { eventRequestLabels, eventRequestWorkflow, EventRequestStatus as S } from './status.js';
import { checkedQuote, checkedRequest, checkPole } from './validation.js';

type Change = (m: EntityManager, request: EventRequestEntity) => Promise<Partial<EventRequestEntity> | void>;

/** External event requests through the seven steps: every move checked against the workflow, logged with who and when, in one transaction. */
export class EventRequestService {
  constructor(private readonly db: DataSource, private readonly identity: Identity, private readonly today: string) {}

  /** Step 1: a request arrives. */
  async create(input: EventRequestInput): Promise<EventRequestEntity> {
    const memberId = memberIdOf(this.identity, 'Enregistrer une demande d’évènement');
    const values = checkedRequest(input);
    return this.db.transaction(async (m) => {
      const saved = await m.save(m.create(EventRequestEntity, { ...values, status: S.RECEIVED, createdBy: memberId, updatedBy: memberId }));
      await logTransition(m, 'EVENT_REQUEST', saved.id, null, S.RECEIVED, memberId);
      return saved;
    });
  }

  /** Step 2: assigned to a pôle, with the bienveillant·e who follows it. */
  async assign(id: string, poleId: string, bienveillantId: string): Promise<EventRequestEntity> {
    return this.move(id, S.ASSIGNED, 'Confier la demande à un pôle', null, async (m) => {
      await checkPole(m, poleId);
      await checkMemberExists(m, bienveillantId, 'bienveillantId');
      await assertMayAssign(m, this.identity, this.today, poleId);
      return { poleCircleId: poleId, careLeadId: bienveillantId };
    }, true);
  }

  /** Step 3: validated at Interpôle, on a given day, with the decision. */
  async validate(id: string, decidedOn: string, decision: string): Promise<EventRequestEntity> {
    const day = requireDay(decidedOn, 'La date de l’Interpôle', 'decidedOn');
    const note = requireText(decision, 'La décision de l’Interpôle', 'decision', 2000);
    return this.move(id, S.VALIDATED, 'Valider la demande en Interpôle', `Interpôle du ${day} : ${note}`);
  }

  /** Step 4: the priced quote (replaces any previous one while still quoted). */
  async quote(id: string, input: EventQuoteInput): Promise<EventRequestEntity> {
    return this.move(id, S.QUOTED, 'Chiffrer le devis', null, async (m, request) => {
      const lines = await checkedQuote(m, input);
      await m.delete(EventQuoteLineEntity, { requestId: request.id });
      const who = this.identity.memberId;
      for (const l of lines) await m.insert(EventQuoteLineEntity, { ...l, requestId: request.id, kind: 'SERVICE', createdBy: who, updatedBy: who });
      return { hours: input.hours, hourlyRateCents: input.hourlyRate, profitSharePct: input.profitSharePercent };
    });
  }

  async accept(id: string): Promise<EventRequestEntity> {
    return this.move(id, S.ACCEPTED, 'Enregistrer l’accord du demandeur', 'devis accepté par le demandeur');
  }

  /** Step 5: the référent·e du jour and chargé·e de mission missions, in the pôle, in the same transaction. */
  async createMissions(id: string, input: EventMissionsInput): Promise<EventRequestEntity> {
    if (!Number.isInteger(input.missionHolders) || input.missionHolders < 0 || input.missionHolders > 20) {
      throw new BadUserInputError('Le nombre de chargé·es de mission doit être entre 0 et 20.', 'missionHolders');
    }
    return this.move(id, S.MISSIONS, 'Créer les missions de l’évènement', null, async (m, request) => {
      // The event-request rule was checked by `move`; the bienveillant·e may hold no role in the pôle, so the missions are created on their behalf.
      const missions = new MissionService(this.db, { ...this.identity, isAdmin: true }, this.today);
      const when = request.startsAt ? request.startsAt.toISOString().slice(0, 10) : 'date à fixer';
      const hours = request.startsAt && request.endsAt ? Math.round(((request.endsAt.getTime() - request.startsAt.getTime()) / 3_600_000) * 100) / 100 : null;
      const common = { circleId: request.poleCircleId!, skills: [], minPeople: 1, budgetLineId: null, applicationDeadline: input.applicationDeadline ?? null, publish: true, expectedHours: hours };
      await missions.create({ ...common, kind: MissionKind.DAY_REFERENT, title: `Référent·e du jour — ${request.title}`, description: `Ouvrir le site, accueillir ${request.requester}, coordonner, fermer le site (${when}).`, maxPeople: 1, remuneration: input.referentRemuneration }, request.id, m);
      if (input.missionHolders > 0) {
        await missions.create({ ...common, kind: MissionKind.MISSION_HOLDER, title: `Chargé·e de mission — ${request.title}`, description: `Préparer et tenir l’évènement de ${request.requester} (${when}).`, maxPeople: input.missionHolders, remuneration: input.missionHolderRemuneration }, request.id, m);
      }
    });
  }

  async held(id: string): Promise<EventRequestEntity> {
    return this.move(id, S.HELD, 'Indiquer que l’évènement a eu lieu');
  }

  /** Step 7: invoiced, with the invoice number. */
  async invoice(id: string, invoiceNumber: string): Promise<EventRequestEntity> {
    const number = requireText(invoiceNumber, 'Le numéro de facture', 'invoiceNumber', 100);
    return this.move(id, S.INVOICED, 'Facturer l’évènement', `facture ${number}`, async () => ({ invoiceNumber: number }));
  }

  /** Exits: refused (by La Raffinerie, or the client declined the quote) or cancelled; the reason is required. */
  async close(id: string, to: S.REFUSED | S.CANCELLED, reason: string): Promise<EventRequestEntity> {
    const note = requireText(reason, 'Le motif', 'reason', 2000);
    return this.move(id, to, to === S.REFUSED ? 'Refuser la demande' : 'Annuler la demande', note);
  }

  private async move(id: string, to: S, action: string, note: string | null = null, change?: Change, assigning = false): Promise<EventRequestEntity> {
    const memberId = memberIdOf(this.identity, action);
    const trimmed = optionalText(note, 'Le commentaire', 'note', 2100);
    return this.db.transaction(async (m) => {
      const request = isUuid(id) ? await m.findOne(EventRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!request) throw new NotFoundError(`Demande d’évènement inconnue : ${id}.`);
      if (!assigning) await assertMayMove(m, this.identity, this.today, request, action);
      assertTransition(eventRequestWorkflow, eventRequestLabels, 'la demande', request.status as S, to);
      const values = (await change?.(m, request)) ?? {};
      await logTransition(m, 'EVENT_REQUEST', request.id, request.status, to, memberId, trimmed ?? (request.status === to ? 'devis révisé' : null));
      Object.assign(request, values, { status: to, updatedBy: memberId, updatedAt: new Date() });
      return m.save(request);
    });
  }
}
