import type { Client } from '@urql/core';
import { mutationMessage } from '../money';
import { cellLines, type GridRow, type PlannedLine } from './grid';
import { CreateBudgetLine, DeleteBudgetLine, UpdateBudgetLine } from './queries';

/** On success, `apply` brings any list of lines (the latest one, other cells may have changed meanwhile) up to date. */
export type SaveResult = { ok: true; apply: (lines: PlannedLine[]) => PlannedLine[]; changed: boolean } | { ok: false; message: string };

const same = (lines: PlannedLine[]) => lines;

/**
 * Saves what a cell now holds as a budget line: creates it, changes its amount, or deletes it when
 * the cell is emptied.
 */
export async function saveCell(client: Client, circleId: string, lines: PlannedLine[], row: GridRow, period: string, decimal: string | null): Promise<SaveResult> {
  const existing = cellLines(lines, row, period);
  if (existing.length > 1) return { ok: false, message: 'Cette case regroupe plusieurs lignes : modifiez-les une à une.' };
  const current = existing[0];
  const empty = decimal === null || decimal === '0.00';
  if (empty && !current) return { ok: true, apply: same, changed: false };
  if (current && current.amount === decimal) return { ok: true, apply: same, changed: false };

  if (empty && current) {
    const result = await client.mutation(DeleteBudgetLine, { id: current.id }).toPromise();
    if (result.error || !result.data) return { ok: false, message: mutationMessage(result.error) };
    return { ok: true, apply: (all) => all.filter((l) => l.id !== current.id), changed: true };
  }
  const input = { circleId, period, category: row.category, label: row.label, amount: decimal!, grantId: current?.grant?.id ?? null };
  if (current) {
    const result = await client.mutation(UpdateBudgetLine, { id: current.id, input }).toPromise();
    if (result.error || !result.data) return { ok: false, message: mutationMessage(result.error) };
    const saved = result.data.updateBudgetLine;
    return { ok: true, apply: (all) => all.map((l) => (l.id === saved.id ? saved : l)), changed: true };
  }
  const result = await client.mutation(CreateBudgetLine, { input }).toPromise();
  if (result.error || !result.data) return { ok: false, message: mutationMessage(result.error) };
  const created = result.data.createBudgetLine;
  return { ok: true, apply: (all) => [...all.filter((l) => l.id !== created.id), created], changed: true };
}
