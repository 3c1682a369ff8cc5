import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { type Browser } from 'playwright-core';
import { launchChromium, screenshots, signIn } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;

const QUOTED = 'e4000000-0000-4000-8000-000000000002';
const RECEIVED = 'e4000000-0000-4000-8000-000000000001';

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stack.stop();
});

describe('external event requests in the browser', () => {
  it('lists requests by step, shows the quoted request with its quote and profit share, and accepts the quote', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(page, hub.stack.gatewayUrl, 'julien.hoarau@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/missions`);
    await page.getByRole('link', { name: /Évènements extérieurs/ }).click();
    await page.waitForURL((url) => url.pathname === '/missions/evenements-exterieurs');

    // Grouped by step: the received request under step 1, the quoted one under step 4.
    await page.getByTestId(`request-${QUOTED}`).waitFor();
    expect(await page.getByTestId('group-RECEIVED').getByTestId(`request-${RECEIVED}`).count()).toBe(1);
    expect(await page.getByTestId('group-QUOTED').innerText()).toContain('Séminaire Océan Indien Solidaire');
    expect(await page.getByTestId('stepper').locator('li').count()).toBe(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'work-event-requests-list-phone.png'), fullPage: true });

    await page.getByTestId(`request-${QUOTED}`).click();
    await page.waitForURL((url) => url.pathname === `/missions/evenements-exterieurs/${QUOTED}`);

    // The quote: 9 h × 120 € + 40 meals × 15 € + a 150 € garden visit = 1 830 €; costs 240 €, margin 1 590 €.
    await expect.poll(() => page.getByTestId('quote-total').innerText()).toMatch(/^1\s830,00\s€$/);
    expect(await page.getByTestId('quote-margin').innerText()).toMatch(/^1\s590,00\s€$/);
    const share = await page.getByTestId('profit-share').innerText();
    expect(share).toMatch(/Commun/);
    expect(await page.getByTestId('profit-share').locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('request-status').innerText()).toBe('Devis envoyé');

    // Only the next steps are offered; the quote builder recomputes live, to the cent.
    const steps = await page.getByTestId('next-steps').getByRole('button').allInnerTexts();
    expect(steps).toEqual(['Réviser le devis', 'Le devis est accepté', 'Refuser', 'Annuler la demande']);
    await page.getByTestId('step-QUOTED').click();
    const live = page.getByTestId('quote-live-totals');
    expect(await live.innerText()).toMatch(/1\s830,00\s€/);
    await page.getByTestId('quote-hours').fill('9,5');
    await expect.poll(() => live.innerText()).toMatch(/1\s890,00\s€/);
    await page.getByTestId('quote-rate').fill('99');
    await page.getByTestId('quote-builder').getByRole('button', { name: 'Enregistrer le devis' }).click();
    expect(await page.getByTestId('quote-builder').getByRole('alert').innerText()).toMatch(/entre 100 € et 150 €/);
    await page.screenshot({ path: path.join(screenshots, 'work-event-requests-quote-builder-phone.png'), fullPage: true });
    await page.getByTestId('quote-builder').getByRole('button', { name: 'Annuler' }).click();
    expect(await page.getByTestId('quote-total').innerText()).toMatch(/^1\s830,00\s€$/);

    // Accept the quote: the status moves and the history records who.
    await page.getByTestId('step-ACCEPTED').click();
    await page.getByTestId('step-confirm').click();
    await expect.poll(() => page.getByTestId('request-status').innerText()).toBe('Devis accepté');
    expect(await page.getByTestId('next-steps').getByRole('button').allInnerTexts()).toEqual(['Créer les missions', 'Annuler la demande']);
    await expect.poll(() => page.getByTestId('history').innerText()).toMatch(/Devis accepté[\s\S]*Julien/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'work-event-requests-detail-phone.png'), fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(screenshots, 'work-event-requests-detail-desktop.png'), fullPage: true });
    await page.goto(`${hub.stack.gatewayUrl}/missions/evenements-exterieurs`);
    await page.getByTestId(`request-${QUOTED}`).waitFor();
    expect(await page.getByTestId('group-QUOTED').innerText()).toContain('Devis accepté');
    await page.screenshot({ path: path.join(screenshots, 'work-event-requests-list-desktop.png'), fullPage: true });
    await page.close();
  });
});
