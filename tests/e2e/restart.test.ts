import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub | undefined;

afterAll(async () => {
  await hub?.stack.stop();
});

describe('restarting the hub', () => {
  it('finds the data written before the restart', async () => {
    hub = await startTestHub();
    const client = new pg.Client({ connectionString: hub.stack.database.url });
    await client.connect();
    await client.query(
      `INSERT INTO member (first_name, last_name, email, implication) VALUES ('Nouvelle', 'Personne', 'nouvelle.personne@laraffinerie.re', 'DISCOVERER')`,
    );
    await client.end();
    const dataDir = hub.dataDir;
    await hub.stack.stop();

    hub = await startTestHub({ dataDir });
    const cookie = await hub.login('nouvelle.personne@laraffinerie.re');
    const { data } = await hub.gql('{ me { displayName } }', {}, cookie);
    expect(data.me.displayName).toBe('Nouvelle Personne');
  });
});
