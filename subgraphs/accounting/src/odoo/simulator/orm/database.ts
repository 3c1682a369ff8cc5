import { XmlDouble } from '../codec.js';
import { accessError, userError } from '../faults.js';
import type { OdooVersion } from '../version.js';
import { compileDomain, mentionsActive, type DomainHost } from './domain.js';
import { isStored, type CallContext, type FieldDef, type ModelDef, type RecordSource, type Row } from './model.js';

export interface SearchOptions {
  offset?: number;
  limit?: number | false | null;
  order?: string | false | null;
}

/** Rows of every model, with the ORM behaviour RPC clients see: implicit `active` filter, company
 * restriction, `_order`, value formatting (`False` for empty, many2one as `[id, display_name]`). */
export class SimulatedDatabase implements RecordSource, DomainHost {
  private readonly models = new Map<string, ModelDef>();
  private readonly tables = new Map<string, Row[]>();
  private readonly indexes = new Map<string, Map<number, Row>>();

  constructor(
    readonly version: OdooVersion,
    models: ModelDef[],
    data: Record<string, Row[]>,
  ) {
    for (const model of models) {
      this.models.set(model.name, model);
      const rows = data[model.name] ?? [];
      this.tables.set(model.name, rows);
      this.indexes.set(model.name, new Map(rows.map((r) => [r.id, r])));
    }
  }

  model(name: string): ModelDef | undefined {
    return this.models.get(name);
  }

  rows(name: string): Row[] {
    return this.tables.get(name) ?? [];
  }

  byId(name: string, id: number): Row | undefined {
    return this.indexes.get(name)?.get(id);
  }

  displayName(model: string, id: number): string {
    const def = this.models.get(model);
    const row = this.byId(model, id);
    return def && row ? def.displayName(row, this) : '';
  }

  /** The raw value of a field: ids for relations, numbers, strings, `false` when empty. */
  value(model: ModelDef, row: Row, field: string, ctx: CallContext): unknown {
    if (field === 'id') return row.id;
    if (field === 'display_name') return model.displayName(row, this);
    const def = model.fields[field];
    if (!def) return false;
    if (def.type === 'one2many') {
      return this.rows(def.relation!).filter((r) => r[def.inverse!] === row.id).map((r) => r.id);
    }
    if (def.compute) return def.compute(row, this, ctx);
    const v = row[field];
    return v === undefined || v === null ? (def.type === 'many2many' ? [] : false) : v;
  }

  /** A value as `read` sends it (`load='_classic_read'`). */
  formatted(model: ModelDef, row: Row, field: string, ctx: CallContext): unknown {
    const def = model.fields[field];
    const v = this.value(model, row, field, ctx);
    if (!def) return v;
    return formatValue(this, def, v);
  }

  /** Every search goes through here: domain, implicit `active`, companies, order, offset, limit. */
  search(modelName: string, domain: unknown, options: SearchOptions, ctx: CallContext): Row[] {
    const model = this.require(modelName);
    const list = Array.isArray(domain) ? [...domain] : [];
    if (model.fields.active && ctx.activeTest && !mentionsActive(list)) {
      if (list.length === 0) list.push(['active', '=', true]);
      else list.unshift('&', ['active', '=', true]);
    }
    const predicate = compileDomain(this, model, list, ctx);
    const visible = this.rows(modelName).filter((r) => this.companyAllows(model, r, ctx) && predicate(r));
    const sorted = sortRows(this, model, visible, options.order || model.order, ctx);
    const offset = options.offset ?? 0;
    const limit = typeof options.limit === 'number' && options.limit > 0 ? options.limit : undefined;
    return sorted.slice(offset, limit === undefined ? undefined : offset + limit);
  }

  /** `read`: missing ids are silently dropped, archived records are returned. */
  read(modelName: string, ids: number[], fields: string[] | undefined, ctx: CallContext): Record<string, unknown>[] {
    const model = this.require(modelName);
    const rows = ids.map((id) => this.byId(modelName, id)).filter((r): r is Row => r !== undefined);
    for (const r of rows) {
      if (!this.companyAllows(model, r, ctx)) {
        throw accessError(`You are not allowed to access '${modelName}' (${modelName}) records.\n\nRecords: ${modelName}(${r.id},)`);
      }
    }
    return rows.map((r) => this.toRecord(model, r, fields, ctx));
  }

  toRecord(model: ModelDef, row: Row, fields: string[] | undefined, ctx: CallContext): Record<string, unknown> {
    const names = fields && fields.length > 0 ? fields : Object.keys(model.fields);
    const record: Record<string, unknown> = { id: row.id };
    for (const name of names) {
      if (name === 'id') continue;
      if (!model.fields[name]) throw userError(`Invalid field '${name}' on model '${model.name}'`);
      record[name] = this.formatted(model, row, name, ctx);
    }
    return record;
  }

  require(modelName: string): ModelDef {
    const model = this.models.get(modelName);
    if (!model) throw userError(`Object ${modelName} doesn't exist`);
    return model;
  }

  private companyAllows(model: ModelDef, row: Row, ctx: CallContext): boolean {
    if (!model.fields.company_id) return true;
    const company = row.company_id;
    return typeof company !== 'number' || ctx.companyIds.includes(company);
  }
}

export function formatValue(db: SimulatedDatabase, def: FieldDef, v: unknown): unknown {
  switch (def.type) {
    case 'many2one':
      return typeof v === 'number' ? [v, db.displayName(def.relation!, v)] : false;
    case 'float':
    case 'monetary':
      return new XmlDouble(typeof v === 'number' ? v : 0);
    case 'integer':
      return typeof v === 'number' ? v : 0;
    case 'boolean':
      return Boolean(v);
    case 'one2many':
    case 'many2many':
      return Array.isArray(v) ? v : [];
    default:
      return v === '' || v === null || v === undefined ? false : v;
  }
}

const orderTerm = /^\s*([a-z_][a-z0-9_]*)(?:\s+(asc|desc))?(?:\s+nulls\s+(first|last))?\s*$/i;

/** Parses an `order` and sorts; an invalid specification is Odoo's fault 2 (`_check_qorder`). */
function sortRows(db: SimulatedDatabase, model: ModelDef, rows: Row[], order: string, ctx: CallContext): Row[] {
  const terms = order.split(',').map((t) => {
    const match = orderTerm.exec(t);
    const field = match?.[1];
    const def = field ? model.fields[field] : undefined;
    if (!match || !field || (field !== 'id' && (!def || (!isStored(def) && field !== 'complete_name')))) {
      throw userError(
        `Invalid "order" specified (${order}). A valid "order" specification is a comma-separated list of valid field names (optionally followed by asc/desc for the direction)`,
      );
    }
    return { field, desc: (match[2] ?? 'asc').toLowerCase() === 'desc' };
  });
  const key = (row: Row, field: string): string | number => {
    const def = model.fields[field];
    let v = db.value(model, row, field, ctx);
    if (def?.type === 'many2one' && typeof v === 'number') v = db.displayName(def.relation!, v);
    if (v === false || v === null || v === undefined) return '';
    return typeof v === 'number' ? v : String(v).toLowerCase();
  };
  return [...rows].sort((a, b) => {
    for (const { field, desc } of terms) {
      const x = key(a, field);
      const y = key(b, field);
      if (x === y) continue;
      const less = typeof x === 'number' && typeof y === 'number' ? x < y : String(x) < String(y);
      return (less ? -1 : 1) * (desc ? -1 : 1);
    }
    return a.id - b.id;
  });
}
