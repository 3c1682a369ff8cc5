import { circles } from '@alambic/demo-data';
import { createLogger, IDENTITY_HEADER, signIdentity } from '@alambic/subgraph-kit';
import type { OdooSimulator } from '../src/odoo/simulator/index.js';

export const secret = 'test-identity-secret';
export const silentLogger = createLogger('accounting-test', 'silent');

export function memberHeader(): Record<string, string> {
  return { [IDENTITY_HEADER]: signIdentity({ kind: 'member', memberId: 'b0000000-0000-4000-8000-000000000001', isAdmin: false, requestId: 'test' }, secret) };
}

/** Posts a GraphQL request to a subgraph. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = memberHeader()) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

export const entitiesQuery = `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Circle { id actuals(year: $year) { year spent collected readAt stale } } } }`;

export const representations = (codes?: string[]) =>
  circles.filter((c) => !codes || codes.includes(c.analyticCode)).map((c) => ({ __typename: 'Circle', id: c.id, analyticCode: c.analyticCode }));

/** What the simulator's own analytic lines say a circle (and its descendants) spent and collected in a year, in cents. */
export function expectedActuals(simulator: OdooSimulator, code: string, year: number): { spent: number; collected: number } {
  const prefix = code.replace(/0+$/, '');
  const db = simulator.database;
  let spent = 0;
  let collected = 0;
  for (const line of db.rows('account.analytic.line')) {
    if (typeof line.account_id !== 'number') continue;
    const account = db.byId('account.analytic.account', line.account_id)!;
    if (!/^\d{4}$/.test(String(account.code)) || !String(account.code).startsWith(prefix)) continue;
    if (!String(line.date).startsWith(`${year}-`)) continue;
    const cents = Math.round(Number(line.amount) * 100);
    if (cents < 0) spent -= cents;
    else collected += cents;
  }
  return { spent, collected };
}

export const euros = (cents: number) => `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

export function memberHeaderFor(memberId: string, isAdmin = false): Record<string, string> {
  return { [IDENTITY_HEADER]: signIdentity({ kind: 'member', memberId, isAdmin, requestId: 'test' }, secret) };
}

/** The « Suivi budgétaire » of circles, as the web page asks it. */
export const budgetQuery = `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Circle { id
  actuals(year: $year) { spent collected readAt stale categories { category direction label amount } months { month spent collected categories { category amount } } }
  committed { amount billCount readAt stale }
} } }`;

export const documentsQuery = `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Circle { id
  accountingDocuments(year: $year) { readAt stale items { id number kind state partnerName date dueDate total residual paymentState category circleShare } }
  grantReceipts(year: $year) { invoiced received readAt stale items { documentId number funder fundingAccount date invoiced received toReceive paymentState } }
} } }`;

export const memberDocumentsQuery = `query($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Member { id
  accountingDocuments(year: $year) { readAt stale items { number kind partnerName total residual paymentState category } }
} } }`;

export const organisationQuery = `query($year: Int!) {
  organisationActuals(year: $year) { spent collected categories { category amount } months { month spent collected } readAt stale }
  organisationCommitted { amount billCount }
  accountingDocuments(year: $year) { items { id kind state paymentState } readAt stale }
  bankPosition(year: $year) { balance readAt stale accounts { id name code kind openingBalance balance months { month inflow outflow closingBalance } } }
}`;

/** Cents from a Money string ("1234.50" → 123450). */
export const cents = (money: string) => {
  const [units, decimals = '0'] = money.replace('-', '').split('.');
  const value = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  return money.startsWith('-') ? -value : value;
};
