import { BadUserInputError } from '@alambic/subgraph-kit';

/** Explicit input checks shared by every mutation: each failure is one French sentence naming the field. */

/** A trimmed, non-empty text of at most `max` characters. */
export function requireText(value: string | null | undefined, label: string, field: string, max = 500): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw new BadUserInputError(`${label} est obligatoire : il ne peut pas être vide.`, field);
  if (text.length > max) throw new BadUserInputError(`${label} est trop long (${text.length} caractères, ${max} au plus).`, field);
  return text;
}

/** A trimmed text, or null when empty or absent. */
export function optionalText(value: string | null | undefined, label: string, field: string, max = 4000): string | null {
  const text = (value ?? '').trim();
  if (text.length === 0) return null;
  if (text.length > max) throw new BadUserInputError(`${label} est trop long (${text.length} caractères, ${max} au plus).`, field);
  return text;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `AAAA-MM-JJ` that exists. */
export function requireDay(value: string | null | undefined, label: string, field: string): string {
  const text = (value ?? '').trim();
  const match = DAY.exec(text);
  if (!match) throw new BadUserInputError(`${label} doit être une date au format AAAA-MM-JJ (reçu « ${text.slice(0, 40)} »).`, field);
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new BadUserInputError(`${label} n’est pas une date qui existe (« ${text} »).`, field);
  }
  return text;
}

export function optionalDay(value: string | null | undefined, label: string, field: string): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requireDay(value, label, field);
}

/** `end` must not come before `start` (both `AAAA-MM-JJ`). */
export function requireOrder(start: string, end: string | null, message: string, field: string): void {
  if (end !== null && end < start) throw new BadUserInputError(message, field);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be an id of the hub's database (anything else is unknown without asking PostgreSQL). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A list of non-empty distinct texts (skills, badges, accountabilities). */
export function textList(values: string[] | null | undefined, label: string, field: string, maxItems = 30, maxLength = 300): string[] {
  const cleaned = (values ?? []).map((v) => v.trim()).filter((v) => v.length > 0);
  if (cleaned.length > maxItems) throw new BadUserInputError(`${label} : ${maxItems} éléments au plus (reçu ${cleaned.length}).`, field);
  const tooLong = cleaned.find((v) => v.length > maxLength);
  if (tooLong) throw new BadUserInputError(`${label} : « ${tooLong.slice(0, 40)}… » dépasse ${maxLength} caractères.`, field);
  return [...new Set(cleaned)];
}

/** An http(s) address. */
export function requireUrl(value: string | null | undefined, label: string, field: string): string {
  const text = requireText(value, label, field, 2000);
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new BadUserInputError(`${label} doit être une adresse web commençant par http:// ou https://.`, field);
  }
  return text;
}
