import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { circles } from '@alambic/demo-data';
import { launchChromium, screenshots } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;
const festival = circles.find((c) => c.analyticCode === '1111')!;

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

const cell = (page: Page, row: string, period: string) => page.locator(`[data-testid="forecast-grid"] td[data-row="${row}"][data-period="${period}"]`);
const text = async (page: Page, testid: string) => (await page.getByTestId(testid).first().innerText()).replace(/[\s\u202f\u00a0]+/g, ' ').trim();

describe('forecast entry, a spreadsheet saved cell by cell', () => {
  it('types amounts with the keyboard, saves each cell as a budget line, updates the totals and the review', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await signIn(page, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget`);
    await page.getByTestId('planning-tabs').getByRole('link', { name: 'Prévisionnel' }).click();
    await page.getByTestId('forecast-choose').waitFor();
    await page.getByTestId('forecast-circle').selectOption(festival.id);
    await page.getByTestId('forecast-year').selectOption('2026');
    await page.getByTestId('forecast-grid').waitFor();
    await expect.poll(() => text(page, 'forecast-spent')).toBe('0,00 €');

    // January of « Bienveillance »: typing starts the edit, Enter saves and moves down.
    await cell(page, 'Bienveillance', '2026-01').click();
    await page.keyboard.type('1200');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Bienveillance', '2026-01').getAttribute('data-state')).toBe('saved');
    expect(await cell(page, 'Bienveillance', '2026-01').innerText()).toMatch(/1\s200/);
    // Now on « Presta interne », January: a French amount, then Tab saves and moves right.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('Presta interne');
    await page.keyboard.type('300,50');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 'Presta interne', '2026-01').getAttribute('data-state')).toBe('saved');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-period'))).toBe('2026-02');
    // Arrow right then a value Escape cancels: nothing saved in March.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('999');
    await page.keyboard.press('Escape');
    expect(await cell(page, 'Presta interne', '2026-03').getAttribute('data-state')).toBe('idle');
    expect(await cell(page, 'Presta interne', '2026-03').innerText()).toBe('');
    // Income: « Ventes » in June.
    await cell(page, 'Ventes', '2026-06').click();
    await page.keyboard.type('2 000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Ventes', '2026-06').getAttribute('data-state')).toBe('saved');

    // Totals per row, per column and for the year.
    expect(await text(page, 'year-expense')).toBe('1 500,50');
    expect(await text(page, 'year-income')).toBe('2 000');
    expect(await text(page, 'year-balance')).toBe('499,50');
    expect((await page.getByTestId('total-expense').locator('td[data-period="2026-01"]').innerText()).replace(/\s/g, '')).toBe('1500,50');
    // The review of the circle (and its sub-circles) follows.
    await expect.poll(() => text(page, 'forecast-spent')).toBe('1 500,50 €');
    await expect.poll(() => text(page, 'forecast-collected')).toBe('2 000,00 €');

    // A wrong amount: the cell says so, in French, and nothing is written.
    await cell(page, 'Presta externe / achats', '2026-04').click();
    await page.keyboard.type('12,345');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Presta externe / achats', '2026-04').getAttribute('data-state')).toBe('error');
    expect(await page.getByTestId('cell-error').innerText()).toMatch(/Presta externe \/ achats · avr\.? : Montant illisible/);

    // Delete clears a saved cell (the line is deleted).
    await cell(page, 'Presta interne', '2026-01').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 'Presta interne', '2026-01').innerText()).toBe('');
    await expect.poll(() => text(page, 'year-expense')).toBe('1 200');

    const lines = await hub.gql<{ budgetLines: Array<{ period: string; category: string; label: string; amount: string }> }>(
      'query($c: ID!) { budgetLines(circleId: $c, year: 2026) { period category label amount } }',
      { c: festival.id },
      await hub.login('camille.payet@laraffinerie.re'),
    );
    expect(lines.data!.budgetLines).toEqual([
      { period: '2026-01', category: 'CARE', label: 'Bienveillance', amount: '1200.00' },
      { period: '2026-06', category: 'SALE', label: 'Ventes', amount: '2000.00' },
    ]);

    // Semester mode: a whole semester in one cell.
    await page.getByRole('radio', { name: 'Semestres' }).check();
    await cell(page, 'Subventions', '2026-S2').click();
    await page.keyboard.type('8000');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Subventions', '2026-S2').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => text(page, 'forecast-collected')).toBe('10 000,00 €');
    expect(await page.getByTestId('hidden-lines').innerText()).toMatch(/2 lignes saisies par mois/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
    expect(download.suggestedFilename()).toBe('previsionnel-1111-2026.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Subventions;Subventions;0,00;8000,00;8000,00');
    await page.screenshot({ path: path.join(screenshots, 'planning-forecast-desktop.png'), fullPage: true });

    // The circle's dashboard now compares this forecast with Odoo's actuals.
    await page.goto(`${hub.stack.gatewayUrl}/budget/${festival.id}`);
    await page.getByTestId('budget-alerts').waitFor();
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2026');
    await expect.poll(() => page.getByTestId('recap-spending').getByTestId('recap-forecast').first().innerText()).toMatch(/1\s200,00\s€/);
    expect(await page.getByTestId('budget-alert').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('works on a phone and tells a member without a role that the cell was refused', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(page, 'tom.baret@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget/previsionnel?cercle=${festival.id}&annee=2026`);
    await page.getByTestId('forecast-grid').waitFor();
    await cell(page, 'Bienveillance', '2026-02').click();
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'Bienveillance', '2026-02').getAttribute('data-state')).toBe('error');
    expect(await page.getByTestId('cell-error').innerText()).toMatch(/Seuls les membres qui tiennent un rôle/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'planning-forecast-phone.png'), fullPage: true });
    await page.close();
  });
});
