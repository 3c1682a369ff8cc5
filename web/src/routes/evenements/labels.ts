import type { EventCategory } from './queries';

const categories: Record<EventCategory, string> = {
  CONCERT: 'Concert',
  FESTIVAL: 'Festival',
  MEETING: 'Rencontre',
  CONFERENCE: 'Atelier, conférence',
  CATERING: 'Repas',
  WORKCAMP: 'Chantier',
  VOLUNTEERING: 'Créneau bénévole',
};

export function categoryLabel(category: EventCategory): string {
  return categories[category] ?? category;
}

const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Indian/Reunion', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' });
const hour = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Indian/Reunion', hour: '2-digit', minute: '2-digit' });

/** « sam. 12 septembre 2026, 20:00 » (heure de La Réunion). */
export function eventDate(iso: string): string {
  const date = new Date(iso);
  return `${day.format(date)}, ${hour.format(date)}`;
}

/** « 42 billets » / « 1 billet » ; quantities may carry decimals in TiBillet. */
export function ticketsLabel(count: number): string {
  const shown = Number.isInteger(count) ? String(count) : count.toLocaleString('fr-FR');
  return `${shown} billet${Math.abs(count) >= 2 ? 's' : ''}`;
}

/** A share in whole percent, « 37 % ». */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}\u00a0%`;
}

/** A decimal amount as a number of euros, for chart scales only (display, never arithmetic on money). */
export function chartEuros(amount: string): number {
  return Number(amount);
}
