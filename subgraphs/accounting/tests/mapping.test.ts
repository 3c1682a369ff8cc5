import { describe, expect, it } from 'vitest';
import { groupsFromFormatted, groupsFromReadGroup, monthFromLabel } from '../src/odoo/aggregate.js';
import { distributionFrom, documentFrom, lineFrom } from '../src/odoo/documents-mapping.js';
import { accountCodeOf, accountsUnder, amountsFromGroups, analyticAmountsQuery, analyticPrefix, productCodeOf } from '../src/odoo/mapping.js';

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

  it('asks one aggregate over the years, by account, month, general account and product', () => {
    expect(analyticAmountsQuery([2026, 2025])).toEqual({
      domain: [['date', '>=', '2025-01-01'], ['date', '<=', '2026-12-31'], ['account_id', '!=', false]],
      groupby: ['account_id', 'date:month', 'general_account_id', 'product_id'],
      aggregates: ['amount:sum'],
    });
  });

  it('reads account codes and product references from display names', () => {
    expect(accountCodeOf([17, '604100 Cachets et prestations artistiques'])).toBe('604100');
    expect(accountCodeOf(false)).toBeNull();
    expect(productCodeOf([1, '[COREM] Co-rémunération (bienveillance)'])).toBe('COREM');
    expect(productCodeOf([9, 'Sans référence'])).toBeNull();
  });

  it('normalises read_group (16–18) and formatted_read_group (19) rows to the same groups', () => {
    const groupby = ['account_id', 'date:month', 'general_account_id'];
    const classic = groupsFromReadGroup(
      [
        { account_id: [3, '[1110] Soirées'], 'date:month': 'mars 2026', general_account_id: [17, '604100 Cachets'], amount: -1234.56, __count: 2, __range: { 'date:month': { from: '2026-03-01', to: '2026-04-01' } } },
        // A server without __range: the French or English label is read.
        { account_id: [3, '[1110] Soirées'], 'date:month': 'April 2026', general_account_id: [18, '706000 Prestations'], amount: 800.2, __count: 1 },
      ],
      groupby,
      ['amount:sum'],
    );
    const formatted = groupsFromFormatted(
      [
        { account_id: [3, '[1110] Soirées'], 'date:month': ['2026-03-01', 'mars 2026'], general_account_id: [17, '604100 Cachets'], 'amount:sum': -1234.56, __count: 2, __extra_domain: [] },
        { account_id: [3, '[1110] Soirées'], 'date:month': ['2026-04-01', 'avril 2026'], general_account_id: [18, '706000 Prestations'], 'amount:sum': 800.2, __count: 1, __extra_domain: [] },
      ],
      groupby,
      ['amount:sum'],
    );
    expect(formatted).toEqual(classic);
    expect(amountsFromGroups(classic)).toEqual([
      { accountId: 3, month: '2026-03', generalAccount: '604100', product: null, cents: -123_456 },
      { accountId: 3, month: '2026-04', generalAccount: '706000', product: null, cents: 80_020 },
    ]);
    expect(groupsFromFormatted([{ account_id: false, 'date:month': false, 'amount:sum': false, __count: 0 }], ['account_id', 'date:month'], ['amount:sum'])[0]!.values['amount:sum']).toBe(0);
    expect(monthFromLabel('décembre 2026')).toBe('2026-12-01');
    expect(monthFromLabel('W02 2026')).toBe(false);
  });
});

describe('documents mapping', () => {
  it('reads analytic distribution keys of every version: single ids (16) and comma-joined per plan (17+)', () => {
    expect(distributionFrom({ '10': 100, '32': 100 })).toEqual([{ accountIds: [10], percent: 100 }, { accountIds: [32], percent: 100 }]);
    expect(distributionFrom({ '10,32': 100 })).toEqual([{ accountIds: [10, 32], percent: 100 }]);
    expect(distributionFrom({ '3': 60, '4': 40 })).toEqual([{ accountIds: [3], percent: 60 }, { accountIds: [4], percent: 40 }]);
    expect(distributionFrom(false)).toEqual([]);
  });

  it('turns moves and lines into documents with unsigned amounts and lines in the document’s direction', () => {
    const bill = documentFrom({ id: 5, name: '/', move_type: 'in_invoice', state: 'draft', partner_id: [203, 'Cash Marché'], date: '2026-11-12', invoice_date: false, invoice_date_due: '2026-12-12', ref: false, amount_total: 312.4, amount_residual: 312.4, payment_state: 'not_paid' });
    expect(bill).toEqual({ id: 5, number: null, kind: 'BILL', state: 'DRAFT', partnerId: 203, partnerName: 'Cash Marché', date: '2026-11-12', dueDate: '2026-12-12', reference: null, totalCents: 31_240, residualCents: 31_240, paymentState: 'NOT_PAID' });
    expect(documentFrom({ id: 6, name: 'X', move_type: 'entry' } as never)).toBeUndefined();
    const income = lineFrom({ id: 1, move_id: [7, 'FAC/2026/00001'], move_type: 'out_invoice', name: 'Atelier', account_id: [18, '706000 Prestations'], product_id: false, balance: -450, analytic_distribution: { '21': 100 } });
    expect(income).toMatchObject({ documentId: 7, cents: 45_000, generalAccount: '706000', distribution: [{ accountIds: [21], percent: 100 }] });
    const expense = lineFrom({ id: 2, move_id: [8, 'FACTU/2026/00001'], move_type: 'in_invoice', name: 'Presta', account_id: [16, '641100 Co-rémunération'], product_id: [2, '[PRESTA-INT] Prestation interne'], balance: 120, analytic_distribution: false });
    expect(expense).toMatchObject({ cents: 12_000, product: 'PRESTA-INT', distribution: [] });
  });
});
