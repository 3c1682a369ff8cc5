import { BadUserInputError, ForbiddenError } from '@alambic/subgraph-kit';
import { canManageCircle, forgetReads } from '../../access/permissions.js';
import { created, updated } from '../../audit/stamp.js';
import { referencedCircle } from '../../circle/circle.service.js';
import type { InternalContext } from '../../context.js';
import { CircleEntity, RoleEntity } from '../../entities/index.js';
import { isUuid, optionalText, requireText } from '../../validation.js';
import { DecisionEntity, TensionEntity } from '../entities/index.js';
import { TensionStatus } from '../enums.js';
import { recordToChange } from '../shared.js';
import type { TensionInput, TensionUpdateInput } from './tension.type.js';

/** Any signed-in member raises a tension, in their own name. */
export async function raiseTension(ctx: InternalContext, input: TensionInput): Promise<TensionEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const circle = await referencedCircle(m, input.circleId, 'Cercle', 'circleId');
    const title = requireText(input.title, 'La tension', 'title', 300);
    let roleId: string | null = null;
    if (input.roleId) {
      const role = isUuid(input.roleId) ? await m.findOneBy(RoleEntity, { id: input.roleId }) : null;
      if (!role || role.archivedAt) throw new BadUserInputError(`Rôle inconnu : aucun rôle actif n’a l’identifiant « ${input.roleId} ».`, 'roleId');
      if (role.circleId !== circle.id) throw new BadUserInputError(`Le rôle « ${role.name} » n’est pas un rôle du cercle « ${circle.name} ».`, 'roleId');
      roleId = role.id;
    }
    return m.save(
      TensionEntity,
      m.create(TensionEntity, {
        circleId: circle.id,
        roleId,
        raisedBy: ctx.identity.memberId,
        title,
        description: optionalText(input.description, 'Les détails', 'description', 4000),
        kind: input.kind,
        status: TensionStatus.OPEN,
        ...created(ctx),
      }),
    );
  });
  forgetReads(ctx);
  return row;
}

/** The person who raised it, the circle's facilitator or an admin moves a tension along. */
export async function updateTension(ctx: InternalContext, id: string, input: TensionUpdateInput): Promise<TensionEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const tension = await recordToChange(m, TensionEntity, id, 'Tension');
    const circle = await m.findOneByOrFail(CircleEntity, { id: tension.circleId });
    const isRaiser = tension.raisedBy !== null && tension.raisedBy === ctx.identity.memberId;
    if (!isRaiser && !(await canManageCircle(ctx, circle.id))) {
      throw new ForbiddenError(`Faire avancer une tension : réservé à la personne qui l’a soulevée, au ou à la facilitateur·trice du cercle « ${circle.name} » et aux administrateur·rices.`);
    }
    const changes: Partial<TensionEntity> = {};
    if (input.status) changes.status = input.status;
    if (input.description !== undefined) changes.description = optionalText(input.description, 'Les détails', 'description', 4000);
    if (input.decisionId !== undefined) {
      if (input.decisionId === null) changes.decisionId = null;
      else {
        const decision = isUuid(input.decisionId) ? await m.findOneBy(DecisionEntity, { id: input.decisionId }) : null;
        if (!decision) throw new BadUserInputError(`Décision inconnue : aucune décision n’a l’identifiant « ${input.decisionId} ».`, 'decisionId');
        changes.decisionId = decision.id;
      }
    }
    await m.update(TensionEntity, { id: tension.id }, { ...changes, ...updated(ctx) });
    return m.findOneByOrFail(TensionEntity, { id: tension.id });
  });
  forgetReads(ctx);
  return row;
}
