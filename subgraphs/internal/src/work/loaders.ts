import { entityLoader } from '@alambic/subgraph-kit';
import { In } from 'typeorm';
import type { InternalContext } from '../context.js';
import { groupedLoader } from '../grouped-loader.js';
import { BudgetLineEntity } from '../planning/entities/index.js';
import { EventQuoteLineEntity, EventRequestEntity, MissionApplicationEntity, MissionEntity, RemunerationClaimEntity, WorkTransitionEntity } from './entities/index.js';

function build(ctx: InternalContext) {
  const db = ctx.db;
  return {
    missionById: entityLoader((ids) => db.getRepository(MissionEntity).findBy({ id: In([...ids]) })),
    budgetLineById: entityLoader((ids) => db.getRepository(BudgetLineEntity).findBy({ id: In([...ids]) })),
    applicationsByMission: groupedLoader(
      (ids) => db.getRepository(MissionApplicationEntity).find({ where: { missionId: In([...ids]) }, order: { createdAt: 'ASC' } }),
      (a) => a.missionId,
    ),
    claimsByMission: groupedLoader(
      (ids) => db.getRepository(RemunerationClaimEntity).find({ where: { missionId: In([...ids]) }, order: { workDate: 'ASC', createdAt: 'ASC' } }),
      (c) => c.missionId,
    ),
    transitionsBySubject: groupedLoader(
      (ids) => db.getRepository(WorkTransitionEntity).find({ where: { subjectId: In([...ids]) }, order: { at: 'ASC' } }),
      (t) => t.subjectId,
    ),
    requestById: entityLoader((ids) => db.getRepository(EventRequestEntity).findBy({ id: In([...ids]) })),
    quoteLinesByRequest: groupedLoader(
      (ids) => db.getRepository(EventQuoteLineEntity).find({ where: { requestId: In([...ids]) }, order: { createdAt: 'ASC' } }),
      (l) => l.requestId,
    ),
    missionsByRequest: groupedLoader(
      (ids) => db.getRepository(MissionEntity).find({ where: { eventRequestId: In([...ids]) }, order: { createdAt: 'ASC' } }),
      (mi) => mi.eventRequestId ?? '',
    ),
  };
}

export type WorkLoaders = ReturnType<typeof build>;
const perRequest = new WeakMap<InternalContext, WorkLoaders>();

/** The work loaders of one request, created on first use. */
export function workLoaders(ctx: InternalContext): WorkLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = build(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** After a write, the answer must show the new state. */
export function forgetWork(ctx: InternalContext): void {
  perRequest.delete(ctx);
}
