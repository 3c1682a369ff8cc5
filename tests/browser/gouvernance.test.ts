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

describe('the governance forms in the browser', () => {
  it('raises a tension from a phone and shows it in the list', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(page, 'hugo.robert@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/gouvernance`);
    const form = page.getByTestId('tension-form');
    await form.waitFor();
    expect(await page.getByTestId('decision-list').innerText()).toMatch(/Un rôle Subvention au pôle Programmation/);
    await form.locator('select[name="circle"]').selectOption({ label: '5000 · Sport' });
    await form.locator('input[name="title"]').fill('Le skatepark n’a plus de référent le dimanche');
    await form.getByLabel('de gouvernance').check();
    await form.getByRole('button', { name: 'Enregistrer la tension' }).click();
    await form.getByTestId('form-done').waitFor();
    await expect.poll(() => page.getByTestId('tension-list').innerText()).toMatch(/Le skatepark n’a plus de référent le dimanche/);
    expect(await page.getByTestId('tension-list').innerText()).toMatch(/gouvernance · Sport · soulevée par Hugo Robert/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'gouvernance-phone.png'), fullPage: false });

    const { data } = await hub.gql('{ tensions(filter: { statuses: [OPEN] }) { title raisedBy { displayName } } }', {}, await hub.login('camille.payet@laraffinerie.re'));
    expect(data.tensions).toContainEqual({ title: 'Le skatepark n’a plus de référent le dimanche', raisedBy: { displayName: 'Hugo Robert' } });
    await page.close();
  });

  it('shows the hub’s French refusal when a decision is recorded without what it needs, and records nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, 'maelle.grondin@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/gouvernance`);
    await page.locator('summary', { hasText: 'Nouvelle décision' }).click();
    const form = page.getByTestId('decision-form');
    await form.locator('select[name="circle"]').selectOption({ label: '1000 · Culture' });
    await form.locator('input[name="title"]').fill('Soirées jusqu’à 2 h');
    await form.locator('textarea[name="proposal"]').fill('Les soirées du vendredi finissent à 2 h.');
    await form.locator('select[name="status"]').selectOption('ADOPTED');
    await form.locator('textarea[name="outcome"]').fill('Adopté');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    expect(await form.getByTestId('form-error').innerText()).toMatch(/La date de décision est obligatoire pour une décision adoptée ou rejetée/);
    await form.locator('input[name="decidedOn"]').fill('2026-11-20');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByTestId('form-done').waitFor();
    await expect.poll(() => page.getByTestId('decision-list').innerText()).toMatch(/Soirées jusqu’à 2 h/);
    await page.screenshot({ path: path.join(screenshots, 'gouvernance-desktop.png'), fullPage: true });
    await page.close();
  });
});
