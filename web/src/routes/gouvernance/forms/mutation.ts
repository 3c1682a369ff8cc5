import type { CombinedError } from '@urql/core';
import { describeError } from '$lib/graphql/errors';

/** The French sentence to show for a refused mutation: the hub's own message when it gave one. */
export function mutationError(error: CombinedError): string {
  const refused = error.graphQLErrors.find((e) => ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND'].includes(String(e.extensions?.code)));
  return refused ? refused.message : describeError(error);
}

/** Today at La Réunion, `YYYY-MM-DD` (the default start of a term). */
export function reunionToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Indian/Reunion', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** « 2026-10-01 » → « 01/10/2026 ». */
export function frenchDay(day: string | null): string {
  return day ? day.split('-').reverse().join('/') : '';
}
