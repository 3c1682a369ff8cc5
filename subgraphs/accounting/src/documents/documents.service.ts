import type { AccountingSource, DocumentBook } from '../accounting-source.js';
import type { Sourced } from '@alambic/connector-kit';
import { checkYear, type CircleYear } from '../actuals/actuals.service.js';
import type { CategoryMap } from '../categories/category-map.js';
import { accountsUnder } from '../odoo/mapping.js';
import { fromOdoo } from '../upstream.js';
import type { AccountingDocumentList, GrantReceiptList } from './document.type.js';
import { documentsOfAccounts, documentsWhere, grantReceiptsOf, indexBook, type IndexedBook } from './documents.compute.js';

export interface PartnerYear {
  partnerId: number;
  year: number;
}

/** Invoices and bills of circles, members and the organisation, and grant receipts: one organisation-wide read per year. */
export class DocumentsService {
  constructor(
    private readonly source: AccountingSource,
    private readonly map: CategoryMap,
  ) {}

  circles(keys: readonly CircleYear[]): Promise<Array<AccountingDocumentList | null>> {
    return this.perCircle(keys, (book, ids) => ({ items: documentsOfAccounts(this.map, book, ids) }));
  }

  grants(keys: readonly CircleYear[]): Promise<Array<GrantReceiptList | null>> {
    return this.perCircle(keys, (book, ids, directory) => {
      const items = grantReceiptsOf(this.map, book, ids, directory);
      return { items, invoiced: items.reduce((s, g) => s + g.invoiced, 0), received: items.reduce((s, g) => s + g.received, 0) };
    });
  }

  members(keys: readonly PartnerYear[]): Promise<AccountingDocumentList[]> {
    return fromOdoo(async () => {
      const books = await this.books(keys.map((k) => k.year));
      return keys.map((key) => {
        const { book, read } = books.get(key.year)!;
        return { items: documentsWhere(this.map, book, (d) => d.partnerId === key.partnerId), readAt: read.readAt, stale: read.stale };
      });
    });
  }

  organisation(year: number): Promise<AccountingDocumentList> {
    checkYear(year);
    return fromOdoo(async () => {
      const { book, read } = (await this.books([year])).get(year)!;
      return { items: documentsWhere(this.map, book, () => true), readAt: read.readAt, stale: read.stale };
    });
  }

  private perCircle<T>(keys: readonly CircleYear[], pick: (book: IndexedBook, ids: ReadonlySet<number>, directory: Awaited<ReturnType<AccountingSource['analyticAccounts']>>) => T): Promise<Array<(T & { readAt: Date; stale: boolean }) | null>> {
    return fromOdoo(async () => {
      const directory = await this.source.analyticAccounts();
      const accountsOf = keys.map((k) => new Set(accountsUnder(k.analyticCode, directory).map((a) => a.id)));
      const books = await this.books(keys.filter((_, i) => accountsOf[i]!.size > 0).map((k) => k.year));
      return keys.map((key, i) => {
        const ids = accountsOf[i]!;
        if (ids.size === 0) return null;
        const { book, read } = books.get(key.year)!;
        return { ...pick(book, ids, directory), readAt: read.readAt, stale: read.stale };
      });
    });
  }

  /** One read per distinct year of the batch, in parallel. */
  private async books(years: readonly number[]): Promise<Map<number, { book: IndexedBook; read: Sourced<DocumentBook> }>> {
    const distinct = [...new Set(years)];
    const reads = await Promise.all(distinct.map((year) => this.source.documentsOfYear(year)));
    return new Map(distinct.map((year, i) => [year, { book: indexBook(reads[i]!.value), read: reads[i]! }]));
  }
}
