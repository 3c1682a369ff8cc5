import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Circle, toCircle } from '../circle/circle.type.js';
import type { InternalContext } from '../context.js';
import { Role, toRole } from '../role/role.type.js';
import { vacanciesOf, vacancyReport } from './vacancy.service.js';
import { Vacancy, VacancyAlert, VacancyReport } from './vacancy.type.js';

@Authorized()
@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => VacancyReport, { description: 'Les rôles vacants et les manques croisés avec l’argent, pour toute l’organisation ou un cercle et ses sous-cercles.' })
  async vacancyReport(
    @Ctx() ctx: InternalContext,
    @Arg('circleId', () => ID, { nullable: true, description: 'Un cercle (avec ses sous-cercles) ; vide pour toute l’organisation.' }) circleId: string | null,
  ): Promise<VacancyReport> {
    return vacancyReport(ctx, circleId);
  }

  @FieldResolver(() => Role, { description: 'Le rôle vacant.' })
  async role(@Root() vacancy: Vacancy, @Ctx() ctx: InternalContext): Promise<Role> {
    const row = await ctx.loaders.roleById.load(vacancy.roleId);
    if (!row) throw new Error(`Vacancy without role ${vacancy.roleId}`);
    return toRole(row);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle du rôle vacant.' })
  async circle(@Root() vacancy: Vacancy, @Ctx() ctx: InternalContext): Promise<Circle> {
    const row = await ctx.loaders.circleById.load(vacancy.circleId);
    if (!row) throw new Error(`Vacancy without circle ${vacancy.circleId}`);
    return toCircle(row);
  }
}

@Authorized()
@Resolver(() => VacancyAlert)
export class VacancyAlertResolver {
  @FieldResolver(() => Circle, { nullable: true, description: 'Le cercle concerné, s’il y en a un.' })
  async circle(@Root() alert: VacancyAlert, @Ctx() ctx: InternalContext): Promise<Circle | null> {
    const row = alert.circleId ? await ctx.loaders.circleById.load(alert.circleId) : null;
    return row ? toCircle(row) : null;
  }
}

@Authorized()
@Resolver(() => Circle)
export class CircleVacancyResolver {
  @FieldResolver(() => [Vacancy], { description: 'Les rôles requis non pourvus de ce cercle.' })
  async vacancies(@Root() circle: Circle, @Ctx() ctx: InternalContext): Promise<Vacancy[]> {
    return vacanciesOf(ctx, [circle.id]);
  }
}
