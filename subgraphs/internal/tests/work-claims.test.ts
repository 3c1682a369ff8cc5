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

const secret = 'work-test-secret';
let db: EmbeddedDatabase;
let server: SubgraphServer;
let url: string;

const admin = memberByEmail('camille.payet@laraffinerie.re');
const maelle = memberByEmail('maelle.grondin@laraffinerie.re'); // facilitator of Culture (1000)
const lucas = memberByEmail('lucas.morel@laraffinerie.re'); // planning role on Programmation (1100)
const louis = memberByEmail('louis.clain@laraffinerie.re'); // no role
const manon = memberByEmail('manon.lebon@laraffinerie.re');
const concerts = circleByCode('1110');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const as = (member: { id: string; isAdmin?: boolean }) => ({ [IDENTITY_HEADER]: signIdentity({ kind: 'member', memberId: member.id, isAdmin: Boolean(member.isAdmin), requestId: 't' }, secret) });

async function gql(query: string, variables: Record<string, unknown>, who: { id: string; isAdmin?: boolean }) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...as(who) }, body: JSON.stringify({ query, variables }) });
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

const createMission = `mutation($input: MissionInput!) { createMission(input: $input) { id status kind remuneration envelope { envelope remaining } } }`;
const apply = `mutation($id: ID!) { applyToMission(missionId: $id, motivation: "Partant·e") { id status } }`;
const decide = `mutation($id: ID!, $accept: Boolean!) { decideApplication(id: $id, accept: $accept) { id status decidedBy { id } } }`;
const propose = `mutation($input: RemunerationClaimInput!) { proposeRemuneration(input: $input) { id state amountProposed } }`;
const validate = `mutation($id: ID!, $amount: Money, $note: String) { validateRemuneration(id: $id, amount: $amount, note: $note) { id state amount amountValidated regulated validatedBy { id } } }`;
const invoice = `mutation($id: ID!, $n: String!) { invoiceRemuneration(id: $id, invoiceNumber: $n) { id state invoiceNumber } }`;
const paid = `mutation($id: ID!, $ref: String!) { markRemunerationPaid(id: $id, reference: $ref) { id state paymentReference paidAt history { fromState toState at by { id } } } }`;
const envelope = `query($id: ID!) { mission(id: $id) { status acceptedCount envelope { envelope claimed validated remaining committed paid overClaimed } } }`;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-work-'));
  db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  server = await createInternalSubgraph({ databaseUrl: db.url, identitySecret: secret, logger: pino({ level: 'silent' }) });
  url = await server.listen(0);
});

afterAll(async () => {
  await server?.close();
  await db?.stop();
});

const base = { circleId: concerts.id, kind: 'CARE', title: 'Bienveillance festival', remuneration: '1000.00', minPeople: 1, maxPeople: 2, applicationDeadline: '2030-01-31' };
let missionId: string;
let claimId: string;

describe('missions and applications', () => {
  it('lets a role holder of the circle (or above) publish, members apply, and another person of the circle decide', async () => {
    const created = await gql(createMission, { input: base }, maelle);
    expect(created.errors).toBeUndefined();
    expect(created.data.createMission).toMatchObject({ status: 'OPEN', kind: 'CARE', remuneration: '1000.00', envelope: { envelope: '1000.00', remaining: '1000.00' } });
    missionId = created.data.createMission.id;

    const forbidden = await gql(createMission, { input: base }, louis);
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const mine = await gql(apply, { id: missionId }, lucas);
    expect(mine.data.applyToMission.status).toBe('APPLIED');
    expect((await gql(apply, { id: missionId }, lucas)).errors?.[0].message).toMatch(/déjà candidaté/);
    expect((await gql(decide, { id: mine.data.applyToMission.id, accept: true }, lucas)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(decide, { id: mine.data.applyToMission.id, accept: true }, louis)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const accepted = await gql(decide, { id: mine.data.applyToMission.id, accept: true }, maelle);
    expect(accepted.data.decideApplication).toMatchObject({ status: 'ACCEPTED', decidedBy: { id: maelle.id } });
    expect((await gql(decide, { id: mine.data.applyToMission.id, accept: false }, maelle)).errors?.[0].message).toMatch(/Transition interdite/);

    const second = await gql(apply, { id: missionId }, manon);
    await gql(decide, { id: second.data.applyToMission.id, accept: true }, maelle);
    const state = await gql(envelope, { id: missionId }, louis);
    expect(state.data.mission).toMatchObject({ status: 'STAFFED', acceptedCount: 2 });
    expect((await gql(apply, { id: missionId }, louis)).errors?.[0].message).toMatch(/pas ouverte/);
  });

  it('refuses invalid missions with a clear error and writes nothing', async () => {
    const before = await count('mission');
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ title: '  ' }, /intitulé/],
      [{ remuneration: '0.00' }, /positif/],
      [{ minPeople: 3, maxPeople: 2 }, /maximum/],
      [{ applicationDeadline: '2020-01-01' }, /déjà passée/],
      [{ circleId: 'c0000000-0000-4000-8000-999999999999' }, /Cercle inconnu/],
      [{ budgetLineId: 'c0000000-0000-4000-8000-999999999999' }, /prévisionnel inconnue/],
    ];
    for (const [change, message] of cases) {
      const { errors } = await gql(createMission, { input: { ...base, ...change } }, admin);
      expect(errors?.[0].extensions.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message, JSON.stringify(change)).toMatch(message);
    }
    expect(await count('mission')).toBe(before);
  });
});

describe('co-remuneration claims', () => {
  const claim = { workDate: '2026-10-17', hours: 12.5, description: 'Accueil des artistes et coordination', amount: '700.00' };

  it('only accepted people propose, with validated inputs and nothing written on error', async () => {
    const before = await count('remuneration_claim');
    expect((await gql(propose, { input: { ...claim, missionId } }, louis)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ hours: 0 }, /heures/],
      [{ amount: '-3.00' }, /positif/],
      [{ description: '' }, /description/],
      [{ workDate: '2099-01-01' }, /futur/],
      [{ workDate: '2026-02-30' }, /n’est pas une date/],
      [{ docsUrl: 'ftp://x' }, /http/],
    ];
    for (const [change, message] of cases) {
      const { errors } = await gql(propose, { input: { ...claim, missionId, ...change } }, lucas);
      expect(errors?.[0].message, JSON.stringify(change)).toMatch(message);
    }
    expect(await count('remuneration_claim')).toBe(before);
    const ok = await gql(propose, { input: { ...claim, missionId } }, lucas);
    expect(ok.data.proposeRemuneration).toMatchObject({ state: 'PROPOSED', amountProposed: '700.00' });
    claimId = ok.data.proposeRemuneration.id;
    await gql(propose, { input: { ...claim, missionId, amount: '450.00' } }, manon);
    const { data } = await gql(envelope, { id: missionId }, lucas);
    expect(data.mission.envelope).toEqual({ envelope: '1000.00', claimed: '1150.00', validated: '0.00', remaining: '1000.00', committed: '0.00', paid: '0.00', overClaimed: true });
  });

  it('refuses self-validation, forbidden jumps and outsiders; regulation needs a reason', async () => {
    expect((await gql(validate, { id: claimId }, lucas)).errors?.[0].message).toMatch(/jamais sa propre/);
    expect((await gql(validate, { id: claimId }, louis)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(invoice, { id: claimId, n: 'F-1' }, lucas)).errors?.[0].message).toMatch(/Transition interdite.*proposée.*facturée/);
    expect((await gql(paid, { id: claimId, ref: 'VIR' }, admin)).errors?.[0].message).toMatch(/Transition interdite/);
    expect((await gql(validate, { id: claimId, amount: '600.00' }, maelle)).errors?.[0].message).toMatch(/motif/);
    const regulated = await gql(validate, { id: claimId, amount: '600.00', note: 'Fourchette journalière' }, maelle);
    expect(regulated.data.validateRemuneration).toMatchObject({ state: 'VALIDATED', amount: '600.00', amountValidated: '600.00', regulated: true, validatedBy: { id: maelle.id } });
    expect((await gql(validate, { id: claimId }, maelle)).errors?.[0].message).toMatch(/Transition interdite/);
    expect((await gql(paid, { id: claimId, ref: 'VIR' }, admin)).errors?.[0].message).toMatch(/Transition interdite.*validée.*payée/);
    const { data } = await gql(envelope, { id: missionId }, lucas);
    expect(data.mission.envelope).toMatchObject({ validated: '600.00', remaining: '400.00', committed: '600.00', claimed: '1150.00' });
  });

  it('counts validated unpaid claims as committed for the circle, its parents and the organisation', async () => {
    const q = `query($year: Int!) { circles { analyticCode claimsCommitted(year: $year) } organisationClaimsCommitted(year: $year) }`;
    const { data, errors } = await gql(q, { year: 2026 }, louis);
    expect(errors).toBeUndefined();
    const of = (code: string) => data.circles.find((c: any) => c.analyticCode === code).claimsCommitted;
    // Demo: 350.00 validated (1110) + 250.00 invoiced (1110) + this test's 600.00; 160.00 validated on the compost action (4111).
    expect(of('1110')).toBe('1200.00');
    expect(of('1000')).toBe('1200.00');
    expect(of('4111')).toBe('160.00');
    expect(of('2100')).toBe('0.00');
    expect(data.organisationClaimsCommitted).toBe('1360.00');
  });

  it('the claimant invoices, an admin marks paid; who and when is kept at every step', async () => {
    expect((await gql(invoice, { id: claimId, n: 'F-1' }, maelle)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(invoice, { id: claimId, n: '   ' }, lucas)).errors?.[0].message).toMatch(/numéro de facture/);
    expect((await gql(invoice, { id: claimId, n: 'FAC-2026-042' }, lucas)).data.invoiceRemuneration).toMatchObject({ state: 'INVOICED', invoiceNumber: 'FAC-2026-042' });
    expect((await gql(paid, { id: claimId, ref: 'VIR-1' }, maelle)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const done = await gql(paid, { id: claimId, ref: 'VIR-20261120' }, admin);
    expect(done.data.markRemunerationPaid.state).toBe('PAID');
    expect(done.data.markRemunerationPaid.history.map((h: any) => [h.fromState, h.toState, h.by.id])).toEqual([
      [null, 'PROPOSED', lucas.id],
      ['PROPOSED', 'VALIDATED', maelle.id],
      ['VALIDATED', 'INVOICED', lucas.id],
      ['INVOICED', 'PAID', admin.id],
    ]);
    expect((await gql(paid, { id: claimId, ref: 'VIR-2' }, admin)).errors?.[0].message).toMatch(/aucune étape ne suit/);
    const { data } = await gql(envelope, { id: missionId }, lucas);
    expect(data.mission.envelope).toMatchObject({ validated: '600.00', committed: '0.00', paid: '600.00', remaining: '400.00' });
  });
});

describe('my work (personal page)', () => {
  const q = `{ myWork { claimsToValidate { id member { id } } applicationsToDecide { id } toInvoice { id } myClaims { state amount }
    missions { mission { id kind } estimatedRemuneration } totals { toValidate toInvoice toBePaid paid estimated } } }`;

  it('shows what I must validate (never my own), invoice, am owed and was paid, and my estimated remuneration', async () => {
    const forMaelle = (await gql(q, {}, maelle)).data.myWork;
    expect(forMaelle.claimsToValidate.length).toBeGreaterThan(0);
    expect(forMaelle.claimsToValidate.every((c: any) => c.member.id !== maelle.id)).toBe(true);
    const forLucas = (await gql(q, {}, lucas)).data.myWork;
    // Lucas: demo 300.00 paid + 350.00 validated on the concerts; this test's 600.00 paid.
    expect(forLucas.totals).toMatchObject({ toInvoice: '350.00', toBePaid: '0.00', paid: '900.00' });
    expect(forLucas.toInvoice).toHaveLength(1);
    const festival = forLucas.missions.find((x: any) => x.mission.id === missionId);
    // Envelope 1000 − validated 600, shared by the two accepted people.
    expect(festival.estimatedRemuneration).toBe('200.00');
    const forLouis = (await gql(q, {}, louis)).data.myWork;
    expect(forLouis.claimsToValidate).toEqual([]);
    expect(forLouis.applicationsToDecide).toEqual([]);
  });
});
