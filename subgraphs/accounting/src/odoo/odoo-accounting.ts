import type { Sourced } from '@alambic/connector-kit';
import { centsFromUpstreamNumber, type DependencyStatus, type Logger } from '@alambic/subgraph-kit';
import type { AccountingSource, AnalyticAccount, AnalyticAmount, BankBook, DocumentBook } from '../accounting-source.js';
import { OdooClient, sourced } from './client.js';
import { documentFrom, documentTypes, lineFields, lineFrom, moveFields, type OdooMoveLineRow, type OdooMoveRow } from './documents-mapping.js';
import { amountsFromGroups, analyticAccountFields, analyticAmountsQuery, directoryFrom, type OdooAnalyticAccountRow } from './mapping.js';
import type { OdooSettings } from './settings.js';

interface Directory {
  accounts: AnalyticAccount[];
  loadedAt: number;
}

/** Payment states that still leave money to pay. */
const unpaid = ['paid', 'in_payment', 'reversed', 'invoicing_legacy'];

/** The accounting source backed by Odoo. Every method costs a fixed number of calls (plus paging), whatever the number
 * of circles or members asking: reads are organisation-wide and cached, circles and members are picked in memory. */
export class OdooAccounting implements AccountingSource {
  readonly client: OdooClient;
  private directory: Directory | undefined;
  private loading: Promise<Directory> | undefined;
  private readonly directoryMaxAgeMs: number;
  /** Mapped values by the raw read they come from: a cached read is mapped once, and keeps its identity downstream. */
  private readonly mapped = new WeakMap<object, unknown>();

  constructor(
    settings: OdooSettings,
    private readonly logger?: Logger,
  ) {
    this.client = new OdooClient(settings);
    this.directoryMaxAgeMs = settings.directoryMaxAgeMs ?? 600_000;
  }

  async warmUp(): Promise<void> {
    await this.client.majorVersion();
    await this.client.authenticate();
    await this.loadDirectory();
  }

  async analyticAccounts(): Promise<AnalyticAccount[]> {
    const current = this.directory;
    if (!current) return (await this.loadDirectory()).accounts;
    if (Date.now() - current.loadedAt > this.directoryMaxAgeMs) {
      // Serve the directory we have and refresh it off the critical path.
      this.loadDirectory().catch((error: unknown) => this.logger?.warn({ error: (error as Error).message }, 'Annuaire analytique Odoo non rafraîchi'));
    }
    return current.accounts;
  }

  async analyticAmounts(years: readonly number[]): Promise<Sourced<AnalyticAmount[]>> {
    if (years.length === 0) return { value: [], readAt: new Date(), stale: false };
    const { domain, groupby, aggregates } = analyticAmountsQuery(years);
    const rows = await this.client.aggregate('account.analytic.line', domain, groupby, aggregates);
    return { ...rows, value: this.once(rows.value, () => amountsFromGroups(rows.value)) };
  }

  documentsOfYear(year: number): Promise<Sourced<DocumentBook>> {
    const period = [['date', '>=', `${year}-01-01`], ['date', '<=', `${year}-12-31`]];
    return this.book([['move_type', 'in', documentTypes], ...period], [['move_type', 'in', documentTypes], ['display_type', '=', 'product'], ...period]);
  }

  openBills(): Promise<Sourced<DocumentBook>> {
    const bills = ['in_invoice', 'in_refund'];
    return this.book(
      [['move_type', 'in', bills], ['state', 'in', ['draft', 'posted']], ['payment_state', 'not in', unpaid]],
      [['move_id.move_type', 'in', bills], ['parent_state', 'in', ['draft', 'posted']], ['move_id.payment_state', 'not in', unpaid], ['display_type', '=', 'product']],
    );
  }

  async bank(): Promise<Sourced<BankBook>> {
    const groupby = ['journal_id', 'date:month'];
    const [journals, inflows, outflows] = await Promise.all([
      this.client.searchRead<{ id: number; name: string; code: string | false; type: string }>('account.journal', [['type', 'in', ['bank', 'cash']]], ['name', 'code', 'type']),
      this.client.aggregate('account.bank.statement.line', [['state', '=', 'posted'], ['amount', '>', 0]], groupby, ['amount:sum']),
      this.client.aggregate('account.bank.statement.line', [['state', '=', 'posted'], ['amount', '<', 0]], groupby, ['amount:sum']),
    ]);
    const flows = new Map<string, BankBook['flows'][number]>();
    const add = (rows: typeof inflows.value, inflow: boolean) => {
      for (const row of rows) {
        const journal = row.groups.journal_id;
        const month = row.groups['date:month'];
        if (!Array.isArray(journal) || typeof month !== 'string') continue;
        const key = `${journal[0]}|${month.slice(0, 7)}`;
        const flow = flows.get(key) ?? { journalId: journal[0] as number, month: month.slice(0, 7), inflowCents: 0, outflowCents: 0 };
        const cents = centsFromUpstreamNumber(row.values['amount:sum'] ?? 0);
        if (inflow) flow.inflowCents += cents;
        else flow.outflowCents -= cents;
        flows.set(key, flow);
      }
    };
    add(inflows.value, true);
    add(outflows.value, false);
    return sourced([journals, inflows, outflows], {
      journals: journals.value.map((j) => ({ id: j.id, name: j.name, code: j.code || '', kind: j.type === 'cash' ? ('CASH' as const) : ('BANK' as const) })),
      flows: [...flows.values()].sort((a, b) => a.journalId - b.journalId || a.month.localeCompare(b.month)),
    });
  }

  async status(): Promise<DependencyStatus> {
    try {
      const { value, stale, readAt } = await this.client.version();
      if (stale) return { up: false, detail: `Odoo ne répond pas ; dernière réponse à ${readAt.toISOString()}` };
      return { up: true, detail: `Odoo ${value.serverVersion}` };
    } catch (error) {
      return { up: false, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.client.close();
  }

  /** Moves and their product lines, read in parallel (two calls, paged). */
  private async book(moveDomain: unknown[], lineDomain: unknown[]): Promise<Sourced<DocumentBook>> {
    const [moves, lines] = await Promise.all([
      this.client.searchReadAll<OdooMoveRow>('account.move', moveDomain, moveFields),
      this.client.searchReadAll<OdooMoveLineRow>('account.move.line', lineDomain, lineFields),
    ]);
    const book = this.once(moves.value, () => {
      const documents = moves.value.map(documentFrom).filter((d) => d !== undefined);
      const known = new Set(documents.map((d) => d.id));
      return { documents, lines: lines.value.map(lineFrom).filter((l) => l !== undefined && known.has(l.documentId)) as DocumentBook['lines'], from: lines.value };
    });
    // The lines were read apart from the moves: map again when they changed.
    const current = book.from === lines.value ? book : { ...book, lines: lines.value.map(lineFrom).filter((l) => l !== undefined) as DocumentBook['lines'], from: lines.value };
    return sourced([moves, lines], { documents: current.documents, lines: current.lines });
  }

  private once<T>(raw: object, map: () => T): T {
    if (!this.mapped.has(raw)) this.mapped.set(raw, map());
    return this.mapped.get(raw) as T;
  }

  private loadDirectory(): Promise<Directory> {
    this.loading ??= this.client
      .searchReadAll<OdooAnalyticAccountRow>('account.analytic.account', [], analyticAccountFields, { context: { active_test: false } })
      .then(({ value }) => (this.directory = { accounts: directoryFrom(value), loadedAt: Date.now() }))
      .finally(() => (this.loading = undefined));
    return this.loading;
  }
}
