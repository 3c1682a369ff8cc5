import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, screenshots } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(hub.stack.gatewayUrl);
  await page.waitForURL('**/connexion');
  await page.locator(`[data-email="${email}"]`).click();
  await page.waitForURL((url) => url.pathname === '/moi');
}

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stack.stop();
});

describe('the role chart in the browser', () => {
  it('draws every circle with its roles, vacant roles striped red, and fits a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(page, 'maelle.grondin@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/organigramme`);
    const chart = page.getByTestId('role-chart');
    await chart.waitFor();
    expect(await page.locator('[data-testid^="chart-circle-"]').count()).toBeGreaterThanOrEqual(28);
    const culture = page.getByTestId('chart-circle-1000');
    // Culture's Évaluateur·trice term ended: it is drawn as vacant, with a striped fill.
    expect(await culture.getByTestId('vacant-role').count()).toBeGreaterThanOrEqual(1);
    expect(await culture.getByTestId('vacant-role').first().getAttribute('fill')).toBe('url(#vacant-stripes)');
    expect(await culture.getByTestId('role').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('role-counts').innerText()).toMatch(/\d+ rôles pourvus, \d+ rôles vacants/);
    expect(await page.getByTestId('vacancy-list').innerText()).toMatch(/Évaluateur·trice \(mandat terminé le 30\/06\/2026\)/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'organigramme-phone.png'), fullPage: false });

    await culture.getByRole('link').first().click();
    await page.waitForURL('**/cercles/**');
    await page.getByRole('heading', { name: 'Culture', level: 1 }).waitFor();
    const vacantCards = page.locator('[data-testid="role-card"]', { has: page.getByTestId('role-vacant') });
    expect(await vacantCards.count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('vacancy-alert').innerText()).toMatch(/Évaluateur·trice \(mandat terminé le 30\/06\/2026\)/);
    expect(await page.getByTestId('objective').first().innerText()).toMatch(/Faire venir de nouveaux publics/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'cercle-phone.png'), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${hub.stack.gatewayUrl}/organigramme`);
    await page.getByTestId('role-chart').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'organigramme-desktop.png'), fullPage: true });
    await page.close();
  });

  it('searches the directory and hides contact fields the member chose to hide', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(page, 'hugo.robert@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/annuaire`);
    await page.getByTestId('member-card').first().waitFor();
    expect(await page.getByTestId('member-card').count()).toBe(20);
    await page.getByTestId('directory-search').fill('permaculture');
    await expect.poll(() => page.getByTestId('member-card').count()).toBe(1);
    const noah = page.getByTestId('member-card').first();
    expect(await noah.innerText()).toMatch(/Noah Boyer/);
    // Noah chose NOBODY for his email in the demo data.
    expect(await noah.getByTestId('contact-email').innerText()).toMatch(/masqué/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByTestId('directory-search').fill('');
    await expect.poll(() => page.getByTestId('member-card').count()).toBe(20);
    await page.screenshot({ path: path.join(screenshots, 'annuaire-phone.png') });
    await page.close();
  });
});
