import { invalidFieldFault, invalidLeafFault, userError } from '../faults.js';
import type { OdooVersion } from '../version.js';
import type { CallContext, ModelDef, Row } from './model.js';

/** How the domain evaluator reaches field values and related models. */
export interface DomainHost {
  version: OdooVersion;
  model(name: string): ModelDef | undefined;
  rows(name: string): Row[];
  byId(name: string, id: number): Row | undefined;
  value(model: ModelDef, row: Row, field: string, ctx: CallContext): unknown;
  displayName(model: string, id: number): string;
}

export type Predicate = (row: Row) => boolean;

const operators16 = ['=', '!=', '<>', '<=', '<', '>', '>=', '=?', '=like', '=ilike', 'like', 'not like', 'ilike', 'not ilike', 'in', 'not in', 'child_of', 'parent_of'];

function operatorsOf(version: OdooVersion): Set<string> {
  const ops = [...operators16];
  if (version >= 17) ops.push('any', 'not any');
  if (version >= 19) ops.push('not =like', 'not =ilike');
  return new Set(ops);
}

/** Whether a domain names `active` at its top level (then no implicit `active = True`). */
export function mentionsActive(domain: unknown[]): boolean {
  return domain.some((term) => Array.isArray(term) && term[0] === 'active');
}

/** Compiles an Odoo domain (prefix notation, implicit `&`) into a predicate; faults like Odoo on a bad leaf. */
export function compileDomain(host: DomainHost, model: ModelDef, domain: unknown, ctx: CallContext): Predicate {
  if (!Array.isArray(domain)) throw invalidLeafFault(host.version, domain);
  const stack: Predicate[] = [];
  const ops = operatorsOf(host.version);
  for (let i = domain.length - 1; i >= 0; i--) {
    const term = domain[i];
    if (term === '&' || term === '|') {
      const a = stack.pop();
      const b = stack.pop();
      if (!a || !b) throw invalidLeafFault(host.version, domain);
      stack.push(term === '&' ? (row) => a(row) && b(row) : (row) => a(row) || b(row));
    } else if (term === '!') {
      const a = stack.pop();
      if (!a) throw invalidLeafFault(host.version, domain);
      stack.push((row) => !a(row));
    } else if (Array.isArray(term) && term.length === 3 && typeof term[0] === 'string' && typeof term[1] === 'string') {
      if (!ops.has(term[1].toLowerCase())) throw invalidLeafFault(host.version, term);
      stack.push(compileLeaf(host, model, term as [string, string, unknown], ctx));
    } else if (Array.isArray(term) && term.length === 3 && (term[0] === 1 || term[0] === 0)) {
      // TRUE_LEAF (1, '=', 1) / FALSE_LEAF (0, '=', 1)
      const truth = term[0] === 1;
      stack.push(() => truth);
    } else {
      throw invalidLeafFault(host.version, term);
    }
  }
  return stack.reduce<Predicate>((acc, p) => (row) => acc(row) && p(row), () => true);
}

function compileLeaf(host: DomainHost, model: ModelDef, leaf: [string, string, unknown], ctx: CallContext): Predicate {
  const [path, rawOp, value] = leaf;
  const op = rawOp.toLowerCase() === '<>' ? '!=' : rawOp.toLowerCase();
  const [head, ...rest] = path.split('.');
  const def = model.fields[head!];
  if (!def) throw invalidFieldFault(host.version, model.name, head!, leaf);

  if (op === 'any' || op === 'not any') {
    if (!def.relation) throw invalidLeafFault(host.version, leaf);
    const sub = host.model(def.relation)!;
    const inner = compileDomain(host, sub, value, ctx);
    const hit = (row: Row) => relatedIds(host, model, row, head!, ctx).some((id) => {
      const r = host.byId(sub.name, id);
      return r !== undefined && inner(r);
    });
    return op === 'any' ? hit : (row) => !hit(row);
  }

  if (rest.length > 0) {
    // A dotted path: the leaf holds when any related record satisfies the rest of the path.
    if (!def.relation) throw invalidFieldFault(host.version, model.name, path, leaf);
    const sub = host.model(def.relation)!;
    const inner = compileLeaf(host, sub, [rest.join('.'), rawOp, value], ctx);
    const negative = op === '!=' || op.startsWith('not ');
    return (row) => {
      const related = relatedIds(host, model, row, head!, ctx).map((id) => host.byId(sub.name, id)).filter((r): r is Row => r !== undefined);
      if (related.length === 0) return negative;
      return negative ? related.every(inner) : related.some(inner);
    };
  }

  if (def.type === 'json' && head === 'analytic_distribution') return distributionLeaf(host, op, value);

  if (op === 'child_of' || op === 'parent_of') {
    const target = head === 'id' ? model.name : def.relation;
    const tree = target ? host.model(target) : undefined;
    if (!tree?.parentField) throw invalidLeafFault(host.version, leaf);
    const roots = (Array.isArray(value) ? value : [value]).filter((v): v is number => typeof v === 'number');
    const allowed = op === 'child_of' ? descendants(host, tree, roots) : ancestors(host, tree, roots);
    return (row) => relatedOrSelf(host, model, row, head!, ctx).some((id) => allowed.has(id));
  }

  const relational = def.type === 'many2one' || def.type === 'one2many' || def.type === 'many2many';
  return (row) => {
    const current = host.value(model, row, head!, ctx);
    if (relational && typeof value === 'string' && def.relation && ['=', '!=', 'like', 'ilike', 'not like', 'not ilike', '=like', '=ilike'].includes(op)) {
      // A name given for a relational field is matched against the related records' display names.
      const ids = Array.isArray(current) ? (current as number[]) : typeof current === 'number' ? [current] : [];
      const names = ids.map((id) => host.displayName(def.relation!, id));
      const positive = op === '!=' ? '=' : op.replace(/^not /, '');
      const hit = names.some((n) => compare(n, positive, value));
      return op === '!=' || op.startsWith('not ') ? !hit : hit;
    }
    if (Array.isArray(current)) {
      // x2many: `in` / `=` hold when any id matches; `= False` when empty.
      if (value === false) return op === '=' ? current.length === 0 : current.length > 0;
      const hit = current.some((id) => compare(id, op.replace(/^not /, '').replace('!=', '='), value));
      return op.startsWith('not ') || op === '!=' ? !hit : hit;
    }
    return compare(current, op, value);
  };
}

function likeRegex(pattern: string, wrap: boolean, insensitive: boolean): RegExp {
  const body = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(wrap ? body : `^${body}$`, insensitive ? 'is' : 's');
}

function isEmpty(v: unknown) {
  return v === false || v === null || v === undefined || v === '';
}

/** One comparison with Odoo's SQL semantics (NULL never compares; `= False` means "not set"). */
export function compare(current: unknown, op: string, value: unknown): boolean {
  switch (op) {
    case '=':
      if (value === false) return isEmpty(current) || current === false;
      return current === value;
    case '!=':
      if (value === false) return !isEmpty(current);
      return current !== value;
    case '=?':
      return value === false || value === null || value === undefined ? true : current === value;
    case 'in':
    case 'not in': {
      const list = Array.isArray(value) ? value : [value];
      const hit = list.some((v) => (v === false ? isEmpty(current) : v === current));
      return op === 'in' ? hit : !hit;
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (isEmpty(current) || value === false || value === null) return false;
      const a = current as number | string;
      const b = value as number | string;
      return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
    }
    case 'like':
    case 'ilike':
    case 'not like':
    case 'not ilike':
    case '=like':
    case '=ilike':
    case 'not =like':
    case 'not =ilike': {
      const negative = op.startsWith('not ');
      const base = op.replace(/^not /, '');
      if (isEmpty(current)) return negative;
      const re = likeRegex(String(value), !base.startsWith('='), base.endsWith('ilike'));
      const hit = re.test(String(current));
      return negative ? !hit : hit;
    }
    default:
      return false;
  }
}

function relatedIds(host: DomainHost, model: ModelDef, row: Row, field: string, ctx: CallContext): number[] {
  const v = host.value(model, row, field, ctx);
  if (Array.isArray(v)) return v as number[];
  return typeof v === 'number' ? [v] : [];
}

function relatedOrSelf(host: DomainHost, model: ModelDef, row: Row, field: string, ctx: CallContext): number[] {
  return field === 'id' ? [row.id] : relatedIds(host, model, row, field, ctx);
}

function descendants(host: DomainHost, tree: ModelDef, roots: number[]): Set<number> {
  const found = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of host.rows(tree.name)) {
      const parent = r[tree.parentField!];
      if (typeof parent === 'number' && found.has(parent) && !found.has(r.id)) {
        found.add(r.id);
        grew = true;
      }
    }
  }
  return found;
}

function ancestors(host: DomainHost, tree: ModelDef, roots: number[]): Set<number> {
  const found = new Set<number>();
  for (let id of roots) {
    while (typeof id === 'number' && !found.has(id)) {
      found.add(id);
      id = host.byId(tree.name, id)?.[tree.parentField!] as number;
    }
  }
  return found;
}

/** `analytic_distribution` only supports `in` (account ids) and `=`/`ilike` (account name), as `_search_analytic_distribution`. */
function distributionLeaf(host: DomainHost, op: string, value: unknown): Predicate {
  let accountIds: Set<number>;
  if (op === 'in') {
    accountIds = new Set((Array.isArray(value) ? value : [value]).filter((v): v is number => typeof v === 'number'));
  } else if ((op === '=' || op === 'ilike') && typeof value === 'string') {
    accountIds = new Set(
      host.rows('account.analytic.account').filter((a) => compare(String(a.name), op, value)).map((a) => a.id),
    );
  } else {
    throw userError('Operation not supported');
  }
  return (row) => {
    const distribution = row.analytic_distribution;
    if (!distribution || typeof distribution !== 'object') return false;
    return Object.keys(distribution).some((key) => key.split(',').some((id) => accountIds.has(Number(id))));
  };
}
