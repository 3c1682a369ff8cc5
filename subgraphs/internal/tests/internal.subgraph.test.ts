import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@alambic/embedded-db';
import { assignments, circles, members, roleCatalogue } from '@alambic/demo-data';
import { IDENTITY_HEADER, signIdentity, type SubgraphServer } from '@alambic/subgraph-kit';
import { createInternalSubgraph } from '../src/subgraph.js';

const secret = 'test-secret';
let db: EmbeddedDatabase;
let server: SubgraphServer;
let url: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function query(body: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = signedAs(members[0].id)) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: body, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

function signedAs(memberId: string | null) {
  return {
    [IDENTITY_HEADER]: signIdentity({ kind: memberId ? 'member' : 'anonymous', memberId, isAdmin: false, requestId: 't' }, secret),
  };
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-internal-'));
  db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: await freePort() });
  server = await createInternalSubgraph({ databaseUrl: db.url, identitySecret: secret, logger: pino({ level: 'silent' }) });
  url = await server.listen(0);
});

afterAll(async () => {
  await server?.close();
  await db?.stop();
});

describe('internal subgraph', () => {
  it('refuses a request without a signed identity, with no data', async () => {
    const { status, body } = await query('{ circles { id } }', {}, {});
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an anonymous caller on member data', async () => {
    const { body } = await query('{ circles { id } }', {}, signedAs(null));
    expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the seeded circle tree with analytic codes', async () => {
    const { body } = await query('{ circles { name kind analyticCode parent { analyticCode } children { analyticCode } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.circles).toHaveLength(circles.length);
    const culture = body.data.circles.find((c: any) => c.analyticCode === '1000');
    expect(culture).toMatchObject({ name: 'Culture', kind: 'GROUP', parent: null });
    expect(culture.children.map((c: any) => c.analyticCode)).toEqual(['1100', '1200']);
  });

  it('seeds the whole role catalogue on groups and pôles', async () => {
    const { body } = await query('{ circles { kind roles { name accountabilities required } } }');
    const groupRoles = body.data.circles.find((c: any) => c.kind === 'GROUP').roles.map((r: any) => r.name).sort();
    expect(groupRoles).toEqual(roleCatalogue.filter((t) => t.appliesTo === 'GROUP').map((t) => t.name).sort());
    const budget = body.data.circles.find((c: any) => c.kind === 'POLE').roles.find((r: any) => r.name === 'Budget');
    expect(budget.accountabilities.length).toBeGreaterThan(2);
  });

  it('counts vacant roles, an ended term included', async () => {
    const { body } = await query('{ circles { analyticCode vacantRoleCount roles { name vacant fillers { member { email } } } } }');
    const culture = body.data.circles.find((c: any) => c.analyticCode === '1000');
    const requiredGroupRoles = roleCatalogue.filter((t) => t.appliesTo === 'GROUP' && t.required);
    const filledOpen = new Set(assignments.filter((a) => a.circleCode === '1000' && a.until === null).map((a) => a.roleKey));
    const expected = requiredGroupRoles.filter((t) => !filledOpen.has(t.key)).length;
    expect(culture.vacantRoleCount).toBe(expected);
    // Évaluateur·trice's term ended on 2026-06-30: the role is vacant again.
    expect(culture.roles.find((r: any) => r.name === 'Évaluateur·trice').vacant).toBe(true);
    expect(culture.roles.find((r: any) => r.name === 'Facilitateur·trice').fillers[0].member.email).toBe('maelle.grondin@laraffinerie.re');
  });

  it('resolves Circle and Member references in one batch', async () => {
    const { body } = await query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Circle { name } ... on Member { displayName ocecoUserId } } }',
      { r: [{ __typename: 'Circle', id: circles[0].id }, { __typename: 'Member', id: members[1].id }, { __typename: 'Circle', id: 'c0000000-0000-4000-8000-999999999999' }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ name: circles[0].name }, { displayName: 'Julien Hoarau', ocecoUserId: members[1].ocecoUserId }, null]);
  });

  it('knows who is asking', async () => {
    const { body } = await query('{ me { email } }', {}, signedAs(members[2].id));
    expect(body.data.me.email).toBe(members[2].email);
  });

  it('keeps the data across a restart of the subgraph (nothing re-seeded twice)', async () => {
    await server.close();
    server = await createInternalSubgraph({ databaseUrl: db.url, identitySecret: secret, logger: pino({ level: 'silent' }) });
    url = await server.listen(0);
    const { body } = await query('{ members { id } }');
    expect(body.data.members).toHaveLength(members.length);
  });
});
