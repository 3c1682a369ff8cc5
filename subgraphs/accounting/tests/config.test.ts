import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
    expect(config.odoo).toMatchObject({ url: 'https://raffinerie.odoo.com', database: 'raffinerie-prod', login: 'hub@laraffinerie.re', apiKey: 'a'.repeat(40), companyIds: [1, 3], timeoutMs: 5000, protocol: 'auto', cacheSeconds: 30 });
    expect(config.odoo?.version).toBeUndefined();
    expect(config.odoo?.categoryMap?.rules.length).toBeGreaterThan(5);
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
    expect(odooDemoSettings('http://127.0.0.1:4010', null)).toEqual({ url: 'http://127.0.0.1:4010', database: odooDemo.database, login: odooDemo.login, apiKey: odooDemo.apiKey, companyIds: [1] });
  });

  it('applies ODOO_CACHE_SECONDS, ODOO_PROTOCOL and ODOO_CATEGORY_MAP in demo mode too', () => {
    const { odoo, tuning } = loadAccountingConfig({ ODOO_CACHE_SECONDS: '0', ODOO_PROTOCOL: 'xmlrpc' });
    expect(odoo).toBeUndefined();
    expect(tuning).toMatchObject({ cacheSeconds: 0, protocol: 'xmlrpc' });
    expect(odooDemoSettings('http://127.0.0.1:4010', tuning)).toMatchObject({ cacheSeconds: 0, protocol: 'xmlrpc', categoryMap: tuning.categoryMap });
  });

  it('reads ODOO_VERSION and refuses JSON-2 below Odoo 19', () => {
    const base = { ODOO_URL: 'https://odoo.example', ODOO_DB: 'db', ODOO_LOGIN: 'hub', ODOO_API_KEY: 'b'.repeat(40) };
    expect(loadAccountingConfig({ ...base, ODOO_VERSION: '19', ODOO_PROTOCOL: 'json2' }).odoo).toMatchObject({ version: 19, protocol: 'json2' });
    expect(() => loadAccountingConfig({ ...base, ODOO_VERSION: '17', ODOO_PROTOCOL: 'json2' })).toThrow(/ODOO_PROTOCOL=json2 demande Odoo 19/);
    expect(() => loadAccountingConfig({ ...base, ODOO_VERSION: '15' })).toThrow(/ODOO_VERSION/);
    expect(() => loadAccountingConfig({ ODOO_PROTOCOL: 'soap', ODOO_CACHE_SECONDS: '-1' })).toThrow(/ODOO_PROTOCOL[\s\S]*ODOO_CACHE_SECONDS|ODOO_CACHE_SECONDS[\s\S]*ODOO_PROTOCOL/);
  });

  it('stops at start on a missing or invalid category map, naming the variable and the problem', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'alambic-map-'));
    const bad = path.join(dir, 'map.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ category: 'PIZZA', accounts: ['60'] }, { category: 'GRANT' }], otherwise: { spending: 'GRANT', income: 'SALE' } }));
    let error: unknown;
    try {
      loadAccountingConfig({ ODOO_CATEGORY_MAP: bad });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as ConfigError).problems.join('\n');
    expect(text).toContain('ODOO_CATEGORY_MAP');
    expect(text).toContain('règle n° 1 : catégorie « PIZZA » inconnue');
    expect(text).toContain('règle n° 2 : « accounts » ou « products » est obligatoire');
    expect(text).toContain('otherwise.spending');
    expect(() => loadAccountingConfig({ ODOO_CATEGORY_MAP: path.join(dir, 'absent.json') })).toThrow(/fichier introuvable/);
    writeFileSync(bad, '{ "rules": [');
    expect(() => loadAccountingConfig({ ODOO_CATEGORY_MAP: bad })).toThrow(/JSON illisible/);
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ rules: [{ category: 'SALE', products: ['REPAS'] }], otherwise: { spending: 'EXTERNAL_PURCHASE', income: 'SERVICE_INCOME' } }));
    expect(loadAccountingConfig({ ODOO_CATEGORY_MAP: good }).tuning.categoryMap.rules).toEqual([{ category: 'SALE', products: ['REPAS'] }]);
  });
});
