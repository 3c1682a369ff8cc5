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

describe('the « Suivi volontariat » page in the browser', () => {
  it('shows the signed-in member’s credits and actions first, then the pôles, the agenda and everyone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${hub.stack.gatewayUrl}/volontariat`);
    await page.waitForURL('**/connexion**');
    await page.locator('button[data-email="manon.lebon@laraffinerie.re"]').click();
    await page.waitForURL((url) => url.pathname !== '/connexion');
    if (new URL(page.url()).pathname !== '/volontariat') await page.goto(`${hub.stack.gatewayUrl}/volontariat`);

    const mine = page.getByTestId('my-account');
    await mine.waitFor();
    expect(await page.getByTestId('my-balance').innerText()).toBe('17 R');
    const actions = await mine.getByTestId('my-action').allInnerTexts();
    expect(actions.join('\n')).toContain('Tenir le bar du festival');
    expect(await mine.getByText('Inscrit·e, en cours').count()).toBe(1);
    expect(await mine.getByTestId('ledger-line').first().innerText()).toMatch(/Tenir le bar[\s\S]*\+3 R/);

    // The signed-in member comes first in their own card, then everyone by balance: Noah has the most credits.
    const people = page.getByTestId('member-row');
    expect(await people.first().innerText()).toMatch(/Noah Boyer[\s\S]*64 R/);
    expect(await page.getByTestId('members-volunteering').innerText()).toContain('pas de compte Oceco');
    expect(await page.locator('[data-testid="member-row"].me').innerText()).toContain('(vous)');

    const poles = page.getByTestId('circles-volunteering');
    expect(await poles.locator('canvas').count()).toBe(1);
    expect(await poles.getByTestId('pole-row').first().innerText()).toContain('Programmation');

    const agenda = page.getByTestId('agenda-entry');
    await expect.poll(() => agenda.count()).toBeGreaterThan(0);
    const agendaText = await page.getByTestId('agenda').innerText();
    expect(agendaText).toContain('Festival Zot Musik');
    expect(agendaText).toMatch(/Journée portes ouvertes[\s\S]*Toute la journée/);
    expect(agendaText).toMatch(/≈ 10 h \(estimation\)/);

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'volontariat-phone.png'), fullPage: true });
    await mine.screenshot({ path: path.join(screenshots, 'volontariat-phone-account.png') });
    await poles.screenshot({ path: path.join(screenshots, 'volontariat-phone-poles.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshots, 'volontariat-desktop.png'), fullPage: true });
    await page.close();
  });

  it('says « Données Oceco indisponibles » instead of failing the page when Oceco never answered', async () => {
    const simulator = hub.stack.subgraphs.volunteering.simulator!;
    simulator.control.mode = 'down';
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      await page.goto(`${hub.stack.gatewayUrl}/connexion`);
      await page.locator('button[data-email="hugo.robert@laraffinerie.re"]').click();
      await page.waitForURL((url) => url.pathname !== '/connexion');
      await page.goto(`${hub.stack.gatewayUrl}/volontariat`);
      await page.getByTestId('members-volunteering').waitFor();
      // Hugo's ledger was never read: his account says Oceco is missing; everyone's balances come from the last
      // good mirror (stale), and the rest of the page (pôles, people) is still there.
      expect(await page.getByTestId('my-account-missing').innerText()).toBe('Données Oceco indisponibles');
      expect(await page.getByTestId('source-warning').innerText()).toContain('Données Oceco indisponibles');
      expect(await page.getByTestId('member-row').count()).toBeGreaterThan(10);
      expect(await page.getByTestId('member-credits').count()).toBeGreaterThan(10);
      await page.screenshot({ path: path.join(screenshots, 'volontariat-oceco-down.png'), fullPage: true });
      await page.close();
    } finally {
      simulator.control.mode = 'up';
    }
  });
});
