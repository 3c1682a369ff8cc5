import { XmlDouble } from '../codec.js';
import { technicalFault, userError } from '../faults.js';
import type { SimulatedDatabase } from './database.js';
import { isStored, type CallContext, type ModelDef, type Row } from './model.js';

export interface ReadGroupArgs {
  domain: unknown;
  fields: unknown;
  groupby: unknown;
  offset?: number;
  limit?: number | false | null;
  orderby?: string | false | null;
  lazy?: boolean;
}

type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

interface GroupBy {
  spec: string;
  field: string;
  granularity?: Granularity;
}

interface Aggregate {
  key: string;
  field: string;
  fn: 'sum' | 'min' | 'max' | 'avg' | 'count' | 'count_distinct' | 'array_agg';
}

const monthsFr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `read_group` with the 16–18 result shape: groupby keys, `<groupby>_count` (lazy) or `__count`,
 * `field:sum` aggregates under the field's name, `__domain`, `__range` for dates, `__context` when groupbys remain. */
export function readGroup(db: SimulatedDatabase, modelName: string, args: ReadGroupArgs, ctx: CallContext): Record<string, unknown>[] {
  const model = db.require(modelName);
  const allGroupbys = (Array.isArray(args.groupby) ? args.groupby : typeof args.groupby === 'string' ? [args.groupby] : []).map((g) => parseGroupby(db, model, String(g)));
  const lazy = args.lazy !== false;
  const groupbys = lazy ? allGroupbys.slice(0, 1) : allGroupbys;
  const aggregates = parseAggregates(db, model, args.fields, groupbys);
  const rows = db.search(modelName, args.domain, {}, ctx);

  const groups = new Map<string, { keys: unknown[]; rows: Row[] }>();
  for (const row of rows) {
    const keys = groupbys.map((g) => groupKey(db, model, row, g, ctx));
    const id = JSON.stringify(keys);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { keys, rows: [] }));
    group.rows.push(row);
  }

  const ordered = [...groups.values()].sort((a, b) => {
    for (let i = 0; i < groupbys.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      if (x === y) continue;
      if (x === false) return 1;
      if (y === false) return -1;
      return (x as number | string) < (y as number | string) ? -1 : 1;
    }
    return 0;
  });
  if (typeof args.orderby === 'string' && /\bdesc\b/i.test(args.orderby)) ordered.reverse();

  const offset = args.offset ?? 0;
  const limit = typeof args.limit === 'number' && args.limit > 0 ? args.limit : undefined;
  const page = ordered.slice(offset, limit === undefined ? undefined : offset + limit);
  const baseDomain = Array.isArray(args.domain) ? args.domain : [];

  return page.map(({ keys, rows: members }) => {
    const result: Record<string, unknown> = {};
    const extraDomain: unknown[] = [];
    const range: Record<string, { from: string; to: string }> = {};
    groupbys.forEach((g, i) => {
      const key = keys[i];
      const def = model.fields[g.field]!;
      if (g.granularity) {
        if (key === false) {
          result[g.spec] = false;
          extraDomain.push([g.field, '=', false]);
        } else {
          const { from, to } = periodOf(String(key), g.granularity);
          result[g.spec] = periodLabel(from, g.granularity, ctx.lang);
          range[g.spec] = { from, to };
          extraDomain.push('&', [g.field, '>=', from], [g.field, '<', to]);
        }
      } else if (def.type === 'many2one') {
        result[g.spec] = typeof key === 'number' ? [key, db.displayName(def.relation!, key)] : false;
        extraDomain.push([g.field, '=', key]);
      } else {
        result[g.spec] = key;
        extraDomain.push([g.field, '=', key]);
      }
    });
    if (lazy) result[`${groupbys[0]?.spec ?? ''}_count`] = members.length;
    else result.__count = members.length;
    for (const agg of aggregates) result[agg.key] = aggregate(db, model, members, agg, ctx);
    result.__domain = andDomains(extraDomain, baseDomain);
    if (Object.keys(range).length > 0) result.__range = range;
    if (lazy && allGroupbys.length > 1) result.__context = { group_by: allGroupbys.slice(1).map((g) => g.spec) };
    return result;
  });
}

function parseGroupby(db: SimulatedDatabase, model: ModelDef, spec: string): GroupBy {
  const [field, granularity] = spec.split(':') as [string, string | undefined];
  const def = model.fields[field];
  if (!def || !isStored(def)) {
    throw technicalFault(db.version, `ValueError: Invalid field '${field}' on model '${model.name}'`);
  }
  if (granularity !== undefined) {
    if (!['day', 'week', 'month', 'quarter', 'year'].includes(granularity) || (def.type !== 'date' && def.type !== 'datetime')) {
      throw technicalFault(db.version, `ValueError: Invalid groupby specification '${spec}'`);
    }
    return { spec, field, granularity: granularity as Granularity };
  }
  // A date without granularity groups by month, as Odoo does.
  if (def.type === 'date' || def.type === 'datetime') return { spec: `${field}:month`, field, granularity: 'month' };
  return { spec, field };
}

/** Makes the implicit `&` of a domain explicit. */
function normalize(domain: unknown[]): unknown[] {
  const leaves = domain.filter((t) => Array.isArray(t)).length;
  const binaries = domain.filter((t) => t === '&' || t === '|').length;
  const expressions = leaves - binaries;
  return expressions > 1 ? [...Array(expressions - 1).fill('&'), ...domain] : domain;
}

/** `expression.AND([a, b])`. */
function andDomains(a: unknown[], b: unknown[]): unknown[] {
  if (a.length === 0) return normalize(b);
  if (b.length === 0) return normalize(a);
  return ['&', ...normalize(a), ...normalize(b)];
}

function parseAggregates(db: SimulatedDatabase, model: ModelDef, fields: unknown, groupbys: GroupBy[]): Aggregate[] {
  const list = Array.isArray(fields) ? fields.map(String) : [];
  const out: Aggregate[] = [];
  for (const spec of list) {
    // 'amount', 'amount:sum', 'total:sum(amount)'
    const m = /^([a-z_][a-z0-9_]*)(?::([a-z_]+)(?:\(([a-z_][a-z0-9_]*)\))?)?$/i.exec(spec.trim());
    if (!m) throw technicalFault(db.version, `ValueError: Invalid field specification '${spec}'`);
    const [, name, fn, source] = m as unknown as [string, string, string | undefined, string | undefined];
    const field = source ?? name;
    const def = model.fields[field];
    if (!def) throw technicalFault(db.version, `ValueError: Invalid field '${field}' on model '${model.name}'`);
    if (groupbys.some((g) => g.field === field) || field === 'id') continue;
    const numeric = def.type === 'integer' || def.type === 'float' || def.type === 'monetary';
    if (!fn && !numeric) continue; // Non-numeric fields without an aggregate are ignored.
    const agg = (fn ?? 'sum').toLowerCase();
    if (!['sum', 'min', 'max', 'avg', 'count', 'count_distinct', 'array_agg'].includes(agg)) {
      throw userError(`Invalid aggregation function ${agg}.`);
    }
    if (!isStored(def)) throw userError(`Cannot aggregate field ${field}.`);
    out.push({ key: name, field, fn: agg as Aggregate['fn'] });
  }
  return out;
}

function groupKey(db: SimulatedDatabase, model: ModelDef, row: Row, g: GroupBy, ctx: CallContext): unknown {
  const v = db.value(model, row, g.field, ctx);
  if (!g.granularity) return v;
  if (typeof v !== 'string' || v.length < 10) return false;
  return periodOf(v.slice(0, 10), g.granularity).from;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The period a date falls in, as `[from, to)`. */
function periodOf(date: string, granularity: Granularity): { from: string; to: string } {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (granularity) {
    case 'day':
      return { from: iso(d), to: iso(new Date(Date.UTC(y, m, d.getUTCDate() + 1))) };
    case 'week': {
      const monday = new Date(Date.UTC(y, m, d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
      return { from: iso(monday), to: iso(new Date(monday.getTime() + 7 * 86_400_000)) };
    }
    case 'month':
      return { from: iso(new Date(Date.UTC(y, m, 1))), to: iso(new Date(Date.UTC(y, m + 1, 1))) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { from: iso(new Date(Date.UTC(y, q, 1))), to: iso(new Date(Date.UTC(y, q + 3, 1))) };
    }
    case 'year':
      return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
  }
}

/** Babel-formatted labels, in French when `lang` is fr_FR ("janvier 2026", "T1 2026", "W02 2026"). */
function periodLabel(from: string, granularity: Granularity, lang: string): string {
  const fr = lang.startsWith('fr');
  const y = Number(from.slice(0, 4));
  const m = Number(from.slice(5, 7)) - 1;
  switch (granularity) {
    case 'year':
      return String(y);
    case 'quarter':
      return `${fr ? 'T' : 'Q'}${Math.floor(m / 3) + 1} ${y}`;
    case 'month':
      return `${(fr ? monthsFr : monthsEn)[m]} ${y}`;
    case 'week': {
      const d = new Date(`${from}T00:00:00Z`);
      const thursday = new Date(d.getTime() + 3 * 86_400_000);
      const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
      const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
      return `W${String(week).padStart(2, '0')} ${thursday.getUTCFullYear()}`;
    }
    case 'day':
      return fr ? `${Number(from.slice(8, 10))} ${monthsFr[m]!.slice(0, 4)}. ${y}` : `${Number(from.slice(8, 10))} ${monthsEn[m]!.slice(0, 3)} ${y}`;
  }
}

function aggregate(db: SimulatedDatabase, model: ModelDef, rows: Row[], agg: Aggregate, ctx: CallContext): unknown {
  const def = model.fields[agg.field]!;
  const values = rows.map((r) => db.value(model, r, agg.field, ctx));
  const money = def.type === 'float' || def.type === 'monetary';
  const numbers = values.filter((v): v is number => typeof v === 'number');
  const wrap = (n: number) => (money ? new XmlDouble(n) : n);
  switch (agg.fn) {
    case 'sum':
      // SQL sums numerics exactly: add in cents for money.
      return money ? new XmlDouble(numbers.reduce((s, n) => s + Math.round(n * 100), 0) / 100) : numbers.reduce((s, n) => s + n, 0);
    case 'min':
      return numbers.length ? wrap(Math.min(...numbers)) : false;
    case 'max':
      return numbers.length ? wrap(Math.max(...numbers)) : false;
    case 'avg':
      return numbers.length ? new XmlDouble(numbers.reduce((s, n) => s + n, 0) / numbers.length) : false;
    case 'count':
      return values.filter((v) => v !== false && v !== null).length;
    case 'count_distinct':
      return new Set(values.filter((v) => v !== false).map((v) => JSON.stringify(v))).size;
    case 'array_agg':
      return values;
  }
}
