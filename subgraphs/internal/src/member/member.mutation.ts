import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { Member, toMember } from './member.type.js';
import { ProfileInput } from './profile.input.js';
import { updateProfile } from './profile.service.js';

@Authorized()
@Resolver(() => Member)
export class MemberMutationResolver {
  @Mutation(() => Member, { description: 'Modifie un profil : le sien, ou n’importe lequel pour un·e administrateur·rice.' })
  async updateProfile(
    @Ctx() ctx: InternalContext,
    @Arg('memberId', () => ID, { description: 'La personne dont le profil change.' }) memberId: string,
    @Arg('input', () => ProfileInput, { description: 'Ce qui change.' }) input: ProfileInput,
  ): Promise<Member> {
    return toMember(await updateProfile(ctx, memberId, input));
  }
}
