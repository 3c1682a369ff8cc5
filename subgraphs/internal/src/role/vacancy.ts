/** A term is active on `today` when it has started and has not ended. Dates are `YYYY-MM-DD`. */
export function isActiveTerm(term: { startsOn: string; endsOn: string | null }, today: string): boolean {
  return term.startsOn <= today && (term.endsOn === null || term.endsOn >= today);
}

/** A role is vacant when it is required and has fewer active fillers than its minimum (an ended term no longer counts). */
export function isVacant(role: { required: boolean; minFillers: number }, terms: Array<{ startsOn: string; endsOn: string | null }>, today: string): boolean {
  if (!role.required) return false;
  const active = terms.filter((t) => isActiveTerm(t, today)).length;
  return active < Math.max(1, role.minFillers);
}

/** Today in the collective's time zone (Indian/Reunion), as `YYYY-MM-DD`. */
export { reunionDay as todayInReunion } from '@alambic/subgraph-kit';

/** Why a required role is vacant on `today`, or null when it is filled (or optional). */
export interface VacancyDetail {
  activeFillers: number;
  neededFillers: number;
  /** The last day of the most recent ended term when no term is active any more. */
  termEndedOn: string | null;
}

export function vacancyOf(
  role: { required: boolean; minFillers: number },
  terms: Array<{ startsOn: string; endsOn: string | null }>,
  today: string,
): VacancyDetail | null {
  if (!isVacant(role, terms, today)) return null;
  const activeFillers = terms.filter((t) => isActiveTerm(t, today)).length;
  const ended = terms.filter((t) => t.endsOn !== null && t.endsOn < today).map((t) => t.endsOn as string).sort();
  return { activeFillers, neededFillers: Math.max(1, role.minFillers), termEndedOn: activeFillers === 0 ? (ended.at(-1) ?? null) : null };
}
