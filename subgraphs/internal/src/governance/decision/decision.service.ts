import { BadUserInputError, ForbiddenError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { assertCanManageCircle, forgetReads } from '../../access/permissions.js';
import { created, updated } from '../../audit/stamp.js';
import { referencedCircle } from '../../circle/circle.service.js';
import type { InternalContext } from '../../context.js';
import { CircleEntity } from '../../entities/index.js';
import { isUuid, optionalDay, optionalText, requireText } from '../../validation.js';
import { DecisionEntity, type DecisionLinkRecord, type ObjectionRecord } from '../entities/index.js';
import { DecisionLinkKind, DecisionProcess, DecisionStatus } from '../enums.js';
import { assertMemberExists, recordToChange } from '../shared.js';
import type { DecisionInput, DecisionLinkInput, ObjectionInput } from './decision.input.js';

const linkTables: Record<DecisionLinkKind, { table: string; label: string }> = {
  ROLE: { table: 'role', label: 'Rôle' },
  BUDGET_LINE: { table: 'budget_line', label: 'Ligne de budget' },
  TRANSFER: { table: 'internal_transfer', label: 'Transfert interne' },
};

/** Each link must name an object that exists, where the hub already holds that kind of object. */
async function checkLinks(m: EntityManager, links: DecisionLinkInput[]): Promise<DecisionLinkRecord[]> {
  const records: DecisionLinkRecord[] = [];
  for (const [i, link] of links.entries()) {
    const reference = requireText(link.reference, `La référence du lien n°${i + 1}`, 'links', 100);
    const { table, label } = linkTables[link.kind];
    const [present] = await m.query('SELECT to_regclass($1) IS NOT NULL AS present', [`public."${table}"`]);
    if (present?.present) {
      const [row] = isUuid(reference) ? await m.query(`SELECT 1 FROM "${table}" WHERE id = $1`, [reference]) : [];
      if (!row) throw new BadUserInputError(`${label} inconnu·e : le lien n°${i + 1} désigne « ${reference} », qui n’existe pas.`, 'links');
    }
    records.push({ kind: link.kind, reference });
  }
  return records;
}

async function checkObjections(m: EntityManager, objections: ObjectionInput[]): Promise<ObjectionRecord[]> {
  const records: ObjectionRecord[] = [];
  for (const [i, o] of objections.entries()) {
    const text = requireText(o.text, `Le texte de l’objection n°${i + 1}`, 'objections', 2000);
    if (o.raisedById) await assertMemberExists(m, o.raisedById, 'objections');
    records.push({ text, integration: optionalText(o.integration, `L’intégration de l’objection n°${i + 1}`, 'objections', 2000), raisedBy: o.raisedById ?? null });
  }
  return records;
}

/** The rules of a decision record once every field is known. */
function checkConsistency(d: Pick<DecisionEntity, 'status' | 'process' | 'outcome' | 'decidedOn' | 'reviewOn' | 'objections'>): void {
  if (d.status === DecisionStatus.PROPOSED) {
    if (d.decidedOn) throw new BadUserInputError('Une proposition n’est pas encore décidée : laissez la date de décision vide, ou choisissez « adoptée » ou « rejetée ».', 'decidedOn');
  } else {
    if (!d.decidedOn) throw new BadUserInputError('La date de décision est obligatoire pour une décision adoptée ou rejetée.', 'decidedOn');
    if (!d.outcome) throw new BadUserInputError('Le résultat (ce qui a été décidé) est obligatoire pour une décision adoptée ou rejetée.', 'outcome');
  }
  if (d.reviewOn && d.decidedOn && d.reviewOn < d.decidedOn) {
    throw new BadUserInputError(`La date de révision (${d.reviewOn}) précède la date de décision (${d.decidedOn}).`, 'reviewOn');
  }
  if (d.status === DecisionStatus.ADOPTED && d.process === DecisionProcess.CONSENT) {
    const open = d.objections.findIndex((o) => !o.integration);
    if (open >= 0) {
      throw new BadUserInputError(`Une décision par consentement n’est adoptée que si chaque objection est intégrée : l’objection n°${open + 1} ne l’est pas.`, 'objections');
    }
  }
}

/** Anyone proposes; recording an outcome (adopted, rejected) is for the circle's facilitator or an admin. */
export async function recordDecision(ctx: InternalContext, input: DecisionInput): Promise<DecisionEntity> {
  const row = await ctx.db.transaction(async (m) => {
    if (!input.circleId) throw new BadUserInputError('Le cercle qui décide est obligatoire.', 'circleId');
    const circle = await referencedCircle(m, input.circleId, 'Cercle', 'circleId');
    const record = {
      circleId: circle.id,
      title: requireText(input.title, 'L’intitulé de la décision', 'title', 200),
      proposal: requireText(input.proposal, 'La proposition', 'proposal', 8000),
      process: input.process ?? DecisionProcess.CONSENT,
      status: input.status ?? DecisionStatus.PROPOSED,
      objections: await checkObjections(m, input.objections ?? []),
      outcome: optionalText(input.outcome, 'Le résultat', 'outcome', 4000),
      decidedOn: optionalDay(input.decidedOn, 'La date de décision', 'decidedOn'),
      reviewOn: optionalDay(input.reviewOn, 'La date de révision', 'reviewOn'),
      links: await checkLinks(m, input.links ?? []),
    };
    checkConsistency(record);
    if (record.status !== DecisionStatus.PROPOSED) await assertCanManageCircle(ctx, circle.id, circle.name, 'Enregistrer une décision prise');
    return m.save(DecisionEntity, m.create(DecisionEntity, { ...record, ...created(ctx) }));
  });
  forgetReads(ctx);
  return row;
}

/** The author edits their proposal while it is open; the facilitator or an admin edits anything, outcome included. */
export async function updateDecision(ctx: InternalContext, id: string, input: DecisionInput): Promise<DecisionEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const decision = await recordToChange(m, DecisionEntity, id, 'Décision');
    if (input.circleId && input.circleId !== decision.circleId) throw new BadUserInputError('Une décision ne change pas de cercle.', 'circleId');
    const circle = await m.findOneByOrFail(CircleEntity, { id: decision.circleId });
    const next = {
      title: input.title !== undefined && input.title !== null ? requireText(input.title, 'L’intitulé de la décision', 'title', 200) : decision.title,
      proposal: input.proposal !== undefined && input.proposal !== null ? requireText(input.proposal, 'La proposition', 'proposal', 8000) : decision.proposal,
      process: input.process ?? decision.process,
      status: input.status ?? decision.status,
      objections: input.objections ? await checkObjections(m, input.objections) : decision.objections,
      outcome: input.outcome !== undefined ? optionalText(input.outcome, 'Le résultat', 'outcome', 4000) : decision.outcome,
      decidedOn: input.decidedOn !== undefined ? optionalDay(input.decidedOn, 'La date de décision', 'decidedOn') : decision.decidedOn,
      reviewOn: input.reviewOn !== undefined ? optionalDay(input.reviewOn, 'La date de révision', 'reviewOn') : decision.reviewOn,
      links: input.links ? await checkLinks(m, input.links) : decision.links,
    };
    checkConsistency(next);
    const authorEditingProposal =
      decision.status === DecisionStatus.PROPOSED && next.status === DecisionStatus.PROPOSED && decision.createdBy !== null && decision.createdBy === ctx.identity.memberId;
    if (!authorEditingProposal) {
      try {
        await assertCanManageCircle(ctx, circle.id, circle.name, 'Modifier une décision');
      } catch (error) {
        if (error instanceof ForbiddenError && decision.status === DecisionStatus.PROPOSED) {
          throw new ForbiddenError(`Modifier une décision : réservé à la personne qui l’a proposée (tant qu’elle est proposée), au ou à la facilitateur·trice du cercle « ${circle.name} » et aux administrateur·rices.`);
        }
        throw error;
      }
    }
    await m.update(DecisionEntity, { id: decision.id }, { ...next, ...updated(ctx) });
    return m.findOneByOrFail(DecisionEntity, { id: decision.id });
  });
  forgetReads(ctx);
  return row;
}
