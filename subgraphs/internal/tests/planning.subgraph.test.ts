import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@alambic/embedded-db';
import { circleByCode, memberByEmail } from '@alambic/demo-data';
import { IDENTITY_HEADER, signIdentity, type SubgraphServer } from '@alambic/subgraph-kit';
import { createInternalSubgraph } from '../src/subgraph.js';

const secret = 'planning-test-secret';
let db: EmbeddedDatabase;
let server: SubgraphServer;
let url: string;

const admin = memberByEmail('camille.payet@laraffinerie.re');
const cultureFacilitator = memberByEmail('maelle.grondin@laraffinerie.re');
const newcomer = memberByEmail('louis.clain@laraffinerie.re');
const culture = circleByCode('1000');
const programmation = circleByCode('1100');
const concerts = circleByCode('1110');
const cuisine = circleByCode('2100');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function as(member: { id: string }, isAdmin = false) {
  return { [IDENTITY_HEADER]: signIdentity({ kind: 'member', memberId: member.id, isAdmin, requestId: 't' }, secret) };
}

async function gql(query: string, variables: Record<string, unknown>, headers = as(admin, true)) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}

async function count(table: string): Promise<number> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  } finally {
    await client.end();
  }
}

const createLine = `mutation($input: BudgetLineInput!) { createBudgetLine(input: $input) { id period category direction amount } }`;
const forecast = `query($year: Int!) { circles { analyticCode forecast(year: $year) { expense income byCategory { category amount } } } organisationForecast(year: $year) { expense income byCategory { category amount } } }`;
const book = `mutation($input: InternalTransferInput!) { bookInternalTransfer(input: $input) { id amount status } }`;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-planning-'));
  db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  server = await createInternalSubgraph({ databaseUrl: db.url, identitySecret: secret, logger: pino({ level: 'silent' }) });
  url = await server.listen(0);
});

afterAll(async () => {
  await server?.close();
  await db?.stop();
});

const byCode = (data: any, code: string) => data.circles.find((c: any) => c.analyticCode === code).forecast;
const category = (f: any, name: string) => f.byCategory.find((c: any) => c.category === name).amount;

describe('forecasts', () => {
  it('records a line and rolls it up to the pôle, the group and the organisation, counted once', async () => {
    const a = await gql(createLine, { input: { circleId: concerts.id, period: '2026-S2', category: 'CARE', label: 'Bienveillance soirées', amount: '1200.00' } }, as(cultureFacilitator));
    expect(a.errors).toBeUndefined();
    expect(a.data.createBudgetLine).toMatchObject({ period: '2026-S2', direction: 'EXPENSE', amount: '1200.00' });
    await gql(createLine, { input: { circleId: programmation.id, period: '2026-03', category: 'SALE', label: 'Billetterie', amount: '800.50' } });
    const { data, errors } = await gql(forecast, { year: 2026 });
    expect(errors).toBeUndefined();
    expect(byCode(data, '1110')).toMatchObject({ expense: '1200.00', income: '0.00' });
    expect(byCode(data, '1100')).toMatchObject({ expense: '1200.00', income: '800.50' });
    expect(byCode(data, '1000')).toMatchObject({ expense: '1200.00', income: '800.50' });
    expect(data.organisationForecast).toMatchObject({ expense: '1200.00', income: '800.50' });
    expect(byCode(data, '2100')).toMatchObject({ expense: '0.00', income: '0.00' });
  });

  it('refuses bad input with a clear error and writes nothing', async () => {
    const before = await count('budget_line');
    const base = { circleId: concerts.id, period: '2026-04', category: 'CARE', label: 'x', amount: '10.00' };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ amount: '-5.00' }, /positif/],
      [{ amount: '20000000.00' }, /aberrant/],
      [{ circleId: 'c0000000-0000-4000-8000-999999999999' }, /Cercle inconnu/],
      [{ period: '1999-01' }, /hors limites/],
      [{ period: '2026-13' }, /AAAA-MM/],
      [{ category: 'INTERNAL_EXPENSE' }, /transfert interne/],
      [{ label: '   ' }, /libellé/],
      [{ grantId: 'f0000000-0000-4000-8000-000000000001' }, /Subvention inconnue/],
    ];
    for (const [change, message] of cases) {
      const { errors } = await gql(createLine, { input: { ...base, ...change } });
      expect(errors?.[0].extensions.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message, JSON.stringify(change)).toMatch(message);
    }
    expect(await count('budget_line')).toBe(before);
  });

  it('lets only people holding a role in the circle (or above) and admins plan its money', async () => {
    const { errors } = await gql(createLine, { input: { circleId: cuisine.id, period: '2026-05', category: 'CARE', label: 'x', amount: '10.00' } }, as(cultureFacilitator));
    expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
    const newcomerTry = await gql(createLine, { input: { circleId: concerts.id, period: '2026-05', category: 'CARE', label: 'x', amount: '10.00' } }, as(newcomer));
    expect(newcomerTry.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('internal transfers', () => {
  it('are booked on both sides and leave the consolidated totals unchanged', async () => {
    const before = (await gql(forecast, { year: 2026 })).data;
    const booked = await gql(book, { input: { fromCircleId: concerts.id, toCircleId: cuisine.id, amount: '250.00', date: '2026-10-18', reason: 'Repas des bénévoles', status: 'REAL' } });
    expect(booked.errors).toBeUndefined();
    const after = (await gql(forecast, { year: 2026 })).data;
    expect(category(byCode(after, '1110'), 'INTERNAL_EXPENSE')).toBe('250.00');
    expect(category(byCode(after, '2100'), 'INTERNAL_INCOME')).toBe('250.00');
    expect(category(byCode(after, '2000'), 'INTERNAL_INCOME')).toBe('250.00');
    expect(after.organisationForecast).toEqual(before.organisationForecast);
  });

  it('refuses a transfer from a circle to itself, and other bad input, writing nothing', async () => {
    const before = await count('internal_transfer');
    const base = { fromCircleId: concerts.id, toCircleId: cuisine.id, amount: '10.00', date: '2026-10-18', reason: 'x' };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ toCircleId: concerts.id }, /lui-même/],
      [{ amount: '0.00' }, /positif/],
      [{ date: '2026-02-30' }, /pas une date qui existe/],
      [{ reason: '' }, /motif/],
      [{ fromCircleId: 'nope' }, /Cercle inconnu/],
    ];
    for (const [change, message] of cases) {
      const { errors } = await gql(book, { input: { ...base, ...change } });
      expect(errors?.[0].message, JSON.stringify(change)).toMatch(message);
    }
    expect(await count('internal_transfer')).toBe(before);
  });
});

describe('grants', () => {
  const create = `mutation($input: GrantInput!) { createGrant(input: $input) { id status reportDueOn } }`;
  const move = `mutation($id: ID!, $status: GrantStatus!) { setGrantStatus(id: $id, status: $status) { status } }`;
  const base = { funder: 'Région Réunion', label: 'Festival Zot Musik 2026', circleIds: [culture.id], referentMemberId: cultureFacilitator.id };

  it('follows its life in order only, each step with what it needs', async () => {
    const { data, errors } = await gql(create, { input: { ...base, amountRequested: '15000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31' } });
    expect(errors).toBeUndefined();
    expect(data.createGrant).toMatchObject({ status: 'PROSPECT', reportDueOn: '2027-06-30' });
    const id = data.createGrant.id;
    const next = await gql(`query($id: ID!) { grant(id: $id) { nextStatuses } }`, { id });
    expect(next.data.grant.nextStatuses).toEqual(['DRAFTING', 'SUBMITTED']);
    const jump = await gql(move, { id, status: 'ACCEPTED' });
    expect(jump.errors?.[0].message).toMatch(/Passage impossible de « piste » à « acceptée »/);
    const submitWithoutDate = await gql(move, { id, status: 'SUBMITTED' });
    expect(submitWithoutDate.errors?.[0].message).toMatch(/la date de demande/);
    await gql(`mutation($id: ID!, $input: GrantInput!) { updateGrant(id: $id, input: $input) { id } }`, {
      id,
      input: { ...base, amountRequested: '15000.00', amountGranted: '12000.00', periodStart: '2026-01-01', periodEnd: '2026-12-31', requestedOn: '2026-02-01', acceptedOn: '2026-04-15' },
    });
    expect((await gql(move, { id, status: 'SUBMITTED' })).data.setGrantStatus.status).toBe('SUBMITTED');
    expect((await gql(move, { id, status: 'ACCEPTED' })).data.setGrantStatus.status).toBe('ACCEPTED');
    const back = await gql(move, { id, status: 'PROSPECT' });
    expect(back.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses dates out of order, writing nothing', async () => {
    const before = await count('"grant"');
    const { errors } = await gql(create, { input: { ...base, requestedOn: '2026-05-01', acceptedOn: '2026-03-01' } });
    expect(errors?.[0].message).toMatch(/précède/);
    const period = await gql(create, { input: { ...base, periodStart: '2026-12-01', periodEnd: '2026-01-01' } });
    expect(period.errors?.[0].message).toMatch(/précède/);
    expect(await count('"grant"')).toBe(before);
  });

  it('tracks instalments expected and received', async () => {
    const { data } = await gql(create, { input: { ...base, amountGranted: '3000.00' } });
    const id = data.createGrant.id;
    const add = `mutation($id: ID!, $input: GrantInstalmentInput!) { addGrantInstalment(grantId: $id, input: $input) { id } }`;
    const first = await gql(add, { id, input: { expectedOn: '2026-06-01', expected: '2000.00' } });
    await gql(add, { id, input: { expectedOn: '2026-12-01', expected: '1000.00' } });
    const tooMuch = await gql(add, { id, input: { expectedOn: '2027-01-01', expected: '0.01' } });
    expect(tooMuch.errors?.[0].message).toMatch(/dépasseraient/);
    await gql(`mutation($i: ID!) { recordGrantReceipt(instalmentId: $i, receivedOn: "2026-06-20", received: "1500.00") { id } }`, { i: first.data.addGrantInstalment.id });
    const grant = await gql(`query($id: ID!) { grant(id: $id) { received toReceive instalments { expected received } } }`, { id });
    expect(grant.data.grant).toMatchObject({ received: '1500.00', toReceive: '1500.00' });
  });
});

describe('cash lines', () => {
  it('are for admins only', async () => {
    const input = { month: '2026-12', direction: 'INCOME', amount: '5000.00', label: 'Prêt participatif' };
    const refused = await gql(`mutation($input: CashLineInput!) { createCashLine(input: $input) { id } }`, { input }, as(cultureFacilitator));
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const ok = await gql(`mutation($input: CashLineInput!) { createCashLine(input: $input) { id amount } }`, { input });
    expect(ok.data.createCashLine.amount).toBe('5000.00');
  });
});
