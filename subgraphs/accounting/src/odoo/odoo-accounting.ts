import type { Sourced } from '@alambic/connector-kit';
import type { DependencyStatus, Logger } from '@alambic/subgraph-kit';
import type { AccountingSource, AnalyticAccount, AnalyticTotal } from '../accounting-source.js';
import { OdooClient } from './client.js';
import { analyticAccountFields, analyticTotalsQuery, directoryFrom, totalsFromGroups, type AnalyticGroupRow, type OdooAnalyticAccountRow } from './mapping.js';
import type { OdooSettings } from './settings.js';

interface Directory {
  accounts: AnalyticAccount[];
  loadedAt: number;
}

/** The accounting source backed by Odoo: a warm session and analytic directory, and one `read_group` per batch. */
export class OdooAccounting implements AccountingSource {
  readonly client: OdooClient;
  private directory: Directory | undefined;
  private loading: Promise<Directory> | undefined;
  private readonly directoryMaxAgeMs: number;
  /** Major version reported by the server, once known. */
  serverVersion: number | undefined;

  constructor(
    settings: OdooSettings,
    private readonly logger?: Logger,
  ) {
    this.client = new OdooClient(settings);
    this.directoryMaxAgeMs = settings.directoryMaxAgeMs ?? 600_000;
  }

  async warmUp(): Promise<void> {
    const version = await this.client.version();
    this.serverVersion = version.value.major;
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

  async analyticTotals(accountIds: readonly number[], years: readonly number[]): Promise<Sourced<AnalyticTotal[]>> {
    if (accountIds.length === 0 || years.length === 0) return { value: [], readAt: new Date(), stale: false };
    const { domain, fields, groupby } = analyticTotalsQuery(accountIds, years);
    const groups = await this.client.readGroup<AnalyticGroupRow>('account.analytic.line', domain, fields, groupby, { lazy: false });
    return { ...groups, value: totalsFromGroups(groups.value, years) };
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

  private loadDirectory(): Promise<Directory> {
    this.loading ??= this.client
      .searchReadAll<OdooAnalyticAccountRow>('account.analytic.account', [], analyticAccountFields, { context: { active_test: false } })
      .then(({ value }) => (this.directory = { accounts: directoryFrom(value), loadedAt: Date.now() }))
      .finally(() => (this.loading = undefined));
    return this.loading;
  }
}
