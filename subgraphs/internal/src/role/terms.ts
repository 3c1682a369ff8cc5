/** Terms are `YYYY-MM-DD` ranges, both ends included; an open term has no end. */
export interface Term {
  startsOn: string;
  endsOn: string | null;
}

export function termsOverlap(a: Term, b: Term): boolean {
  return a.startsOn <= (b.endsOn ?? '9999-12-31') && b.startsOn <= (a.endsOn ?? '9999-12-31');
}

/** The most terms active on one day during `term`, `term` itself included. */
export function peakFillers(term: Term, others: Term[]): number {
  const overlapping = others.filter((o) => termsOverlap(term, o));
  const days = [term.startsOn, ...overlapping.map((o) => o.startsOn).filter((d) => d > term.startsOn)];
  let peak = 1;
  for (const day of days) {
    const active = overlapping.filter((o) => o.startsOn <= day && (o.endsOn === null || o.endsOn >= day)).length + 1;
    peak = Math.max(peak, active);
  }
  return peak;
}

const frenchDay = (day: string) => day.split('-').reverse().join('/');

/** « du 01/09/2025 au 30/06/2026 », « depuis le 01/09/2025 ». */
export function describeTerm(term: Term): string {
  return term.endsOn ? `du ${frenchDay(term.startsOn)} au ${frenchDay(term.endsOn)}` : `depuis le ${frenchDay(term.startsOn)}, sans fin`;
}
