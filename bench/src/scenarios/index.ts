import { readdirSync } from 'node:fs';
import type { Scenario } from './scenario.js';

export type { Scenario } from './scenario.js';

/** Every `scenarios/<topic>.js` exporting `scenarios`, in file-name order: a new topic is a new file. */
export function loadScenarios(): Scenario[] {
  return readdirSync(__dirname)
    .filter((file) => file.endsWith('.js') && !['index.js', 'scenario.js'].includes(file))
    .sort()
    .flatMap((file) => (require(`./${file}`) as { scenarios?: Scenario[] }).scenarios ?? []);
}
