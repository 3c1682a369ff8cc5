import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { BudgetLine, toBudgetLine } from '../../planning/budget/budget-line.type.js';
import { toClaim, RemunerationClaim } from '../claim/claim.type.js';
import { MissionEntity } from '../entities/index.js';
import { envelopeFigures } from '../envelope.js';
import { ApplicationStatus, MissionStatus } from '../enums.js';
import { forgetWork, workLoaders } from '../loaders.js';
import { toWorkTransition, WorkTransition } from '../transition.type.js';
import { MissionApplication, toApplication } from './application.type.js';
import { MissionService } from './mission.service.js';
import { Mission, MissionEnvelope, MissionInput, toMission } from './mission.type.js';

@Authorized()
@Resolver(() => Mission)
export class MissionResolver {
  @Query(() => [Mission], { description: 'Le tableau des missions : par date limite, filtrable par cercle et par état.' })
  async missions(
    @Ctx() ctx: InternalContext,
    @Arg('circleId', () => ID, { nullable: true, description: 'Seulement les missions de ce cercle.' }) circleId?: string | null,
    @Arg('statuses', () => [MissionStatus], { nullable: true, description: 'Seulement les missions dans ces états.' }) statuses?: MissionStatus[] | null,
  ): Promise<Mission[]> {
    const where: Record<string, unknown> = {};
    if (circleId) where.circleId = circleId;
    if (statuses?.length) where.status = In(statuses);
    const rows = await ctx.db.getRepository(MissionEntity).find({ where, order: { applicationDeadline: 'ASC', createdAt: 'ASC' } });
    return rows.map(toMission);
  }

  @Query(() => Mission, { nullable: true, description: 'Une mission par son identifiant.' })
  async mission(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Identifiant de la mission.' }) id: string): Promise<Mission | null> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await workLoaders(ctx).missionById.load(id) : null;
    return row ? toMission(row) : null;
  }

  @Mutation(() => Mission, { description: 'Publie une mission (ou l’enregistre en brouillon) : réservé aux personnes qui tiennent un rôle dans le cercle ou au-dessus.' })
  async createMission(@Ctx() ctx: InternalContext, @Arg('input', () => MissionInput, { description: 'La mission.' }) input: MissionInput): Promise<Mission> {
    return toMission(await new MissionService(ctx.db, ctx.identity, ctx.today).create(input));
  }

  @Mutation(() => Mission, { description: 'Fait avancer une mission : brouillon → ouverte → pourvue → réalisée → close.' })
  async setMissionStatus(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'Identifiant de la mission.' }) id: string,
    @Arg('status', () => MissionStatus, { description: 'Nouvel état.' }) status: MissionStatus,
  ): Promise<Mission> {
    const row = await new MissionService(ctx.db, ctx.identity, ctx.today).setStatus(id, status);
    forgetWork(ctx);
    return toMission(row);
  }

  @Mutation(() => MissionApplication, { description: 'Candidate à une mission ouverte, avant sa date limite.' })
  async applyToMission(
    @Ctx() ctx: InternalContext,
    @Arg('missionId', () => ID, { description: 'La mission.' }) missionId: string,
    @Arg('motivation', () => String, { nullable: true, description: 'Quelques mots de motivation.' }) motivation?: string | null,
  ): Promise<MissionApplication> {
    return toApplication(await new MissionService(ctx.db, ctx.identity, ctx.today).apply(missionId, motivation));
  }

  @Mutation(() => MissionApplication, { description: 'Le cercle accepte ou refuse une candidature (jamais la sienne).' })
  async decideApplication(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'La candidature.' }) id: string,
    @Arg('accept', () => Boolean, { description: 'Vrai pour accepter, faux pour refuser.' }) accept: boolean,
  ): Promise<MissionApplication> {
    const row = await new MissionService(ctx.db, ctx.identity, ctx.today).decide(id, accept);
    forgetWork(ctx);
    return toApplication(row);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle qui porte la mission.' })
  async circle(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<Circle> {
    return toCircle((await ctx.loaders.circleById.load(mission.circleId))!);
  }

  @FieldResolver(() => BudgetLine, { nullable: true, description: 'La ligne de prévisionnel qui finance la mission.' })
  async budgetLine(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<BudgetLine | null> {
    const row = mission.budgetLineId ? await workLoaders(ctx).budgetLineById.load(mission.budgetLineId) : null;
    return row ? toBudgetLine(row) : null;
  }

  @FieldResolver(() => MissionEnvelope, { description: 'Enveloppe, demandé, validé, reste, engagé, payé ; dépassement signalé.' })
  async envelope(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<MissionEnvelope> {
    return Object.assign(new MissionEnvelope(), envelopeFigures(mission.entity, await workLoaders(ctx).claimsByMission.load(mission.id)));
  }

  @FieldResolver(() => [MissionApplication], { description: 'Les candidatures, de la plus ancienne à la plus récente.' })
  async applications(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<MissionApplication[]> {
    return (await workLoaders(ctx).applicationsByMission.load(mission.id)).map(toApplication);
  }

  @FieldResolver(() => Int, { description: 'Nombre de personnes acceptées.' })
  async acceptedCount(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<number> {
    return (await workLoaders(ctx).applicationsByMission.load(mission.id)).filter((a) => a.status === ApplicationStatus.ACCEPTED).length;
  }

  @FieldResolver(() => MissionApplication, { nullable: true, description: 'Ma candidature à cette mission, s’il y en a une.' })
  async myApplication(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<MissionApplication | null> {
    const mine = (await workLoaders(ctx).applicationsByMission.load(mission.id)).find((a) => a.memberId === ctx.identity.memberId);
    return mine ? toApplication(mine) : null;
  }

  @FieldResolver(() => [RemunerationClaim], { description: 'Les demandes de co-rémunération sur cette mission.' })
  async claims(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<RemunerationClaim[]> {
    return (await workLoaders(ctx).claimsByMission.load(mission.id)).map(toClaim);
  }

  @FieldResolver(() => [WorkTransition], { description: 'Historique : chaque changement d’état, par qui et quand.' })
  async history(@Root() mission: Mission, @Ctx() ctx: InternalContext): Promise<WorkTransition[]> {
    return (await workLoaders(ctx).transitionsBySubject.load(mission.id)).map(toWorkTransition);
  }
}
