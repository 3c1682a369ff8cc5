import type { Row } from '../orm/model.js';
import type { OdooVersion } from '../version.js';
import { demoYear } from './activity.js';
import { buildBooks } from './books.js';
import { accountRows, analyticAccountRows, companyRows, journalRows, partnerRows, planRows, userRows } from './reference.js';

/** Every table of the demo database, by model, derived from `@alambic/demo-data` and a seeded year of activity. */
export function buildDemoDatabase(version: OdooVersion): Record<string, Row[]> {
  const books = buildBooks(demoYear(), version);
  return {
    'res.company': companyRows(),
    'res.users': userRows(),
    'res.partner': partnerRows(),
    'account.account': accountRows(),
    'account.journal': journalRows(),
    'account.analytic.plan': planRows(version === 16),
    'account.analytic.account': analyticAccountRows(),
    'account.analytic.line': books.analyticLines,
    'account.move': books.moves,
    'account.move.line': books.moveLines,
    'account.payment': books.payments,
  };
}
