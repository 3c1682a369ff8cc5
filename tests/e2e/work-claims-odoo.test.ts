import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { members } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.login('camille.payet@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

async function sql(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: hub.stack.database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('a co-remuneration claim and its bill in Odoo', () => {
  it('finds the claimant’s bill by its invoice number and says whether Odoo paid it', async () => {
    // A member whose bills Odoo holds (co-remuneration bills of the demo books).
    const withBills = [];
    for (const m of members) {
      const { data } = await hub.gql('query($id: ID!) { member(id: $id) { accountingDocuments(year: 2026) { items { kind reference paymentState } } } }', { id: m.id }, admin);
      const bills = (data.member.accountingDocuments?.items ?? []).filter((d: any) => d.kind === 'BILL' && d.reference);
      if (bills.length) withBills.push({ member: m, bill: bills[0] });
    }
    expect(withBills.length).toBeGreaterThan(0);
    const { member, bill } = withBills[0];
    const [claim] = await sql(`SELECT id FROM remuneration_claim WHERE state = 'INVOICED' LIMIT 1`, []);
    expect(claim).toBeDefined();
    await sql(`UPDATE remuneration_claim SET member_id = $1, invoice_number = $2, work_date = '2026-06-15' WHERE id = $3`, [member.id, ` ${bill.reference.toLowerCase()} `, claim.id]);

    const { data, errors } = await hub.gql(
      `query { remunerationClaims(states: [INVOICED]) { id invoiceNumber odooBill { reference paymentState paid } } }`,
      {},
      admin,
    );
    expect(errors).toBeUndefined();
    const found = data.remunerationClaims.find((c: any) => c.id === claim.id);
    expect(found.odooBill).toMatchObject({ reference: bill.reference, paymentState: bill.paymentState, paid: ['PAID', 'IN_PAYMENT'].includes(bill.paymentState) });
    const others = data.remunerationClaims.filter((c: any) => c.id !== claim.id);
    expect(others.every((c: any) => c.odooBill === null)).toBe(true);
  });
});
