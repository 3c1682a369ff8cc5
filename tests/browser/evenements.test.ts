import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { events } from '@alambic/demo-data';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, screenshots } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const DUB = events[0];
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

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${hub.stack.gatewayUrl}/connexion`);
  await page.locator(`button[data-email="${email}"]`).click();
  await page.waitForURL((url) => url.pathname === '/moi');
}

describe('« Suivi évènements » in the browser', () => {
  it('lists the season’s events with tickets sold, revenue and a fill bar', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(page, 'maelle.grondin@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/evenements`);
    const dub = page.getByTestId(`event-${DUB.uuid}`);
    await dub.waitFor();
    expect(await dub.getByTestId('revenue').innerText()).toMatch(/^\d[\d\s\u202f]*,\d{2}\s€$/);
    expect(await dub.getByTestId('tickets').innerText()).toMatch(/^\d+ billets?$/);
    expect(await dub.getByTestId('fill').innerText()).toMatch(/% de 250 places/);
    expect(await page.getByText('Bar du festival').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'evenements-list-phone.png'), fullPage: true });
    await page.close();
  });

  it('shows one event’s sales by price and by payment method, with a chart and a CSV export', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 }, acceptDownloads: true });
    await signIn(page, 'maelle.grondin@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/evenements`);
    await page.getByRole('link', { name: DUB.name }).click();
    await page.waitForURL(`**/evenements/${DUB.uuid}`);
    await page.getByTestId('revenue').waitFor();
    expect(await page.getByTestId('event-name').innerText()).toBe('Soirée Dub');
    expect(await page.getByText('Organisé par Programmation').count()).toBe(1);
    const prices = page.getByTestId('by-price');
    expect(await prices.innerText()).toContain('Plein tarif');
    expect(await prices.innerText()).toContain('Tarif réduit');
    expect(await page.getByTestId('by-payment').innerText()).toContain('En ligne (Stripe)');
    expect(await page.locator('figure[aria-label="Recette par moyen de paiement"] canvas').count()).toBe(1);
    expect(await page.getByText(/avoir .* déduit du total/).count()).toBe(1);
    // Members see the figures, not the admin form.
    expect(await page.getByText('Rattacher un produit de la billetterie').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('ventes-soiree-dub.csv');
    expect(csv).toMatch(/^\uFEFFSection;Libellé;/);
    const revenue = (await page.getByTestId('revenue').innerText()).replace(/[\s\u202f€]/g, '');
    expect(csv).toContain(`Total;Recette TTC;;`);
    expect(csv).toContain(`;${revenue}\r\n`);

    await page.screenshot({ path: path.join(screenshots, 'evenements-event-phone.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshots, 'evenements-event-desktop.png'), fullPage: true });
    await page.close();
  });

  it('lets an admin link a product from the event page, and says so in French when the product is unknown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/evenements/${DUB.uuid}`);
    await page.getByTestId('revenue').waitFor();
    const before = await page.getByTestId('revenue').innerText();
    await page.getByText('Rattacher un produit de la billetterie').click();
    await page.getByLabel(/Produit \(en vente/).fill('d0000000-0000-4000-8000-000000000404');
    await page.getByRole('button', { name: 'Rattacher', exact: true }).click();
    await expect.poll(() => page.getByTestId('link-message').innerText()).toMatch(/^Produit inconnu dans TiBillet/);
    await page.getByLabel(/Produit \(en vente/).fill('d0000000-0000-4000-8000-000000000800');
    await page.getByRole('button', { name: 'Rattacher', exact: true }).click();
    await expect.poll(() => page.getByTestId('link-message').innerText()).toMatch(/^Produit rattaché/);
    await expect.poll(() => page.getByTestId('revenue').innerText()).not.toBe(before);
    expect(await page.getByTestId('by-price').innerText()).toContain('Bière locale');
    await page.screenshot({ path: path.join(screenshots, 'evenements-admin-desktop.png'), fullPage: true });
    await page.close();
  });
});
