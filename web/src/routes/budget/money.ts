import { parseCents, REUNION_TIME_ZONE } from '$lib/format';

/** 123450n → "1234.50", the Money scalar's form. */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  return `${negative ? '-' : ''}${absolute / 100n}.${(absolute % 100n).toString().padStart(2, '0')}`;
}

export type AmountInput = { ok: true; decimal: string | null } | { ok: false; message: string };

/**
 * What a member types as an amount, the French way or not: « 1 200,50 », « 1200.5 », « 300 € ».
 * Empty means « no amount ». Never goes through a float.
 */
export function parseAmountInput(text: string): AmountInput {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (compact === '') return { ok: true, decimal: null };
  if (compact.startsWith('-')) return { ok: false, message: 'Le montant doit être positif.' };
  if (!/^\d+(\.\d{0,2})?$/.test(compact)) return { ok: false, message: `Montant illisible : « ${text.trim()} » (ex. « 1 200,50 »).` };
  return { ok: true, decimal: centsToDecimal(parseCents(compact)) };
}

/** Today at La Réunion, `YYYY-MM-DD`. */
export function reunionToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REUNION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The first message of a failed mutation, in French, without the « [GraphQL] » prefix urql adds. */
export function mutationMessage(error: { graphQLErrors: Array<{ message: string }>; networkError?: Error } | undefined): string {
  if (!error) return 'Erreur inconnue.';
  if (error.networkError) return 'Le serveur Alambic ne répond pas : réessayez.';
  return error.graphQLErrors[0]?.message ?? 'Erreur inconnue.';
}
