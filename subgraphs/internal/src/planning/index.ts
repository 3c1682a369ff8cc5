import { BudgetLineResolver } from './budget/budget.resolver.js';
import { CashLineResolver } from './cash/cash-line.resolver.js';
import { CashPlanResolver } from './cash/cash-plan.resolver.js';
import { CashPlan } from './cash/cash-plan.type.js';
import { toGrant } from './grant/grant.type.js';
import { GrantEntity } from './entities/index.js';
import { planningEntities } from './entities/index.js';
import type { InternalContext } from '../context.js';
import { planningLoaders } from './planning-loaders.js';
import { CircleForecastResolver } from './forecast/forecast.resolver.js';
import { GrantResolver } from './grant/grant.resolver.js';
import { Planning1795500000000 } from './migration.js';
import { InternalTransferResolver } from './transfer/transfer.resolver.js';
import { CircleBudgetEntryResolver, CircleBudgetResolver } from './review/review.resolver.js';
import { CircleBudget } from './review/review.type.js';

/** Planning the money (issue 7): forecasts, transfers, grants, manual cash lines — wired into the internal subgraph. */
export const planningModule = {
  entities: planningEntities,
  migrations: [Planning1795500000000],
  resolvers: [BudgetLineResolver, InternalTransferResolver, GrantResolver, CircleForecastResolver, CashLineResolver, CircleBudgetResolver, CircleBudgetEntryResolver, CashPlanResolver] as const,
  references: {
    CircleBudget: { __resolveReference: (reference: CircleBudget) => Object.assign(new CircleBudget(), reference) },
    CashPlan: { __resolveReference: (reference: CashPlan) => Object.assign(new CashPlan(), reference) },
    Grant: {
      __resolveReference: async (reference: { id: string }, ctx: InternalContext) => {
        const row = await planningLoaders(ctx).grantById.load(reference.id);
        return row ? toGrant(row as GrantEntity) : null;
      },
    },
  },
};
