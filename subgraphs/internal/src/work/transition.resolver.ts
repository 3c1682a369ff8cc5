import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { Member, toMember } from '../member/member.type.js';
import { WorkTransition } from './transition.type.js';

@Resolver(() => WorkTransition)
export class WorkTransitionResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui a franchi l’étape.' })
  async by(@Root() t: WorkTransition, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = t.memberId ? await ctx.loaders.memberById.load(t.memberId) : null;
    return row ? toMember(row) : null;
  }
}
