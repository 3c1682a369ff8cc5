import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface HubSecrets {
  identitySecret: string;
  sessionSecret: string;
}

/** Secrets for demo mode: taken from the environment, else generated once and kept in the data folder
 * so that sessions survive a restart. The file is readable by its owner only. */
export function demoSecrets(dataDir: string, given: Partial<HubSecrets>): HubSecrets {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<HubSecrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<HubSecrets>;
  const secrets: HubSecrets = {
    identitySecret: given.identitySecret ?? stored.identitySecret ?? randomBytes(32).toString('hex'),
    sessionSecret: given.sessionSecret ?? stored.sessionSecret ?? randomBytes(32).toString('hex'),
  };
  if (!given.identitySecret || !given.sessionSecret) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ identitySecret: secrets.identitySecret, sessionSecret: secrets.sessionSecret }), { mode: 0o600 });
  }
  return secrets;
}
