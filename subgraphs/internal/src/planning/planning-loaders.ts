import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { InternalContext } from '../context.js';
import { GrantEntity, GrantInstalmentEntity } from './entities/index.js';
import { forecastLoader } from './forecast/forecast.service.js';

function build(ctx: InternalContext) {
  return {
    forecast: forecastLoader(ctx.db),
    grantById: new DataLoader<string, GrantEntity | null>(async (ids) => {
      const rows = await ctx.db.getRepository(GrantEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
    instalmentsByGrant: new DataLoader<string, GrantInstalmentEntity[]>(async (ids) => {
      const rows = await ctx.db.getRepository(GrantInstalmentEntity).find({ where: { grantId: In([...ids]) }, order: { expectedOn: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.grantId === id));
    }),
  };
}

const perRequest = new WeakMap<InternalContext, ReturnType<typeof build>>();

/** The planning loaders of one request, created on first use (per-request state keyed by the context). */
export function planningLoaders(ctx: InternalContext): ReturnType<typeof build> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = build(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
