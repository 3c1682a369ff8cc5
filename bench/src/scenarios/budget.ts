import type { Scenario } from './scenario.js';

/** The « Suivi budgétaire » of the whole organisation, as the web page asks it: every circle's actuals by category and
 * month and its committed amount (internal → accounting), the consolidated actuals and the bank position. */
const query = `query SuiviBudgetaire($year: Int!) {
  circles { id name kind analyticCode parent { id }
    actuals(year: $year) { spent collected readAt stale categories { category amount } months { month spent collected } }
    committed { amount billCount }
  }
  organisationActuals(year: $year) { spent collected categories { category label amount } months { month spent collected } }
  organisationCommitted { amount }
  bankPosition(year: $year) { balance accounts { name balance months { month closingBalance } } }
}`;

export const scenarios: Scenario[] = [
  { name: 'suivi budgétaire, caches chauds (réponses et Odoo, 30 s)', query, variables: { year: 2026 } },
  {
    name: 'suivi budgétaire, sans cache de réponses, cache Odoo chaud (RESPONSE_CACHE_SECONDS=0)',
    query,
    variables: { year: 2026 },
    env: { RESPONSE_CACHE_SECONDS: '0' },
    reference: true,
  },
  {
    name: 'suivi budgétaire, caches vides : les 20 clients ensemble, 12 fois, après expiration (ODOO_CACHE_SECONDS=1, 1,5 s de pause)',
    query,
    variables: { year: 2026 },
    env: { ODOO_CACHE_SECONDS: '1' },
    waves: { count: 12, pauseMs: 1_500 },
  },
  { name: 'suivi budgétaire, sans aucun cache en continu (ODOO_CACHE_SECONDS=0 : rien n’est gardé)', query, variables: { year: 2026 }, env: { ODOO_CACHE_SECONDS: '0' } },
];
