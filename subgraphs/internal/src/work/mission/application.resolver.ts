import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../../context.js';
import { Member, toMember } from '../../member/member.type.js';
import { workLoaders } from '../loaders.js';
import { toWorkTransition, WorkTransition } from '../transition.type.js';
import { MissionApplication } from './application.type.js';
import { Mission, toMission } from './mission.type.js';

@Resolver(() => MissionApplication)
export class MissionApplicationResolver {
  @FieldResolver(() => Mission, { description: 'La mission.' })
  async mission(@Root() a: MissionApplication, @Ctx() ctx: InternalContext): Promise<Mission> {
    return toMission((await workLoaders(ctx).missionById.load(a.missionId))!);
  }

  @FieldResolver(() => Member, { description: 'La personne qui candidate.' })
  async member(@Root() a: MissionApplication, @Ctx() ctx: InternalContext): Promise<Member> {
    return toMember((await ctx.loaders.memberById.load(a.memberId))!);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui a décidé pour le cercle.' })
  async decidedBy(@Root() a: MissionApplication, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = a.decidedById ? await ctx.loaders.memberById.load(a.decidedById) : null;
    return row ? toMember(row) : null;
  }

  @FieldResolver(() => [WorkTransition], { description: 'Historique de la candidature.' })
  async history(@Root() a: MissionApplication, @Ctx() ctx: InternalContext): Promise<WorkTransition[]> {
    return (await workLoaders(ctx).transitionsBySubject.load(a.id)).map(toWorkTransition);
  }
}
