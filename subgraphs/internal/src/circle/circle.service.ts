import { roleCatalogue } from '@alambic/demo-data';
import { BadUserInputError, NotFoundError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { assertAdmin, assertCanManageCircle, forgetReads } from '../access/permissions.js';
import { created, updated } from '../audit/stamp.js';
import type { InternalContext } from '../context.js';
import { CircleEntity, RoleEntity } from '../entities/index.js';
import { rolesFromTemplates } from '../role/role-templates.js';
import { isUuid, optionalText, requireText } from '../validation.js';
import { allowedParents, kindLabel, type Kind } from './analytic-code.js';
import { applyCode, chooseCode } from './circle-codes.js';
import type { CreateCircleInput, UpdateCircleInput } from './circle.input.js';

/** A circle targeted by a mutation: NOT_FOUND when it does not exist. */
export async function circleToChange(m: EntityManager, id: string): Promise<CircleEntity> {
  const row = isUuid(id) ? await m.findOneBy(CircleEntity, { id }) : null;
  if (!row) throw new NotFoundError(`Cercle inconnu : aucun cercle n’a l’identifiant « ${id} ».`);
  return row;
}

/** A circle named in an input: BAD_USER_INPUT when it does not exist or is archived. */
export async function referencedCircle(m: EntityManager, id: string | null | undefined, label: string, field: string): Promise<CircleEntity> {
  const row = id && isUuid(id) ? await m.findOneBy(CircleEntity, { id }) : null;
  if (!row) throw new BadUserInputError(`${label} inconnu : aucun cercle n’a l’identifiant « ${id ?? ''} ».`, field);
  if (row.archivedAt) throw new BadUserInputError(`${label} « ${row.name} » est archivé : choisissez un cercle actif.`, field);
  return row;
}

function checkParentKind(kind: Kind, parent: CircleEntity): void {
  if (!allowedParents[kind].includes(parent.kind)) {
    const allowed = allowedParents[kind].map((k) => kindLabel[k]).join(' ou ');
    throw new BadUserInputError(`${capitalise(kindLabel[kind])} se place dans ${allowed} : « ${parent.name} » est ${kindLabel[parent.kind]}.`, 'parentId');
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Creates a circle with its analytic code; a new group or pôle starts with the catalogue's roles. */
export async function createCircle(ctx: InternalContext, input: CreateCircleInput): Promise<CircleEntity> {
  const kind = input.kind as Kind;
  const name = requireText(input.name, 'Le nom du cercle', 'name', 120);
  const purpose = optionalText(input.purpose, 'La raison d’être', 'purpose', 1000);
  const row = await ctx.db.transaction(async (m) => {
    // One code allocation at a time: two creations never pick the same free digit.
    await m.query('SELECT pg_advisory_xact_lock(4243)');
    let parent: CircleEntity | null = null;
    if (kind === 'GROUP') {
      if (input.parentId) throw new BadUserInputError('Un groupe est un cercle de premier niveau : il n’a pas de cercle parent.', 'parentId');
      assertAdmin(ctx, 'Créer un groupe');
    } else {
      if (!input.parentId) throw new BadUserInputError(`Le cercle parent est obligatoire pour ${kindLabel[kind]}.`, 'parentId');
      parent = await referencedCircle(m, input.parentId, 'Cercle parent', 'parentId');
      checkParentKind(kind, parent);
      await assertCanManageCircle(ctx, parent.id, parent.name, 'Créer un sous-cercle');
    }
    const analyticCode = await chooseCode(m, kind, parent?.analyticCode ?? null, input.analyticCode);
    const saved = await m.save(CircleEntity, m.create(CircleEntity, { kind, name, purpose, analyticCode, parentId: parent?.id ?? null, ...created(ctx) }));
    const templates = roleCatalogue.filter((t) => t.appliesTo === kind);
    for (const role of rolesFromTemplates(saved.id, templates)) {
      await m.insert(RoleEntity, { ...role, ...created(ctx) });
    }
    return saved;
  });
  forgetReads(ctx);
  return row;
}

/** Renames a circle, changes its purpose or its code (its sub-circles' codes follow). */
export async function updateCircle(ctx: InternalContext, id: string, input: UpdateCircleInput): Promise<CircleEntity> {
  const row = await ctx.db.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock(4243)');
    const circle = await circleToChange(m, id);
    if (circle.archivedAt) throw new BadUserInputError(`Le cercle « ${circle.name} » est archivé : il ne se modifie plus.`, 'id');
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Modifier le cercle');
    const changes: Partial<CircleEntity> = {};
    if (input.name !== undefined && input.name !== null) changes.name = requireText(input.name, 'Le nom du cercle', 'name', 120);
    if (input.purpose !== undefined) changes.purpose = optionalText(input.purpose, 'La raison d’être', 'purpose', 1000);
    if (input.analyticCode) {
      const parent = circle.parentId ? await m.findOneByOrFail(CircleEntity, { id: circle.parentId }) : null;
      const code = await chooseCode(m, circle.kind, parent?.analyticCode ?? null, input.analyticCode, circle.id);
      await applyCode(m, circle, code, updated(ctx));
    }
    await m.update(CircleEntity, { id: circle.id }, { ...changes, ...updated(ctx) });
    return m.findOneByOrFail(CircleEntity, { id: circle.id });
  });
  forgetReads(ctx);
  return row;
}

/** Moves a circle under another parent; it and its sub-circles get codes under the new parent's prefix. */
export async function moveCircle(ctx: InternalContext, id: string, parentId: string, analyticCode: string | null | undefined): Promise<CircleEntity> {
  const row = await ctx.db.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock(4243)');
    const circle = await circleToChange(m, id);
    if (circle.archivedAt) throw new BadUserInputError(`Le cercle « ${circle.name} » est archivé : il ne se déplace plus.`, 'id');
    if (circle.kind === 'GROUP') throw new BadUserInputError('Un groupe est un cercle de premier niveau : il ne se déplace pas dans un autre cercle.', 'id');
    const parent = await referencedCircle(m, parentId, 'Nouveau cercle parent', 'parentId');
    if (parent.id === circle.parentId) throw new BadUserInputError(`Le cercle « ${circle.name} » est déjà dans « ${parent.name} ».`, 'parentId');
    checkParentKind(circle.kind, parent);
    await assertCanManageCircle(ctx, circle.id, circle.name, 'Déplacer le cercle');
    await assertCanManageCircle(ctx, parent.id, parent.name, 'Déplacer un cercle dans celui-ci');
    const code = await chooseCode(m, circle.kind, parent.analyticCode, analyticCode, circle.id);
    if (code === circle.analyticCode) {
      throw new BadUserInputError(`Le code ${code} ne prolonge pas celui du nouveau parent ${parent.analyticCode}.`, 'analyticCode');
    }
    await applyCode(m, circle, code, updated(ctx));
    await m.update(CircleEntity, { id: circle.id }, { parentId: parent.id, ...updated(ctx) });
    return m.findOneByOrFail(CircleEntity, { id: circle.id });
  });
  forgetReads(ctx);
  return row;
}

/** Archives a circle and its active sub-circles: they leave the tree, their roles, terms and records stay as history. */
export async function archiveCircle(ctx: InternalContext, id: string): Promise<CircleEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const circle = await circleToChange(m, id);
    if (circle.archivedAt) throw new BadUserInputError(`Le cercle « ${circle.name} » est déjà archivé.`, 'id');
    if (circle.parentId) {
      const parent = await m.findOneByOrFail(CircleEntity, { id: circle.parentId });
      await assertCanManageCircle(ctx, parent.id, parent.name, 'Archiver un sous-cercle');
    } else {
      assertAdmin(ctx, 'Archiver un groupe');
    }
    await m.query(
      `WITH RECURSIVE sub AS (SELECT id FROM circle WHERE id = $1
         UNION ALL SELECT c.id FROM circle c JOIN sub ON c.parent_id = sub.id)
       UPDATE circle SET archived_at = now(), updated_at = now(), updated_by = $2
       WHERE id IN (SELECT id FROM sub) AND archived_at IS NULL`,
      [circle.id, ctx.identity.memberId],
    );
    return m.findOneByOrFail(CircleEntity, { id: circle.id });
  });
  forgetReads(ctx);
  return row;
}
