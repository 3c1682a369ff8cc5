import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function signIn(email: string, target: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto(`${hub.stack.gatewayUrl}${target}`);
  await page.waitForURL('**/connexion**');
  await page.locator(`button[data-email="${email}"]`).click();
  await page.waitForURL((url) => url.pathname !== '/connexion');
  if (new URL(page.url()).pathname !== target) await page.goto(`${hub.stack.gatewayUrl}${target}`);
  return page;
}

describe('people and their work in the browser', () => {
  it('the personal page shows my co-remuneration, what to invoice, my missions, roles, volunteering and events', async () => {
    const page = await signIn('lucas.morel@laraffinerie.re', '/moi');
    await page.getByTestId('pipeline').waitFor();
    expect(await page.getByTestId('total-toInvoice').innerText()).toMatch(/350,00\s€/);
    expect(await page.getByTestId('total-paid').innerText()).toMatch(/300,00\s€/);
    expect(await page.getByTestId('to-invoice').innerText()).toContain('Bienveillance des soirées concerts');
    expect(await page.getByTestId('my-missions').innerText()).toMatch(/Bienveillance des soirées concerts[\s\S]*estimation/);
    expect(await page.getByTestId('my-roles').innerText()).toContain('Programmation');
    await expect.poll(() => page.getByTestId('my-volunteer').innerText()).toMatch(/31 R|Oceco/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'work-moi-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshots, 'work-moi-desktop.png'), fullPage: true });
    await page.context().close();
  });

  it('a claim goes from proposal (the claimant) to validation (another person of the circle)', async () => {
    const lucas = await signIn('lucas.morel@laraffinerie.re', '/missions');
    const card = lucas.getByTestId('mission').filter({ hasText: 'Bienveillance des soirées concerts' });
    await card.getByTestId('open-claim').click();
    await card.getByTestId('claim-hours').fill('6');
    await card.getByTestId('claim-description').fill('Accueil du groupe Kaloune et balances');
    await card.getByTestId('claim-amount').fill('123.45');
    await card.getByRole('button', { name: 'Proposer', exact: true }).click();
    await card.getByRole('status').waitFor();
    expect(await lucas.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await lucas.screenshot({ path: path.join(screenshots, 'work-missions-phone.png'), fullPage: true });
    // Lucas never sees his own claim in his queue.
    expect(await lucas.getByTestId('validation-queue').innerText()).not.toContain('Kaloune');
    await lucas.context().close();

    const maelle = await signIn('maelle.grondin@laraffinerie.re', '/missions');
    const item = maelle.getByTestId('queue-claim').filter({ hasText: 'Kaloune' });
    await item.waitFor();
    expect(await item.innerText()).toMatch(/Lucas Morel demande 123,45\s€/);
    await maelle.setViewportSize({ width: 1280, height: 900 });
    await maelle.screenshot({ path: path.join(screenshots, 'work-queue-desktop.png'), fullPage: true });
    await item.getByTestId('validate-claim').click();
    await expect.poll(() => maelle.getByTestId('queue-claim').filter({ hasText: 'Kaloune' }).count()).toBe(0);
    await maelle.context().close();

    const back = await signIn('lucas.morel@laraffinerie.re', '/moi');
    await back.getByTestId('pipeline').waitFor();
    expect(await back.getByTestId('total-toInvoice').innerText()).toMatch(/473,45\s€/);
    await back.context().close();
  });
});
