import { BadUserInputError } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { isUuid, requireDay } from '../validation.js';

/** Largest amount the hub accepts on one line: 10 million euros (anything above is a typing mistake). */
export const maxCents = 1_000_000_000;

export function checkAmount(cents: number, field = 'amount'): void {
  if (!Number.isSafeInteger(cents) || cents <= 0) throw new BadUserInputError('Le montant doit être positif (ex. « 150.00 »).', field);
  if (cents > maxCents) throw new BadUserInputError('Montant aberrant : 10 000 000 € au plus par ligne.', field);
}

/** A day that exists, within the years the hub plans for. */
export function checkPlanningDay(value: string, label: string, field: string): string {
  const day = requireDay(value, label, field);
  const year = Number(day.slice(0, 4));
  if (year < 2000 || year > 2100) throw new BadUserInputError(`${label} est hors limites (${day}).`, field);
  return day;
}

/** Every id must be a live circle; unknown and archived ones are named. */
export async function checkCirclesExist(manager: EntityManager, ids: string[], field: string): Promise<void> {
  const uuids = ids.filter(isUuid);
  const rows: Array<{ id: string; archived: boolean }> = uuids.length
    ? await manager.query('SELECT id, archived_at IS NOT NULL AS archived FROM circle WHERE id = ANY($1::uuid[])', [uuids])
    : [];
  const found = new Map(rows.map((r) => [r.id, r.archived]));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) throw new BadUserInputError(`Cercle inconnu : ${unknown.join(', ')}.`, field);
  const archived = ids.filter((id) => found.get(id));
  if (archived.length) throw new BadUserInputError(`Cercle archivé : ${archived.join(', ')} (on ne planifie plus pour lui).`, field);
}

export async function checkMemberExists(manager: EntityManager, id: string, field: string): Promise<void> {
  const rows = isUuid(id) ? await manager.query('SELECT 1 FROM member WHERE id = $1', [id]) : [];
  if (rows.length === 0) throw new BadUserInputError(`Membre inconnu : ${id}.`, field);
}
