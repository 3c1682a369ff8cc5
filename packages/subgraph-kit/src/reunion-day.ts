// Building a formatter costs more than using it (it was ~1 % of a busy hub's time when built per request).
const reunionCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Indian/Reunion', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day of an instant in La Réunion's calendar, `YYYY-MM-DD` (today by default): the collective's own day. */
export function reunionDay(instant: Date = new Date()): string {
  return reunionCalendar.format(instant);
}
