import { BadUserInputError } from '@alambic/subgraph-kit';
import type { AccountingSource, AnalyticAccount, AnalyticAmount } from '../accounting-source.js';
import type { CategoryMap } from '../categories/category-map.js';
import { committedOf, indexBook } from '../documents/documents.compute.js';
import { accountsUnder, circleAccounts } from '../odoo/mapping.js';
import { fromOdoo } from '../upstream.js';
import { actualsFigures, type ActualsFigures } from './actuals.compute.js';
import type { CircleActuals, CommittedAmount } from './actuals.type.js';

export interface CircleYear {
  analyticCode: string;
  year: number;
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new BadUserInputError(`Année invalide : ${year} (attendu une année civile entre 1990 et 2100).`, 'year');
  }
}

/** Actual and committed amounts of circles: a circle covers its analytic account and its descendants' (code prefix). */
export class ActualsService {
  /** Figures already computed from one read (the cache hands back the same array): a warm page costs no arithmetic. */
  private readonly figuresMemo = new ReadMemo<ActualsFigures>();
  private readonly committedMemo = new ReadMemo<{ amount: number; billCount: number }>();
  /** The account ids each code covers, for one version of the directory. */
  private readonly coverage = new WeakMap<readonly AnalyticAccount[], Map<string | null, ReadonlySet<number>>>();

  constructor(
    private readonly source: AccountingSource,
    private readonly map: CategoryMap,
  ) {}

  /** Every circle × year of a batch from one aggregate call; null for a code no analytic account matches. */
  forKeys(keys: readonly CircleYear[]): Promise<Array<CircleActuals | null>> {
    return fromOdoo(async () => {
      const directory = await this.source.analyticAccounts();
      const accountsOf = keys.map((k) => this.accountsOf(k.analyticCode, directory));
      if (accountsOf.every((s) => s.size === 0)) return keys.map(() => null);
      // The same call (and cache entry) serves any batch of circles and the organisation.
      const years = [...new Set(keys.filter((_, i) => accountsOf[i]!.size > 0).map((k) => k.year))];
      const amounts = await this.source.analyticAmounts(years);
      return keys.map((key, i) => {
        const mine = accountsOf[i]!;
        if (mine.size === 0) return null;
        return { year: key.year, ...this.figures(amounts.value, mine, key.year), readAt: amounts.readAt, stale: amounts.stale };
      });
    });
  }

  /** The whole organisation (every account of the circle tree), internal transfers left out since both sides cancel. */
  organisation(year: number): Promise<CircleActuals> {
    checkYear(year);
    return fromOdoo(async () => {
      const all = this.accountsOf(null, await this.source.analyticAccounts());
      const amounts = await this.source.analyticAmounts([year]);
      return { year, ...this.figures(amounts.value, all, year, true), readAt: amounts.readAt, stale: amounts.stale };
    });
  }

  /** The accounts of a circle and its descendants (`null`: every account of the circle tree). */
  private accountsOf(code: string | null, directory: readonly AnalyticAccount[]): ReadonlySet<number> {
    let known = this.coverage.get(directory);
    if (!known) this.coverage.set(directory, (known = new Map()));
    let ids = known.get(code);
    if (!ids) known.set(code, (ids = new Set((code === null ? circleAccounts(directory) : accountsUnder(code, directory)).map((a) => a.id))));
    return ids;
  }

  private figures(amounts: AnalyticAmount[], ids: ReadonlySet<number>, year: number, consolidated = false): ActualsFigures {
    return this.figuresMemo.get(amounts, ids, `${year}|${consolidated}`, () => actualsFigures(amounts, ids, year, this.map, consolidated));
  }

  /** Committed amounts of a batch of circles (null when no account matches), or of the organisation (`analyticCode` null). */
  committed(codes: ReadonlyArray<string | null>): Promise<Array<CommittedAmount | null>> {
    return fromOdoo(async () => {
      const directory = await this.source.analyticAccounts();
      const accountsOf = codes.map((code) => this.accountsOf(code, directory));
      if (accountsOf.every((s) => s.size === 0)) return codes.map(() => null);
      const bills = await this.source.openBills();
      const book = indexBook(bills.value);
      return accountsOf.map((ids) => (ids.size === 0 ? null : { ...this.committedMemo.get(book, ids, '', () => committedOf(book, ids)), readAt: bills.readAt, stale: bills.stale }));
    });
  }
}

/** Values computed from one upstream read for one set of accounts: computed again only when the read (the cache hands
 * back the same object until it reads again) or the directory (account sets are kept per directory) changes. */
class ReadMemo<V> {
  private readonly byRead = new WeakMap<object, WeakMap<ReadonlySet<number>, Map<string, V>>>();

  get(read: object, ids: ReadonlySet<number>, key: string, compute: () => V): V {
    let byIds = this.byRead.get(read);
    if (!byIds) this.byRead.set(read, (byIds = new WeakMap()));
    let values = byIds.get(ids);
    if (!values) byIds.set(ids, (values = new Map()));
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = compute()));
    return value;
  }
}
