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
export function todayInReunion(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Indian/Reunion', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
