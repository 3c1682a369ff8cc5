import { BadUserInputError, ForbiddenError, NotFoundError } from '@alambic/subgraph-kit';
import { forgetReads } from '../access/permissions.js';
import { updated } from '../audit/stamp.js';
import type { InternalContext } from '../context.js';
import { MemberEntity } from '../entities/index.js';
import { isUuid, optionalText, requireText, textList } from '../validation.js';
import type { ProfileInput } from './profile.input.js';

const PHONE = /^\+?[0-9][0-9 .()-]{5,22}$/;

/** A member edits their own profile; an admin edits anyone's, and alone sets implication and badges. */
export async function updateProfile(ctx: InternalContext, memberId: string, input: ProfileInput): Promise<MemberEntity> {
  const { identity } = ctx;
  const isAdmin = identity.isAdmin || identity.kind === 'service';
  const row = await ctx.db.transaction(async (m) => {
    const member = isUuid(memberId) ? await m.findOneBy(MemberEntity, { id: memberId }) : null;
    if (!member) throw new NotFoundError(`Membre inconnu : aucune personne n’a l’identifiant « ${memberId} ».`);
    if (!isAdmin && identity.memberId !== member.id) {
      throw new ForbiddenError('Chaque personne modifie son propre profil ; les administrateur·rices peuvent modifier tous les profils.');
    }
    if (!isAdmin && ((input.implication ?? null) !== null || (input.badges ?? null) !== null)) {
      throw new ForbiddenError('L’implication et les badges sont attribués par les administrateur·rices.');
    }
    const changes: Partial<MemberEntity> = {};
    if (input.firstName !== undefined && input.firstName !== null) changes.firstName = requireText(input.firstName, 'Le prénom', 'firstName', 80);
    if (input.lastName !== undefined && input.lastName !== null) changes.lastName = requireText(input.lastName, 'Le nom', 'lastName', 80);
    if (input.pronouns !== undefined) changes.pronouns = optionalText(input.pronouns, 'Les pronoms', 'pronouns', 40);
    if (input.phone !== undefined) {
      const phone = optionalText(input.phone, 'Le téléphone', 'phone', 30);
      if (phone !== null && !PHONE.test(phone)) {
        throw new BadUserInputError(`Le téléphone « ${phone} » n’est pas un numéro : des chiffres, espaces, points ou tirets, éventuellement précédés de +.`, 'phone');
      }
      changes.phone = phone;
    }
    if (input.skills !== undefined && input.skills !== null) changes.skills = textList(input.skills, 'Les compétences', 'skills', 30, 60);
    if (input.emailVisibility) changes.emailVisibility = input.emailVisibility;
    if (input.phoneVisibility) changes.phoneVisibility = input.phoneVisibility;
    if (input.implication) changes.implication = input.implication;
    if (input.badges !== undefined && input.badges !== null) changes.badges = textList(input.badges, 'Les badges', 'badges', 30, 80);
    await m.update(MemberEntity, { id: member.id }, { ...changes, ...updated(ctx) });
    return m.findOneByOrFail(MemberEntity, { id: member.id });
  });
  forgetReads(ctx);
  return row;
}
