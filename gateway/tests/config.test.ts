import { describe, expect, it } from 'vitest';
import { ConfigError } from '@alambic/subgraph-kit';
import { loadGatewayConfig } from '../src/config.js';

describe('gateway configuration', () => {
  it('has working defaults', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({ port: 4000, demoLogin: true, subgraphTimeoutMs: 10_000 });
  });

  it('names every bad variable and what is expected', () => {
    try {
      loadGatewayConfig({ PORT: 'quatre mille', IDENTITY_SECRET: 'court', EVENTS_SUBGRAPH_URL: 'pas une url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('IDENTITY_SECRET');
      expect(message).toContain('32 caractères');
      expect(message).toContain('EVENTS_SUBGRAPH_URL');
    }
  });
});
