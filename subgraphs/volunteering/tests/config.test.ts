import { ConfigError } from '@alambic/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { loadStandaloneConfig, loadVolunteeringConfig } from '../src/config.js';
import { ocecoDemoSettings } from '../src/oceco/settings.js';

const valid = {
  OCECO_URL: 'https://oce.co.tools/',
  OCECO_ORG_ID: '5d9f0c0e40bb4e2b3c8b4567',
  OCECO_EMAIL: 'hub@laraffinerie.re',
  OCECO_PASSWORD: 's3cret',
};

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('volunteering configuration', () => {
  it('is demo mode (no Oceco settings) when OCECO_URL is unset', () => {
    expect(loadVolunteeringConfig({}).oceco).toBeUndefined();
    expect(loadVolunteeringConfig({ OCECO_URL: '  ', OCECO_EMAIL: 'x' }).oceco).toBeUndefined();
  });

  it('reads complete settings and trims the URL', () => {
    const { oceco } = loadVolunteeringConfig({ ...valid, OCECO_ACCESS_TOKEN: 'tok', OCECO_USER_ID: '5e1a00000000000000000001', OCECO_TIMEOUT_MS: '2500' });
    expect(oceco).toEqual({ url: 'https://oce.co.tools', organizationId: valid.OCECO_ORG_ID, email: valid.OCECO_EMAIL, password: valid.OCECO_PASSWORD, accessToken: 'tok', userId: '5e1a00000000000000000001', timeoutMs: 2500 });
  });

  it('lists every missing or invalid variable by name, without echoing the password', () => {
    const problems = problemsOf(() => loadVolunteeringConfig({ OCECO_URL: 'ftp://oce.co.tools', OCECO_ORG_ID: 'raffinerie', OCECO_TIMEOUT_MS: 'vite' }));
    const text = problems.join('\n');
    for (const name of ['OCECO_URL', 'OCECO_ORG_ID', 'OCECO_EMAIL', 'OCECO_PASSWORD', 'OCECO_TIMEOUT_MS']) expect(text).toContain(name);
    expect(problems).toHaveLength(5);
    const withPassword = problemsOf(() => loadVolunteeringConfig({ ...valid, OCECO_PASSWORD: 'hunter2-secret', OCECO_ORG_ID: 'bad' }));
    expect(withPassword.join('\n')).not.toContain('hunter2-secret');
  });

  it('requires the REST token and user id together', () => {
    expect(problemsOf(() => loadVolunteeringConfig({ ...valid, OCECO_ACCESS_TOKEN: 'tok' })).join()).toContain('OCECO_USER_ID');
    expect(problemsOf(() => loadVolunteeringConfig({ ...valid, OCECO_USER_ID: '5e1a00000000000000000001' })).join()).toContain('OCECO_ACCESS_TOKEN');
  });

  it('needs IDENTITY_SECRET to run alone, and defaults the port to 4004', () => {
    expect(problemsOf(() => loadStandaloneConfig({})).join()).toContain('IDENTITY_SECRET');
    expect(loadStandaloneConfig({ IDENTITY_SECRET: 'x' })).toMatchObject({ port: 4004, host: '127.0.0.1', oceco: undefined });
    expect(problemsOf(() => loadStandaloneConfig({ IDENTITY_SECRET: 'x', PORT: '99999' })).join()).toContain('PORT');
  });

  it('gives demo settings pointing at the simulator with the demo admin account', () => {
    expect(ocecoDemoSettings('http://127.0.0.1:4012')).toMatchObject({
      url: 'http://127.0.0.1:4012',
      organizationId: '5d9f0c0e40bb4e2b3c8b4567',
      email: 'camille.payet@laraffinerie.re',
      userId: '5e1a00000000000000000001',
    });
  });
});
