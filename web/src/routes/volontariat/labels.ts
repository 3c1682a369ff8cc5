import { REUNION_TIME_ZONE } from '$lib/format';
import type { ParticipationState } from './queries';

export const stateLabels: Record<ParticipationState, string> = {
  JOINED: 'Inscrit·e, en cours',
  TO_MODERATE: 'Terminée, à valider',
  VALIDATED: 'Validée',
  REFUSED: 'Refusée',
};

export const stateOrder: ParticipationState[] = ['JOINED', 'TO_MODERATE', 'VALIDATED', 'REFUSED'];

const day = new Intl.DateTimeFormat('fr-FR', { timeZone: REUNION_TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('fr-FR', { timeZone: REUNION_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** « sam. 12 sept. 2026 », at La Réunion. */
export function formatDay(iso: string): string {
  return day.format(new Date(iso));
}

/** « 20:00 », at La Réunion. */
export function formatTime(iso: string): string {
  return time.format(new Date(iso));
}

/** « ≈ 5,5 h (estimation) », or an empty string when Oceco gives no hours. */
export function hoursLabel(hours: number | null): string {
  if (hours === null) return '';
  return `≈ ${hours.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} h (estimation)`;
}

/** « 3 R », « −5 R ». */
export function creditsLabel(credits: number, unit: string): string {
  return `${credits < 0 ? '−' : ''}${Math.abs(credits)} ${unit}`;
}

/** Today and 90 days later as instants (midnight at La Réunion), for the agenda query. */
export function agendaWindow(now: Date = new Date()): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: REUNION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const from = new Date(`${today}T00:00:00+04:00`);
  return { from: from.toISOString(), to: new Date(from.getTime() + 90 * 86_400_000).toISOString() };
}
