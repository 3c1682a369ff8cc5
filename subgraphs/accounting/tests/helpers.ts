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
