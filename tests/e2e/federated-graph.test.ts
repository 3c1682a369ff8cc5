import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles, members } from '@alambic/demo-data';
import { startTestHub, type TestHub } from '../support/hub.js';

const allFour = `
  query Tout($year: Int!) {
    circles { analyticCode name vacantRoleCount actuals(year: $year) { spent collected stale } }
    members { id displayName volunteer { linked balance unit } }
    events { id name start }
  }
`;

let hub: TestHub;
let cookie: string;

beforeAll(async () => {
  hub = await startTestHub();
  cookie = await hub.login('maelle.grondin@laraffinerie.re');
});

afterAll(async () => {
  await hub?.stack.stop();
});

describe('the federated graph, end to end', () => {
  it('answers one query touching all four subgraphs', async () => {
    const { data, errors } = await hub.gql(allFour, { year: 2026 }, cookie);
    expect(errors).toBeUndefined();
    expect(data.circles).toHaveLength(circles.length);
    const culture = data.circles.find((c: any) => c.analyticCode === '1000');
    expect(Number(culture.actuals.spent)).toBeGreaterThan(0);
    expect(culture.actuals.spent).toMatch(/^\d+\.\d{2}$/);
    expect(culture.vacantRoleCount).toBeGreaterThan(0);
    const withOceco = members.find((m) => m.ocecoUserId)!;
    const withoutOceco = members.find((m) => !m.ocecoUserId)!;
    expect(data.members.find((m: any) => m.id === withOceco.id).volunteer).toMatchObject({ linked: true, balance: withOceco.ocecoCredits, unit: 'R' });
    expect(data.members.find((m: any) => m.id === withoutOceco.id).volunteer).toMatchObject({ linked: false, balance: 0 });
    expect(data.events.map((e: any) => e.name)).toContain('Soirée Dub');
  });

  it('refuses anonymous callers on member data, and anonymous introspection', async () => {
    const anonymous = await hub.gql('{ circles { name } }');
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0].message).toMatch(/Connexion requise/);
    const introspection = await hub.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const me = await hub.gql('{ me { id } }');
    expect(me.data).toEqual({ me: null });
  });

  it('carries the rights of a demo admin, and refuses admin-only queries to other members in French', async () => {
    const admin = await hub.login('camille.payet@laraffinerie.re');
    const asAdmin = await hub.gql('query($e: String!) { me { isAdmin } memberByEmail(email: $e) { displayName } }', { e: 'theo.fontaine@laraffinerie.re' }, admin);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data).toEqual({ me: { isAdmin: true }, memberByEmail: { displayName: 'Théo Fontaine' } });
    const asMember = await hub.gql('query($e: String!) { memberByEmail(email: $e) { displayName } }', { e: 'theo.fontaine@laraffinerie.re' }, cookie);
    expect(asMember.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(asMember.errors?.[0].message).toMatch(/réservée aux administrateur/);
  });

  it('keeps account emails out of the public graph: people see addresses only through the contact visibility', async () => {
    const { errors } = await hub.gql('{ members { email } }', {}, cookie);
    expect(errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0].message).not.toMatch(/@inaccessible|internal/);
  });

  it('lets a subgraph reached directly without the gateway answer nothing', async () => {
    for (const subgraph of Object.values(hub.stack.subgraphs)) {
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      const body = (await response.json()) as any;
      expect(response.status, subgraph.name).toBe(401);
      expect(body.data, subgraph.name).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('reports health and readiness of every subgraph and upstream', async () => {
    const health = await fetch(`${hub.stack.gatewayUrl}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${hub.stack.gatewayUrl}/ready`);
    const body = (await ready.json()) as any;
    expect(ready.status).toBe(200);
    expect(Object.keys(body.subgraphs).sort()).toEqual(['accounting', 'events', 'internal', 'volunteering']);
    expect(body.subgraphs.internal.dependencies.postgresql.up).toBe(true);
  });

  it('serves an offline explorer on a browser GET of /graphql', async () => {
    const response = await fetch(`${hub.stack.gatewayUrl}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
    expect(html).not.toContain('cdn.apollographql.com');
  });

  it('keeps CSRF prevention on: a simple GET query without a preflight header is refused', async () => {
    const response = await fetch(`${hub.stack.gatewayUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { cookie } });
    expect(response.status).toBe(400);
  });
});
