import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { type Browser } from 'playwright-core';
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

describe('the circle tree in the browser', () => {
  it('signs in as a demo member and shows every circle with its figures and vacancies', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(hub.stack.gatewayUrl);
    await page.waitForURL('**/connexion');
    await page.getByRole('button', { name: /Maëlle Grondin/ }).click();
    await page.waitForURL((url) => url.pathname === '/moi');
    await page.getByRole('link', { name: 'Cercles' }).click();
    await page.waitForURL((url) => url.pathname === '/');

    const culture = page.getByTestId('circle-1000');
    await culture.waitFor();
    await expect.poll(() => culture.getByTestId('spent').first().innerText()).toMatch(/\d[\d\s\u202f]*,\d{2}\s€/);
    expect(await culture.getByTestId('collected').first().innerText()).toMatch(/€/);
    expect(await culture.getByTestId('vacant').first().innerText()).toMatch(/vacant/);
    expect(await page.locator('[data-testid^="circle-"]').count()).toBeGreaterThanOrEqual(20);

    await page.screenshot({ path: path.join(screenshots, 'circle-tree-phone.png'), fullPage: true });
    await page.screenshot({ path: path.join(screenshots, 'circle-tree-phone-top.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(screenshots, 'circle-tree-desktop.png'), fullPage: true });
    await page.close();
  });
});
