import { ConfigError } from '@alambic/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { loadEventsConfig, loadEventsServerConfig, tibilletDemoSettings } from '../src/config.js';
import { DEMO_KEY } from './helpers.js';

function problems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('ConfigError attendue');
}

describe('events configuration', () => {
  it('is in demo mode without TIBILLET_URL', () => {
    expect(loadEventsConfig({})).toEqual({ tibillet: undefined });
  });

  it('reads a real TiBillet with defaults', () => {
    expect(loadEventsConfig({ TIBILLET_URL: 'https://raffinerie.tibillet.coop/', TIBILLET_API_KEY: DEMO_KEY })).toEqual({
      tibillet: { url: 'https://raffinerie.tibillet.coop', apiKey: DEMO_KEY, timeoutMs: 5000, cacheSeconds: 30 },
    });
  });

  it('names every variable at fault, without echoing the key', () => {
    const found = problems(() =>
      loadEventsConfig({ TIBILLET_URL: 'raffinerie.tibillet.coop', TIBILLET_API_KEY: 'secret-sans-point', TIBILLET_TIMEOUT_MS: '10', TIBILLET_CACHE_SECONDS: 'beaucoup' }),
    );
    expect(found).toHaveLength(4);
    for (const name of ['TIBILLET_URL', 'TIBILLET_API_KEY', 'TIBILLET_TIMEOUT_MS', 'TIBILLET_CACHE_SECONDS']) {
      expect(found.some((p) => p.startsWith(name))).toBe(true);
    }
    expect(found.join('\n')).not.toContain('secret-sans-point');
    expect(problems(() => loadEventsConfig({ TIBILLET_URL: 'https://raffinerie.tibillet.coop' }))).toEqual([
      expect.stringMatching(/^TIBILLET_API_KEY est obligatoire/),
    ]);
  });

  it('requires IDENTITY_SECRET and DATABASE_URL to run alone, and defaults the port to 4003', () => {
    expect(problems(() => loadEventsServerConfig({}))).toEqual([
      expect.stringMatching(/^IDENTITY_SECRET est obligatoire/),
      expect.stringMatching(/^DATABASE_URL est obligatoire/),
    ]);
    expect(problems(() => loadEventsServerConfig({ IDENTITY_SECRET: 's', DATABASE_URL: 'mysql://x/y' }))).toEqual([expect.stringMatching(/^DATABASE_URL n’est pas une URL valide/)]);
    expect(loadEventsServerConfig({ IDENTITY_SECRET: 's', DATABASE_URL: 'postgres://u:p@127.0.0.1:5440/alambic' })).toMatchObject({
      port: 4003,
      host: '127.0.0.1',
      identitySecret: 's',
      databaseUrl: 'postgres://u:p@127.0.0.1:5440/alambic',
      tibillet: undefined,
    });
  });

  it('gives the demo settings for the simulator', () => {
    expect(tibilletDemoSettings('http://127.0.0.1:4011')).toMatchObject({ url: 'http://127.0.0.1:4011', apiKey: DEMO_KEY, demo: true });
  });
});
