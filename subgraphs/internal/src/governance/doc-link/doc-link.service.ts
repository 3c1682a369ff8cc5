import { BadUserInputError, ForbiddenError } from '@alambic/subgraph-kit';
import { canManageCircle, forgetReads } from '../../access/permissions.js';
import { created } from '../../audit/stamp.js';
import { referencedCircle } from '../../circle/circle.service.js';
import type { InternalContext } from '../../context.js';
import { RoleEntity } from '../../entities/index.js';
import { isUuid, optionalText, requireText, requireUrl } from '../../validation.js';
import { DocLinkEntity } from '../entities/index.js';
import { recordToChange } from '../shared.js';
import type { DocLinkInput } from './doc-link.type.js';

/** Any signed-in member documents a circle, a role or a process. */
export async function addDocLink(ctx: InternalContext, input: DocLinkInput): Promise<DocLinkEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const title = requireText(input.title, 'L’intitulé du lien', 'title', 200);
    const url = requireUrl(input.url, 'L’adresse du lien', 'url');
    const process = optionalText(input.process, 'Le processus', 'process', 120);
    const targets = [input.circleId, input.roleId, process].filter((t) => t !== null && t !== undefined && t !== '');
    if (targets.length !== 1) {
      throw new BadUserInputError('Un lien de documentation s’attache à un seul objet : un cercle, un rôle ou un processus.', 'circleId');
    }
    let circleId: string | null = null;
    let roleId: string | null = null;
    if (input.circleId) circleId = (await referencedCircle(m, input.circleId, 'Cercle', 'circleId')).id;
    if (input.roleId) {
      const role = isUuid(input.roleId) ? await m.findOneBy(RoleEntity, { id: input.roleId }) : null;
      if (!role) throw new BadUserInputError(`Rôle inconnu : aucun rôle n’a l’identifiant « ${input.roleId} ».`, 'roleId');
      roleId = role.id;
    }
    return m.save(DocLinkEntity, m.create(DocLinkEntity, { title, url, circleId, roleId, process, ...created(ctx) }));
  });
  forgetReads(ctx);
  return row;
}

/** The person who added it, the facilitator of the circle concerned, or an admin removes a link. */
export async function removeDocLink(ctx: InternalContext, id: string): Promise<DocLinkEntity> {
  const row = await ctx.db.transaction(async (m) => {
    const link = await recordToChange(m, DocLinkEntity, id, 'Lien de documentation');
    const isAuthor = link.createdBy !== null && link.createdBy === ctx.identity.memberId;
    const circleId = link.circleId ?? (link.roleId ? (await m.findOneByOrFail(RoleEntity, { id: link.roleId })).circleId : null);
    const allowed = isAuthor || ctx.identity.isAdmin || ctx.identity.kind === 'service' || (circleId !== null && (await canManageCircle(ctx, circleId)));
    if (!allowed) throw new ForbiddenError('Retirer un lien de documentation : réservé à la personne qui l’a ajouté, au ou à la facilitateur·trice du cercle et aux administrateur·rices.');
    await m.delete(DocLinkEntity, { id: link.id });
    return link;
  });
  forgetReads(ctx);
  return row;
}
