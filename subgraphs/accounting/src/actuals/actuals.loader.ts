import DataLoader from 'dataloader';
import type { CircleActuals } from '../circle/circle-actuals.type.js';
import { checkYear, type ActualsKey, type ActualsService } from './actuals.service.js';

/** Per-request batching of every circle × year a query asks for into one upstream call. */
export class ActualsLoader {
  private readonly loader: DataLoader<ActualsKey, CircleActuals | null, string>;

  constructor(service: ActualsService) {
    this.loader = new DataLoader((keys) => service.forKeys(keys), { cacheKeyFn: (k) => `${k.analyticCode}|${k.year}` });
  }

  async forCircle(analyticCode: string | undefined, year: number): Promise<CircleActuals | null> {
    checkYear(year);
    if (!analyticCode) return null;
    return this.loader.load({ analyticCode, year });
  }
}
