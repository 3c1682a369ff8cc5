/** One group of an aggregate read, the same whatever the version: groupby values (many2one `[id, name]`, date groups as
 * the period's first day `'YYYY-MM-DD'`, `false` when empty), aggregate values (0 when empty) and the record count. */
export interface AggregateRow {
  groups: Record<string, unknown>;
  values: Record<string, number>;
  count: number;
}

const monthNames = [
  ['janvier', 'january'], ['février', 'february'], ['mars', 'march'], ['avril', 'april'], ['mai', 'may'], ['juin', 'june'],
  ['juillet', 'july'], ['août', 'august'], ['septembre', 'september'], ['octobre', 'october'], ['novembre', 'november'], ['décembre', 'december'],
];

/** A month label (`'janvier 2026'`, `'January 2026'`) as the first day of the month, for servers without `__range`. */
export function monthFromLabel(label: string): string | false {
  const match = /^(\S+)\s+(\d{4})$/.exec(label.trim().toLowerCase());
  if (!match) return false;
  const index = monthNames.findIndex((names) => names.includes(match[1]!));
  return index < 0 ? false : `${match[2]}-${String(index + 1).padStart(2, '0')}-01`;
}

const isDateSpec = (spec: string) => /:(day|week|month|quarter|year)$/.test(spec);
const number = (v: unknown) => (typeof v === 'number' ? v : 0);

/** 16–18 `read_group(lazy=False)`: aggregates under the field's name, date labels with `__range` giving the period. */
export function groupsFromReadGroup(rows: ReadonlyArray<Record<string, unknown>>, groupby: string[], aggregates: string[]): AggregateRow[] {
  return rows.map((row) => {
    const range = (row.__range ?? {}) as Record<string, { from?: string } | false>;
    const groups: Record<string, unknown> = {};
    for (const spec of groupby) {
      const value = row[spec];
      if (!isDateSpec(spec)) groups[spec] = value ?? false;
      else {
        const period = range[spec];
        groups[spec] = period && typeof period.from === 'string' ? period.from.slice(0, 10) : typeof value === 'string' ? monthFromLabel(value) : false;
      }
    }
    const values: Record<string, number> = {};
    for (const spec of aggregates) values[spec] = number(row[spec.split(':')[0]!]);
    return { groups, values, count: number(row.__count) };
  });
}

/** 19 `formatted_read_group`: aggregates under their spec, date groups as `[first day, label]`, `False` for an empty aggregate. */
export function groupsFromFormatted(rows: ReadonlyArray<Record<string, unknown>>, groupby: string[], aggregates: string[]): AggregateRow[] {
  return rows.map((row) => {
    const groups: Record<string, unknown> = {};
    for (const spec of groupby) {
      const value = row[spec];
      if (!isDateSpec(spec)) groups[spec] = value ?? false;
      else groups[spec] = Array.isArray(value) && typeof value[0] === 'string' ? value[0].slice(0, 10) : false;
    }
    const values: Record<string, number> = {};
    for (const spec of aggregates) values[spec] = number(row[spec]);
    return { groups, values, count: number(row.__count) };
  });
}
