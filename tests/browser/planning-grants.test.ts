import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { circles } from '@alambic/demo-data';
import { launchChromium, screenshots } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;
const festival = circles.find((c) => c.analyticCode === '1111')!;
const bar = circles.find((c) => c.analyticCode === '2210')!;

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

const flat = (text: string) => text.replace(/[\s\u202f\u00a0]+/g, ' ').trim();

describe('transfers and grants pages', () => {
  it('books a transfer shown on both sides, refuses one from a circle to itself, deletes one', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget/transferts`);
    const form = page.getByTestId('transfer-form');
    await form.waitFor();
    await page.getByRole('combobox', { name: 'Année' }).selectOption('2026');

    await form.locator('select[name="from"]').selectOption(festival.id);
    await form.locator('select[name="to"]').selectOption(festival.id);
    await form.locator('input[name="amount"]').fill('250');
    await form.locator('input[name="date"]').fill('2026-10-18');
    await form.locator('input[name="reason"]').fill('Part de la recette du festival');
    await form.getByRole('button', { name: 'Enregistrer le transfert' }).click();
    await expect.poll(() => page.getByTestId('transfer-error').innerText()).toMatch(/lui-même|même cercle/i);
    expect(await page.getByTestId('transfer').count()).toBe(0);

    await form.locator('select[name="to"]').selectOption(bar.id);
    await form.getByLabel('Réalisé').check();
    await form.getByRole('button', { name: 'Enregistrer le transfert' }).click();
    await page.getByTestId('transfer').first().waitFor();
    const item = flat(await page.getByTestId('transfer').first().innerText());
    expect(item).toMatch(/18\/10\/2026 Réalisé 250,00 €/);
    expect(item).toContain('Festival Zot Musik · dépense interne −250,00 €');
    expect(item).toContain('Bar associatif · recette interne +250,00 €');

    await page.getByTestId('transfer-filter').selectOption(bar.id);
    await expect.poll(async () => flat(await page.getByTestId('transfer-sums').innerText())).toBe('Dépenses internes : 0,00 € Recettes internes : 250,00 €');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'planning-transfers-phone.png'), fullPage: true });

    await page.getByRole('button', { name: 'Supprimer le transfert Part de la recette du festival' }).click();
    await expect.poll(() => page.getByTestId('transfer').count()).toBe(0);
    await page.close();
  });

  it('creates a grant, moves it through its life, adds and receives an instalment, shows Odoo’s grant invoices beside it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/budget/subventions`);
    await page.getByRole('button', { name: 'Nouvelle subvention' }).click();
    const form = page.getByTestId('grant-form');
    await form.locator('input[name="funder"]').fill('Région Réunion');
    await form.locator('input[name="label"]').fill('Festival Zot Musik 2026');
    await form.locator('select[name="referent"]').selectOption({ label: 'Léa Rivière' });
    await form.locator('input[name="amountRequested"]').fill('10 000');
    await form.locator('input[name="periodStart"]').fill('2026-06-01');
    await form.locator('input[name="periodEnd"]').fill('2026-01-31');
    await form.getByLabel(`${festival.analyticCode} · ${festival.name}`).check();
    await form.getByRole('button', { name: 'Enregistrer la subvention' }).click();
    await expect.poll(() => page.getByTestId('grant-form-error').innerText()).toMatch(/précède/);
    expect(page.url()).toMatch(/\/budget\/subventions$/);

    await form.locator('input[name="periodEnd"]').fill('2026-12-31');
    await form.locator('input[name="amountGranted"]').fill('8 000');
    await form.getByRole('button', { name: 'Enregistrer la subvention' }).click();
    await page.waitForURL(/\/budget\/subventions\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('grant-status').innerText()).toBe('Piste');

    // Only the allowed next steps are offered.
    expect(await page.getByTestId('grant-next').allInnerTexts()).toEqual(['En rédaction', 'Déposée']);
    // « Déposée » needs the date of the request: the step asks for it, saves it, then moves.
    await page.getByTestId('grant-next').filter({ hasText: 'Déposée' }).click();
    await page.getByTestId('grant-step-form').getByLabel('Déposée le').fill('2026-02-01');
    await page.getByTestId('grant-step-form').getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => page.getByTestId('grant-status').innerText()).toBe('Déposée');
    expect(await page.getByTestId('grant-next').allInnerTexts()).toEqual(['Acceptée', 'Refusée']);
    await page.getByTestId('grant-next').filter({ hasText: 'Acceptée' }).click();
    await page.getByTestId('grant-step-form').getByLabel('Acceptée le').fill('2026-04-01');
    await page.getByTestId('grant-step-form').getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => page.getByTestId('grant-status').innerText()).toBe('Acceptée');
    expect(flat(await page.getByTestId('grant-timeline').innerText())).toMatch(/✓ Piste ✓ En rédaction ✓ Déposée Acceptée Convention signée/);

    const instalments = page.getByTestId('grant-instalments');
    await instalments.getByLabel('le').fill('2026-03-15');
    await instalments.getByLabel('montant (€)').fill('4 000');
    await instalments.getByRole('button', { name: 'Ajouter' }).click();
    await instalments.getByTestId('instalment').waitFor();
    await instalments.getByRole('button', { name: 'Enregistrer la réception' }).click();
    await page.getByTestId('receipt-form').getByLabel('Reçu le').fill('2026-03-20');
    await page.getByTestId('receipt-form').getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => instalments.getByTestId('instalment-received').innerText()).toMatch(/4\s000,00\s€/);
    await expect.poll(async () => flat(await page.getByTestId('grant-to-receive').innerText())).toBe('4 000,00 €');

    // Odoo's grant invoices for the financed circle, to reconcile with what was received.
    await page.getByTestId('grant-odoo').getByTestId('grant').first().waitFor();
    expect(flat(await page.getByTestId('grant-odoo').innerText())).toMatch(/1111 · Festival Zot Musik[\s\S]*Région Réunion/);
    await page.screenshot({ path: path.join(screenshots, 'planning-grant-desktop.png'), fullPage: true });

    await page.getByRole('link', { name: 'Subventions', exact: true }).first().click();
    await page.getByTestId('grant-item').first().waitFor();
    const listed = flat(await page.getByTestId('grant-item').first().innerText());
    expect(listed).toMatch(/Région Réunion · Festival Zot Musik 2026 Acceptée/);
    expect(listed).toMatch(/Accordé 8 000,00 € Reçu 4 000,00 € Bilan le 30\/06\/2027/);
    await page.getByTestId('grant-status-filter').selectOption('CLOSED');
    await expect.poll(() => page.getByTestId('grant-item').count()).toBe(0);
    await page.getByTestId('grant-status-filter').selectOption('');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('grant-item').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'planning-grants-phone.png'), fullPage: true });
    await page.close();
  });
});
