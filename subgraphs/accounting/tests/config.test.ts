import { describe, expect, it } from 'vitest';
import { ConfigError } from '@alambic/subgraph-kit';
import { odooDemo } from '@alambic/demo-data';
import { loadAccountingConfig, loadAccountingMainConfig, odooDemoSettings } from '../src/config.js';

describe('accounting configuration', () => {
  it('is demo mode when ODOO_URL is unset', () => {
    expect(loadAccountingConfig({}).odoo).toBeUndefined();
  });

  it('reads a complete Odoo configuration', () => {
    const config = loadAccountingConfig({
      ODOO_URL: 'https://raffinerie.odoo.com/',
      ODOO_DB: 'raffinerie-prod',
      ODOO_LOGIN: 'hub@laraffinerie.re',
      ODOO_API_KEY: 'a'.repeat(40),
      ODOO_COMPANY_IDS: '1, 3',
    });
    expect(config.odoo).toEqual({ url: 'https://raffinerie.odoo.com', database: 'raffinerie-prod', login: 'hub@laraffinerie.re', apiKey: 'a'.repeat(40), companyIds: [1, 3], timeoutMs: 5000 });
  });

  it('lists every missing or invalid variable, naming each one', () => {
    let error: unknown;
    try {
      loadAccountingConfig({ ODOO_URL: 'ftp://nope', ODOO_API_KEY: 'my-password', ODOO_TIMEOUT_MS: 'soon' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['ODOO_URL', 'ODOO_DB', 'ODOO_LOGIN', 'ODOO_API_KEY', 'ODOO_TIMEOUT_MS']) expect(problems).toContain(name);
    expect(problems).toContain('40 caractères hexadécimaux');
    expect(problems).not.toContain('my-password');
  });

  it('requires IDENTITY_SECRET to run alone and defaults the port to 4002', () => {
    expect(() => loadAccountingMainConfig({})).toThrow(/IDENTITY_SECRET/);
    expect(loadAccountingMainConfig({ IDENTITY_SECRET: 's' })).toMatchObject({ port: 4002, host: '127.0.0.1', odoo: undefined });
  });

  it('gives demo settings for the simulator', () => {
    expect(odooDemoSettings('http://127.0.0.1:4010')).toEqual({ url: 'http://127.0.0.1:4010', database: odooDemo.database, login: odooDemo.login, apiKey: odooDemo.apiKey, companyIds: [1] });
  });
});
