import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphServer } from '@alambic/subgraph-kit';
import { odooDemoSettings } from '../src/config.js';
import { ormCalls, startOdooSimulator, type OdooSimulator, type OdooVersion } from '../src/odoo/simulator/index.js';
import { createAccountingSubgraph } from '../src/subgraph.js';
import { budgetQuery, documentsQuery, gql, secret, silentLogger } from './helpers.js';

/** Every read goes to Odoo (no cache), so the counts are what a cold budget page costs. */
const noCache = { freshForMs: 0, retries: 0, volumeThreshold: 1000 };
const circlesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Circle', id: `c-${i}`, analyticCode: String(9001 + i) }));

for (const version of [17, 19] as OdooVersion[]) {
  describe(`Odoo calls of the budget view do not grow with the number of circles (Odoo ${version})`, () => {
    let simulator: OdooSimulator;
    let subgraph: SubgraphServer;
    let url: string;

    beforeAll(async () => {
      simulator = await startOdooSimulator({ version, extraProjects: 200 });
      subgraph = await createAccountingSubgraph({ settings: { ...odooDemoSettings(simulator.url, null), resilience: noCache }, identitySecret: secret, logger: silentLogger });
      url = await subgraph.listen(0);
    });

    afterAll(async () => {
      await subgraph?.close();
      await simulator?.close();
    });

    async function cost(query: string, circles: number) {
      simulator.control.resetCounts();
      const { body } = await gql(url, query, { r: circlesOf(circles), year: 2026 });
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toHaveLength(circles);
      return { calls: ormCalls(simulator), entities: body.data._entities };
    }

    it('actuals by category and month, and committed: the same few calls for 10 and for 200 circles', async () => {
      const ten = await cost(budgetQuery, 10);
      const twoHundred = await cost(budgetQuery, 200);
      expect(twoHundred.calls).toBe(ten.calls);
      // One aggregate for the actuals, two reads (bills, lines) for the committed amounts.
      expect(ten.calls).toBe(3);
      expect(ormCalls(simulator, `account.analytic.line.${version >= 19 ? 'formatted_read_group' : 'read_group'}`)).toBe(1);
      expect(twoHundred.entities.every((e: any) => Number(e.actuals.spent) > 0 && Number(e.actuals.collected) > 0)).toBe(true);
    });

    it('documents and grant receipts: the same calls for 10 and for 200 circles', async () => {
      const ten = await cost(documentsQuery, 10);
      const twoHundred = await cost(documentsQuery, 200);
      expect(twoHundred.calls).toBe(ten.calls);
      // A bill and an invoice each (codes ending in 0, like 9010, also cover their 9011…9019 children).
      expect(twoHundred.entities.every((e: any) => e.accountingDocuments.items.length >= 2)).toBe(true);
    });
  });
}
