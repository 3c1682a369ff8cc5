import { BadUserInputError, NotFoundError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { assertCanManageCircle, forgetReads } from '../access/permissions.js';
import { created, updated } from '../audit/stamp.js';
import type { InternalContext } from '../context.js';
import { CircleEntity, MemberEntity, RoleAssignmentEntity, RoleEntity } from '../entities/index.js';
import { isUuid, optionalDay, requireDay } from '../validation.js';
import type { AssignRoleInput, UpdateAssignmentInput } from './role.input.js';
import { describeTerm, peakFillers, termsOverlap, type Term } from './terms.js';

/** The role, locked for the transaction so two assignments to it are checked one after the other. */
async function lockedRole(m: EntityManager, roleId: string): Promise<{ role: RoleEntity; circle: CircleEntity }> {
  const role = isUuid(roleId) ? await m.findOne(RoleEntity, { where: { id: roleId }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!role) throw new BadUserInputError(`Rôle inconnu : aucun rôle n’a l’identifiant « ${roleId} ».`, 'roleId');
  if (role.archivedAt) throw new BadUserInputError(`Le rôle « ${role.name} » est archivé : on ne peut plus y affecter personne.`, 'roleId');
  const circle = await m.findOneByOrFail(CircleEntity, { id: role.circleId });
  if (circle.archivedAt) throw new BadUserInputError(`Le cercle « ${circle.name} » est archivé : ses rôles ne s’attribuent plus.`, 'roleId');
  return { role, circle };
}

/** Checks a term against the other terms of the role: no double term for one person, no more fillers than the maximum. */
async function checkTerm(m: EntityManager, role: RoleEntity, member: MemberEntity, term: Term, selfId?: string): Promise<void> {
  if (term.endsOn !== null && term.endsOn < term.startsOn) {
    throw new BadUserInputError(`La fin du mandat (${term.endsOn}) précède son début (${term.startsOn}).`, 'until');
  }
  const others = (await m.find(RoleAssignmentEntity, { where: { roleId: role.id } })).filter((t) => t.id !== selfId);
  const twice = others.find((t) => t.memberId === member.id && termsOverlap(term, t));
  if (twice) {
    throw new BadUserInputError(
      `${member.firstName} ${member.lastName} tient déjà le rôle « ${role.name} » ${describeTerm(twice)} : une même personne ne peut pas tenir deux fois un rôle sur des mandats qui se chevauchent.`,
      'memberId',
    );
  }
  const peak = peakFillers(term, others);
  if (peak > role.maxFillers) {
    throw new BadUserInputError(
      `Le rôle « ${role.name} » accepte au plus ${role.maxFillers} personne${role.maxFillers > 1 ? 's' : ''} à la fois : ce mandat en ferait ${peak}.`,
      'roleId',
    );
  }
}

export async function assignRole(ctx: InternalContext, input: AssignRoleInput): Promise<RoleAssignmentEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const { role, circle } = await lockedRole(m, input.roleId);
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Affecter une personne à un rôle');
    const member = isUuid(input.memberId) ? await m.findOneBy(MemberEntity, { id: input.memberId }) : null;
    if (!member) throw new BadUserInputError(`Membre inconnu : aucune personne n’a l’identifiant « ${input.memberId} ».`, 'memberId');
    const term = { startsOn: requireDay(input.from, 'Le début du mandat', 'from'), endsOn: optionalDay(input.until, 'La fin du mandat', 'until') };
    await checkTerm(m, role, member, term);
    return m.save(RoleAssignmentEntity, m.create(RoleAssignmentEntity, { roleId: role.id, memberId: member.id, ...term, ...created(ctx) }));
  });
  forgetReads(ctx);
  return row;
}

/** Corrects or ends a term (set `until`), or reopens it (`until: null`). */
export async function updateAssignment(ctx: InternalContext, id: string, input: UpdateAssignmentInput): Promise<RoleAssignmentEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const existing = isUuid(id) ? await m.findOneBy(RoleAssignmentEntity, { id }) : null;
    if (!existing) throw new NotFoundError(`Affectation inconnue : aucun mandat n’a l’identifiant « ${id} ».`);
    const { role, circle } = await lockedRole(m, existing.roleId);
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Modifier un mandat');
    const member = await m.findOneByOrFail(MemberEntity, { id: existing.memberId });
    const term = {
      startsOn: input.from !== undefined && input.from !== null ? requireDay(input.from, 'Le début du mandat', 'from') : existing.startsOn,
      endsOn: input.until !== undefined ? optionalDay(input.until, 'La fin du mandat', 'until') : existing.endsOn,
    };
    await checkTerm(m, role, member, term, existing.id);
    await m.update(RoleAssignmentEntity, { id: existing.id }, { ...term, ...updated(ctx) });
    return m.findOneByOrFail(RoleAssignmentEntity, { id: existing.id });
  });
  forgetReads(ctx);
  return row;
}
