import type { Scenario } from './scenario.js';

export const scenarios: Scenario[] = [
  {
    name: 'arbre des cercles (internal → accounting)',
    query: `query ArbreDesCercles($year: Int!) {
      circles { id name kind analyticCode vacantRoleCount parent { id } actuals(year: $year) { spent collected readAt stale } }
    }`,
    variables: { year: 2026 },
  },
  {
    name: 'les quatre subgraphs en une requête',
    query: `query Tout($year: Int!) {
      circles { analyticCode vacantRoleCount actuals(year: $year) { spent collected } }
      members { displayName volunteer { balance unit } }
      events { id name start }
    }`,
    variables: { year: 2026 },
    reference: true,
  },
];
