import { odooDemo } from '@alambic/demo-data';
import type { Row } from '../orm/model.js';
import type { OdooVersion } from '../version.js';
import { demoYear, scaleProjects } from './activity.js';
import { buildBooks } from './books.js';
import { accountRows, analyticAccountRows, companyRows, journalRows, partnerRows, planRows, productRows, userRows } from './reference.js';

export interface DemoDatabaseOptions {
  /** Extra project accounts (codes 9001…), each with a bill and an invoice, to test that calls do not grow with circles. @default 0 */
  extraProjects?: number;
}

/** Every table of the demo database, by model, derived from `@alambic/demo-data` and a seeded year of activity. */
export function buildDemoDatabase(version: OdooVersion, options: DemoDatabaseOptions = {}): Record<string, Row[]> {
  const analytic = analyticAccountRows();
  const scale = scaleProjects(options.extraProjects ?? 0, Math.max(...analytic.map((a) => a.id)) + 1);
  const template = analytic[0]!;
  analytic.push(...scale.accounts.map((a) => ({ ...template, ...a, active: true, plan_id: odooDemo.projectPlanId, root_plan_id: odooDemo.projectPlanId })));
  const planOf = new Map(analytic.map((a) => [a.id, a.plan_id as number]));
  const books = buildBooks([...demoYear(), ...scale.specs], version, planOf);
  return {
    'res.company': companyRows(),
    'res.users': userRows(),
    'res.partner': partnerRows(),
    'product.product': productRows(),
    'account.account': accountRows(),
    'account.journal': journalRows(),
    'account.analytic.plan': planRows(version === 16),
    'account.analytic.account': analytic,
    'account.analytic.line': books.analyticLines,
    'account.move': books.moves,
    'account.move.line': books.moveLines,
    'account.payment': books.payments,
    'account.bank.statement.line': books.statementLines,
  };
}
