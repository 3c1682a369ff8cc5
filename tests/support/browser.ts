import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where browser tests write the screenshots a person looks at (git-ignored). */
export const screenshots = path.resolve(__dirname, '../screenshots');

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in through the demo sign-in page as the member with this email, and waits to leave it. */
export async function signIn(page: Page, gatewayUrl: string, email: string): Promise<void> {
  await page.goto(`${gatewayUrl}/connexion`);
  await page.locator(`[data-email="${email}"]`).click();
  await page.waitForURL((url) => url.pathname !== '/connexion');
}
