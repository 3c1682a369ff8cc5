import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { isUuid } from '../../validation.js';
import { ObjectiveEntity } from '../entities/index.js';
import { requireSemester, semesterOf } from '../shared.js';
import { recordIndicator, setObjective } from './objective.service.js';
import { Indicator, Objective, ObjectiveInput, toIndicator, toObjective } from './objective.type.js';

@Authorized()
@Resolver(() => Objective)
export class ObjectiveResolver {
  @Query(() => [Objective], { description: 'Les objectifs semestriels, par semestre (le plus récent d’abord) puis par intitulé.' })
  async objectives(
    @Ctx() ctx: InternalContext,
    @Arg('semester', () => String, { nullable: true, description: 'Seulement ce semestre (AAAA-S1 ou AAAA-S2).' }) semester: string | null,
    @Arg('circleId', () => ID, { nullable: true, description: 'Seulement ce cercle.' }) circleId: string | null,
  ): Promise<Objective[]> {
    if (circleId && !isUuid(circleId)) return [];
    const rows = await ctx.db.getRepository(ObjectiveEntity).find({
      where: { ...(semester ? { semester: requireSemester(semester) } : {}), ...(circleId ? { circleId } : {}) },
      order: { semester: 'DESC', title: 'ASC' },
    });
    return rows.map(toObjective);
  }

  @Query(() => String, { description: 'Le semestre en cours à La Réunion, par exemple « 2026-S2 ».' })
  currentSemester(@Ctx() ctx: InternalContext): string {
    return semesterOf(ctx.today);
  }

  @Mutation(() => Objective, { description: 'Fixe un objectif semestriel avec ses indicateurs (ou le modifie quand `id` est donné).' })
  async setObjective(@Ctx() ctx: InternalContext, @Arg('input', () => ObjectiveInput, { description: 'L’objectif.' }) input: ObjectiveInput): Promise<Objective> {
    return toObjective(await setObjective(ctx, input));
  }

  @Mutation(() => Indicator, { description: 'Enregistre la valeur réalisée d’un indicateur.' })
  async recordIndicator(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'L’indicateur.' }) id: string,
    @Arg('actual', () => Float, { nullable: true, description: 'La valeur réalisée ; vide pour l’effacer.' }) actual: number | null,
  ): Promise<Indicator> {
    return toIndicator(await recordIndicator(ctx, id, actual));
  }

  @FieldResolver(() => [Indicator], { description: 'Les indicateurs de l’objectif.' })
  async indicators(@Root() objective: Objective, @Ctx() ctx: InternalContext): Promise<Indicator[]> {
    return (await ctx.loaders.indicatorsByObjectiveId.load(objective.id)).map(toIndicator);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle de l’objectif.' })
  async circle(@Root() objective: Objective, @Ctx() ctx: InternalContext): Promise<Circle> {
    const row = await ctx.loaders.circleById.load(objective.circleId);
    if (!row) throw new Error(`Objective ${objective.id} has no circle`);
    return toCircle(row);
  }
}
