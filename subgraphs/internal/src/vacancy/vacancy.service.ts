import { IsNull } from 'typeorm';
import type { InternalContext } from '../context.js';
import { CircleEntity } from '../entities/index.js';
import { valuesOrThrow } from '../loaders.js';
import { isActiveTerm, vacancyOf } from '../role/vacancy.js';
import { moneyChecks, type MoneyCheck } from './money-checks.js';
import { Vacancy, VacancyCheck, VacancyReport } from './vacancy.type.js';

const frenchDay = (day: string) => day.split('-').reverse().join('/');

function reasonOf(detail: { activeFillers: number; neededFillers: number; termEndedOn: string | null }): string {
  if (detail.termEndedOn) return `Mandat terminé le ${frenchDay(detail.termEndedOn)}`;
  if (detail.activeFillers === 0) return 'Personne sur ce rôle';
  return `${detail.activeFillers} personne${detail.activeFillers > 1 ? 's' : ''} sur ${detail.neededFillers} nécessaires`;
}

/** The vacant required roles of these circles, in the order of the circles then of the roles. */
export async function vacanciesOf(ctx: InternalContext, circleIds: string[]): Promise<Vacancy[]> {
  const roles = (await ctx.loaders.rolesByCircleId.loadMany(circleIds)).flatMap((r) => valuesOrThrow(r));
  const terms = await ctx.loaders.termsByRoleId.loadMany(roles.map((r) => r.id));
  return roles.flatMap((role, i) => {
    const detail = vacancyOf(role, valuesOrThrow(terms[i]), ctx.today);
    return detail ? [Object.assign(new Vacancy(), { ...detail, reason: reasonOf(detail), roleId: role.id, circleId: role.circleId })] : [];
  });
}

/** Active circles, in code order; only `rootId` and its sub-circles when given. */
export async function activeCircles(ctx: InternalContext, rootId?: string | null): Promise<CircleEntity[]> {
  const all = await ctx.db.getRepository(CircleEntity).find({ where: { archivedAt: IsNull() }, order: { analyticCode: 'ASC' } });
  all.forEach((row) => ctx.loaders.circleById.prime(row.id, row));
  if (!rootId) return all;
  const inside = new Set([rootId]);
  for (const circle of all) if (circle.parentId && inside.has(circle.parentId)) inside.add(circle.id);
  return all.filter((c) => inside.has(c.id));
}

/** Vacancies and cross-checks with money, for the whole organisation or one circle and its sub-circles. */
export async function vacancyReport(ctx: InternalContext, rootId?: string | null, checks: MoneyCheck[] = moneyChecks): Promise<VacancyReport> {
  const all = await activeCircles(ctx);
  const scope = await activeCircles(ctx, rootId);
  const scopeIds = new Set(scope.map((c) => c.id));
  const vacancies = await vacanciesOf(ctx, scope.map((c) => c.id));

  const roles = (await ctx.loaders.rolesByCircleId.loadMany(all.map((c) => c.id))).flatMap((r) => valuesOrThrow(r)).filter((r) => r.budgetGrantReferent);
  const terms = await ctx.loaders.termsByRoleId.loadMany(roles.map((r) => r.id));
  const budgetReferentCircleIds = new Set(roles.filter((_, i) => valuesOrThrow(terms[i]).some((t) => isActiveTerm(t, ctx.today))).map((r) => r.circleId));
  const input = { db: ctx.db, today: ctx.today, circles: new Map(all.map((c) => [c.id, c])), budgetReferentCircleIds };

  const report = new VacancyReport();
  report.vacancies = vacancies;
  report.alerts = [];
  report.checks = [];
  for (const check of checks) {
    const outcome = await check.run(input);
    report.checks.push(Object.assign(new VacancyCheck(), { kind: check.kind, label: check.label, checkable: outcome.checkable, reason: outcome.checkable ? null : outcome.reason }));
    if (outcome.checkable) {
      report.alerts.push(...outcome.alerts.filter((a) => !rootId || (a.circleId !== null && scopeIds.has(a.circleId))));
    }
  }
  return report;
}
