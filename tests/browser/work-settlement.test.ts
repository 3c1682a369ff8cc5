import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { events } from '@alambic/demo-data';
import { launchChromium, screenshots, signIn } from '../support/browser.js';
import { startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let browser: Browser;
const dub = events.find((e) => e.name === 'Soirée Dub')!;

beforeAll(async () => {
  hub = await startTestHub();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stack.stop();
});

describe('settling an event’s revenue in the browser', () => {
  it('lets an admin set the rule, see the parts and book them once', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, hub.stack.gatewayUrl, 'camille.payet@laraffinerie.re');
    await page.goto(`${hub.stack.gatewayUrl}/evenements/${dub.uuid}`);
    const panel = page.getByTestId('settlement');
    await panel.getByRole('button', { name: 'Modifier la règle' }).click();
    await panel.getByLabel('Cercle').first().selectOption({ label: 'Bar' });
    await panel.getByLabel('Part en %').first().fill('30');
    await panel.getByRole('button', { name: 'Enregistrer la règle' }).click();
    await expect.poll(() => panel.innerText()).toMatch(/Bar · 30 %/);
    await panel.getByTestId('settle').click();
    await panel.getByTestId('settlement-booked').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'work-settlement-phone.png'), fullPage: true });
    const { data } = await hub.gql('query($y: Int!) { internalTransfers(year: $y) { eventId reason status } }', { y: 2026 }, await hub.login('camille.payet@laraffinerie.re'));
    expect(data.internalTransfers.filter((t: any) => t.eventId === dub.uuid)).toEqual([{ eventId: dub.uuid, reason: 'Répartition de la recette de l’évènement', status: 'REAL' }]);
    await page.close();
  });
});
