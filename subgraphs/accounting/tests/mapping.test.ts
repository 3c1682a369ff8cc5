import { describe, expect, it } from 'vitest';
import { accountsUnder, analyticPrefix, analyticTotalsQuery, totalsFromGroups, type AnalyticGroupRow } from '../src/odoo/mapping.js';

const directory = [
  { id: 1, code: '1000', name: 'Culture', active: true },
  { id: 2, code: '1100', name: 'Programmation', active: true },
  { id: 3, code: '1110', name: 'Soirées', active: true },
  { id: 4, code: '1111', name: 'Festival', active: true },
  { id: 5, code: '1200', name: 'Arts visuels', active: true },
  { id: 6, code: '2110', name: 'Cantine', active: true },
  { id: 7, code: 'FIN-REG', name: 'Région', active: true },
];

describe('analytic mapping', () => {
  it('strips trailing zeros to get the prefix of a circle code', () => {
    expect(analyticPrefix('1100')).toBe('11');
    expect(analyticPrefix('1111')).toBe('1111');
    expect(analyticPrefix('1000')).toBe('1');
  });

  it('finds the accounts of a circle and of its descendants only', () => {
    expect(accountsUnder('1100', directory).map((a) => a.id)).toEqual([2, 3, 4]);
    expect(accountsUnder('1000', directory).map((a) => a.id)).toEqual([1, 2, 3, 4, 5]);
    expect(accountsUnder('1111', directory).map((a) => a.id)).toEqual([4]);
    expect(accountsUnder('3000', directory)).toEqual([]);
  });

  it('asks one read_group over the years and accounts, grouped so spent and collected stay apart', () => {
    expect(analyticTotalsQuery([6, 3], [2026, 2025])).toEqual({
      domain: [['date', '>=', '2025-01-01'], ['date', '<=', '2026-12-31'], ['account_id', 'in', [3, 6]]],
      fields: ['amount:sum'],
      groupby: ['account_id', 'date:year', 'general_account_id'],
    });
  });

  it('turns groups into spent (negative) and collected (positive) cents per account and year', () => {
    const rows: AnalyticGroupRow[] = [
      { account_id: [3, 'Soirées'], 'date:year': '2026', general_account_id: [17, '604100'], amount: -1234.56, __range: { 'date:year': { from: '2026-01-01', to: '2027-01-01' } } },
      { account_id: [3, 'Soirées'], 'date:year': '2026', general_account_id: [21, '613500'], amount: -0.1 },
      { account_id: [3, 'Soirées'], 'date:year': '2026', general_account_id: [18, '706000'], amount: 800.2 },
      { account_id: [3, 'Soirées'], 'date:year': '2025', general_account_id: [18, '706000'], amount: 99 },
      { account_id: false, 'date:year': '2026', general_account_id: [18, '706000'], amount: 5 },
    ];
    expect(totalsFromGroups(rows, [2026])).toEqual([{ accountId: 3, year: 2026, spentCents: 123_466, collectedCents: 80_020 }]);
  });
});
