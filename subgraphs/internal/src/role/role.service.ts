import { BadUserInputError, NotFoundError } from '@alambic/subgraph-kit';
import { IsNull, type EntityManager } from 'typeorm';
import { assertCanManageCircle, forgetReads } from '../access/permissions.js';
import { created, updated } from '../audit/stamp.js';
import { referencedCircle } from '../circle/circle.service.js';
import type { InternalContext } from '../context.js';
import { CircleEntity, RoleEntity } from '../entities/index.js';
import { isUuid, optionalText, requireText, textList } from '../validation.js';
import type { RoleInput } from './role.input.js';

const flagNames = ['internalService', 'frameworkGuarantor', 'budgetGrantReferent', 'taskPlanningReferent', 'careLead'] as const;

/** A role targeted by a mutation: NOT_FOUND when it does not exist. */
export async function roleToChange(m: EntityManager, id: string): Promise<RoleEntity> {
  const row = isUuid(id) ? await m.findOneBy(RoleEntity, { id }) : null;
  if (!row) throw new NotFoundError(`Rôle inconnu : aucun rôle n’a l’identifiant « ${id} ».`);
  return row;
}

/** The role's columns from an input, merged over `base`; every rule checked. */
function roleColumns(input: RoleInput, base: Partial<RoleEntity>): Partial<RoleEntity> {
  const next: Partial<RoleEntity> = { ...base };
  if (input.name !== undefined && input.name !== null) next.name = requireText(input.name, 'Le nom du rôle', 'name', 120);
  else if (!base.name) requireText(null, 'Le nom du rôle', 'name');
  if (input.purpose !== undefined) next.purpose = optionalText(input.purpose, 'La raison d’être du rôle', 'purpose', 1000);
  if (input.accountabilities !== undefined && input.accountabilities !== null) {
    next.accountabilities = textList(input.accountabilities, 'Les redevabilités', 'accountabilities', 30, 400);
  }
  if (input.required !== undefined && input.required !== null) next.required = input.required;
  if (input.minFillers !== undefined && input.minFillers !== null) next.minFillers = input.minFillers;
  if (input.maxFillers !== undefined && input.maxFillers !== null) next.maxFillers = input.maxFillers;
  for (const flag of flagNames) {
    const value = input.flags?.[flag];
    if (value !== undefined && value !== null) next[flag] = value;
  }
  const min = next.minFillers ?? 1;
  const max = next.maxFillers ?? 1;
  if (min < 0 || min > 50) throw new BadUserInputError(`Le nombre minimal de personnes doit être entre 0 et 50 (reçu ${min}).`, 'minFillers');
  if (max < 1 || max > 50) throw new BadUserInputError(`Le nombre maximal de personnes doit être entre 1 et 50 (reçu ${max}).`, 'maxFillers');
  if (max < min) throw new BadUserInputError(`Le nombre maximal de personnes (${max}) est inférieur au minimal (${min}).`, 'maxFillers');
  return next;
}

async function assertNameFree(m: EntityManager, circleId: string, name: string, selfId?: string): Promise<void> {
  const same = await m.find(RoleEntity, { where: { circleId, archivedAt: IsNull() } });
  const clash = same.find((r) => r.id !== selfId && r.name.toLocaleLowerCase('fr') === name.toLocaleLowerCase('fr'));
  if (clash) throw new BadUserInputError(`Le cercle a déjà un rôle « ${clash.name} » : choisissez un autre nom.`, 'name');
}

export async function createRole(ctx: InternalContext, circleId: string, input: RoleInput): Promise<RoleEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const circle = await referencedCircle(m, circleId, 'Cercle', 'circleId');
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Créer un rôle');
    const columns = roleColumns(input, { required: true, minFillers: 1, maxFillers: 1, accountabilities: [] });
    await assertNameFree(m, circle.id, columns.name!);
    return m.save(RoleEntity, m.create(RoleEntity, { ...columns, circleId: circle.id, ...created(ctx) }));
  });
  forgetReads(ctx);
  return row;
}

export async function updateRole(ctx: InternalContext, id: string, input: RoleInput): Promise<RoleEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const role = await roleToChange(m, id);
    if (role.archivedAt) throw new BadUserInputError(`Le rôle « ${role.name} » est archivé : il ne se modifie plus.`, 'id');
    const circle = await m.findOneByOrFail(CircleEntity, { id: role.circleId });
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Modifier un rôle');
    const columns = roleColumns(input, role);
    await assertNameFree(m, circle.id, columns.name!, role.id);
    const { id: _id, createdAt: _c, createdBy: _b, ...rest } = columns;
    await m.update(RoleEntity, { id: role.id }, { ...rest, ...updated(ctx) });
    return m.findOneByOrFail(RoleEntity, { id: role.id });
  });
  forgetReads(ctx);
  return row;
}

/** Removes a role from its circle; its past terms stay readable. */
export async function archiveRole(ctx: InternalContext, id: string): Promise<RoleEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const role = await roleToChange(m, id);
    if (role.archivedAt) throw new BadUserInputError(`Le rôle « ${role.name} » est déjà archivé.`, 'id');
    const circle = await m.findOneByOrFail(CircleEntity, { id: role.circleId });
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Archiver un rôle');
    await m.update(RoleEntity, { id: role.id }, { archivedAt: new Date(), ...updated(ctx) });
    return m.findOneByOrFail(RoleEntity, { id: role.id });
  });
  forgetReads(ctx);
  return row;
}
