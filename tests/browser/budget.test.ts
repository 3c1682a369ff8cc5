import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { circles } from '@alambic/demo-data';
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

const money = /^-?\d[\d\s\u202f]*,\d{2}\s€$/;

describe('the « Suivi budgétaire » pages', () => {
  it('shows the organisation: alerts first, recaps with forecast and what is left, the bars and monthly charts, bank, documents, CSV exports', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, acceptDownloads: true });
    await signIn(page, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget`);
    await page.getByTestId('figures').waitFor();
    await page.getByTestId('budget-alerts').waitFor();
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2026');
    await expect.poll(() => page.getByTestId('spent').innerText()).toMatch(money);
    expect(await page.getByTestId('collected').innerText()).toMatch(money);

    const spending = page.getByTestId('recap-spending');
    expect(await spending.locator('tbody tr').allInnerTexts()).toEqual([
      // On a phone, what is left moves under the category name.
      expect.stringMatching(/^Bienveillance\s+reste -[\d\s\u202f]+,\d{2}\s€\s+0,00\s€\s+[\d\s\u202f]+,\d{2}\s€$/),
      expect.stringMatching(/^Presta interne\s+reste [-\d]/),
      expect.stringMatching(/^Presta externe \/ achats\s+reste [-\d]/),
      expect.stringMatching(/^Dépense interne\s+reste [-\d]/),
    ]);
    expect((await page.getByTestId('recap-income').locator('tbody th').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['Prestations', 'Subventions', 'Ventes', 'Recettes internes']);
    expect(await page.getByTestId('recap-income').getByRole('columnheader').allInnerTexts()).toEqual(['Catégorie', 'Prév.', 'Encaissé']);
    expect(await page.getByTestId('monthly-chart').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('review-bars').locator('canvas').count()).toBe(1);
    expect(await page.getByTestId('no-alert').innerText()).toMatch(/aucun prévisionnel/);
    expect(await page.getByTestId('bank-balance').innerText()).toMatch(money);
    await page.getByTestId('document').first().waitFor();
    expect(await page.getByTestId('payment-state').allInnerTexts()).toEqual(expect.arrayContaining(['Payée']));

    const [download] = await Promise.all([page.waitForEvent('download'), spending.getByTestId('csv-export').click()]);
    expect(download.suggestedFilename()).toBe('depenses-organisation-2026.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Catégorie;Prévisionnel;Dépensé;Reste à dépenser');
    expect(csv).toMatch(/Bienveillance;0,00;\d+,\d{2};-\d+,\d{2};/);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'budget-organisation-phone-top.png') });
    await spending.screenshot({ path: path.join(screenshots, 'budget-recap-phone.png') });
    await page.screenshot({ path: path.join(screenshots, 'budget-organisation-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // Chart.js resizes its canvas on the next frames; let it settle before the picture.
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(screenshots, 'budget-organisation-desktop.png'), fullPage: true });
    await page.close();
  });

  it('shows a circle chosen in the selector: its recap, grants with what was received, its bills and invoices with their share', async () => {
    const festival = circles.find((c) => c.analyticCode === '1111')!;
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(page, 'maelle.grondin@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget`);
    await page.getByTestId('circle-select').selectOption(festival.id);
    await page.waitForURL(`**/budget/${festival.id}`);
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2026');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('Festival Zot Musik');
    await page.getByTestId('grant').first().waitFor();
    expect(await page.getByTestId('grant').first().innerText()).toMatch(/Région Réunion[\s\S]*Reçu 4\s000,00\s€ sur 8\s000,00\s€/);
    expect(await page.getByTestId('recap-income').getByTestId('recap-actual').nth(1).innerText()).toMatch(/8\s000,00\s€/);
    await page.getByTestId('documents-filter').selectOption('OPEN');
    const open = await page.getByTestId('document').allInnerTexts();
    expect(open.length).toBeGreaterThan(0);
    expect(open.some((text) => /Brouillon/.test(text) && /Non payée/.test(text))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'budget-circle-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(screenshots, 'budget-circle-desktop.png'), fullPage: true });
    await page.close();
  });
});
