import type { AccountingSource, BankBook } from '../accounting-source.js';
import { checkYear } from '../actuals/actuals.service.js';
import { fromOdoo } from '../upstream.js';
import { BankAccountKind, type BankAccount, type BankPosition } from './bank.type.js';

/** Opening balance, balance and the year's twelve months of one journal, from its monthly flows. */
export function bankAccountOf(book: BankBook, journal: BankBook['journals'][number], year: number): BankAccount {
  const flows = book.flows.filter((f) => f.journalId === journal.id);
  const first = `${year}-01`;
  const net = (f: BankBook['flows'][number]) => f.inflowCents - f.outflowCents;
  const openingBalance = flows.filter((f) => f.month < first).reduce((s, f) => s + net(f), 0);
  let closing = openingBalance;
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const flow = flows.find((f) => f.month === month);
    const inflow = flow?.inflowCents ?? 0;
    const outflow = flow?.outflowCents ?? 0;
    closing += inflow - outflow;
    return { month, inflow, outflow, closingBalance: closing };
  });
  return {
    id: String(journal.id),
    name: journal.name,
    code: journal.code,
    kind: journal.kind === 'CASH' ? BankAccountKind.CASH : BankAccountKind.BANK,
    openingBalance,
    balance: flows.reduce((s, f) => s + net(f), 0),
    months,
  };
}

export class BankService {
  constructor(private readonly source: AccountingSource) {}

  position(year: number): Promise<BankPosition> {
    checkYear(year);
    return fromOdoo(async () => {
      const { value, readAt, stale } = await this.source.bank();
      const accounts = value.journals.map((j) => bankAccountOf(value, j, year));
      return { year, accounts, balance: accounts.reduce((s, a) => s + a.balance, 0), readAt, stale };
    });
  }
}
