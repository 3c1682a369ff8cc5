import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Circle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { BadUserInputError } from '@alambic/subgraph-kit';
import { planningLoaders } from '../planning-loaders.js';
import { yearRange } from '../period.js';
import { forecastOf } from './forecast.service.js';
import { Forecast } from './forecast.type.js';

function checkYear(year: number): void {
  if (year < yearRange.min || year > yearRange.max) throw new BadUserInputError(`Année hors limites : ${year}.`, 'year');
}

@Authorized()
@Resolver(() => Circle)
export class CircleForecastResolver {
  @FieldResolver(() => Forecast, { description: 'Le prévisionnel du cercle et de ses sous-cercles pour une année.' })
  async forecast(@Root() circle: Circle, @Ctx() ctx: InternalContext, @Arg('year', () => Int, { description: 'Année civile.' }) year: number): Promise<Forecast> {
    checkYear(year);
    return forecastOf(await planningLoaders(ctx).forecast.load(year), year, circle.id);
  }

  @Query(() => Forecast, { description: 'Le prévisionnel consolidé de toute l’organisation (les transferts internes s’y annulent).' })
  async organisationForecast(@Ctx() ctx: InternalContext, @Arg('year', () => Int, { description: 'Année civile.' }) year: number): Promise<Forecast> {
    checkYear(year);
    return forecastOf(await planningLoaders(ctx).forecast.load(year), year, 'ALL');
  }
}
