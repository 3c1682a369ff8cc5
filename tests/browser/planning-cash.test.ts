import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, screenshots } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stack.stop();
});

async function signIn(page: Page, email: string) {
  await page.goto(`${hub.stack.gatewayUrl}/connexion`);
  await page.locator(`[data-email="${email}"]`).click();
  await page.waitForURL((url) => url.pathname === '/moi');
}

type Month = { month: string; kind: string; closing: string; belowThreshold: boolean };
const planQuery = 'query($t: Money!) { cashPlan(year: 2026, threshold: $t) { months { month kind closing belowThreshold } } }';
const cents = (decimal: string) => Math.round(Number(decimal) * 100);
const frenchMonth = (month: string) => new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

describe('the cash plan page', () => {
  it('draws the closing balance, marks the months under the threshold the member types, lists the months with their lines', async () => {
    const cookie = await hub.login('camille.payet@laraffinerie.re');
    const atZero = (await hub.gql<{ cashPlan: { months: Month[] } }>(planQuery, { t: '0.00' }, cookie)).data!.cashPlan.months;
    expect(atZero).toHaveLength(12);
    expect(atZero.some((m) => m.kind === 'REAL') && atZero.some((m) => m.kind === 'FORECAST')).toBe(true);
    // A threshold that cuts the year: the sixth lowest closing balance, so some months are under it and some are not.
    const sorted = [...atZero].sort((a, b) => cents(a.closing) - cents(b.closing));
    const threshold = sorted[5].closing;
    const expected = atZero.filter((m) => cents(m.closing) < cents(threshold)).map((m) => frenchMonth(m.month));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(12);

    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, acceptDownloads: true });
    await signIn(page, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget/tresorerie`);
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2026');
    await page.getByTestId('cash-chart').locator('canvas').waitFor();
    expect(await page.getByTestId('cash-month').count()).toBe(12);
    expect(await page.getByTestId('cash-below').count()).toBe(atZero.filter((m) => m.belowThreshold).length);
    const box = await page.getByTestId('cash-chart').locator('canvas').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(200);

    // The threshold typed the French way marks exactly the months the server puts under it.
    await page.getByTestId('cash-threshold').fill(threshold.replace('.', ','));
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => page.getByTestId('cash-below').count()).toBe(expected.length);
    const listed = await page.getByTestId('cash-below').allInnerTexts();
    expect(listed.map((t) => t.split(' :')[0])).toEqual(expected);
    expect(await page.locator('[data-testid="cash-month"].below').count()).toBe(expected.length);

    // A month's lines on demand.
    const june = page.locator('[data-testid="cash-month"][data-month="2026-06"]');
    await june.getByRole('button').click();
    expect(await page.getByTestId('cash-lines').first().innerText()).toMatch(/Banque \(réel\)/);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(screenshots, 'planning-cash-phone.png'), fullPage: true });

    // An admin adds a manual outflow in December: the year ends lower, and December is marked.
    const before = (await page.locator('[data-testid="cash-month"][data-month="2026-12"]').getByTestId('cash-closing').innerText()).replace(/\s/g, '');
    const form = page.getByTestId('cash-line-form');
    await form.getByLabel('Mois').fill('2026-12');
    await form.getByLabel('Montant (€)').fill('900 000');
    await form.getByLabel('Libellé').fill('Achat du bâtiment');
    await form.getByRole('button', { name: 'Ajouter la ligne' }).click();
    await expect.poll(async () => (await page.locator('[data-testid="cash-month"][data-month="2026-12"]').getByTestId('cash-closing').innerText()).replace(/\s/g, '')).not.toBe(before);
    expect(await page.getByTestId('cash-below').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^décembre 2026 : -/)]));
    expect(await page.getByTestId('cash-manual').innerText()).toMatch(/Achat du bâtiment/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cash-months').getByTestId('csv-export').first().click()]);
    expect(download.suggestedFilename()).toBe('plan-tresorerie-2026.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/2026-12;Prévu;[-\d,]+;[\d,]+;[\d,]+;-[\d,]+;oui/);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(screenshots, 'planning-cash-desktop.png'), fullPage: true });
    await page.close();
  });
});
