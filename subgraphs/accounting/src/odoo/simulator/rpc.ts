import { accessDenied, accessError, OdooFault, technicalFault, userError } from './faults.js';
import type { SimulatedDatabase } from './orm/database.js';
import { fieldsGet } from './orm/fields-get.js';
import type { CallContext } from './orm/model.js';
import { readGroup } from './orm/read-group.js';
import { versionInfo, type OdooVersion } from './version.js';

/** Who may log in to the simulated database. */
export interface SimulatedUser {
  database: string;
  login: string;
  password: string;
  /** 40 hex characters; works in place of the password on every RPC call. */
  apiKey: string;
  uid: number;
  companyIds: number[];
  /** UTC instant after which the API key is refused; honoured from Odoo 18 (keys do not expire before). */
  apiKeyExpiresAt?: string;
  /** `auth_totp`: the password is refused over RPC, only the API key works. */
  twoFactor?: boolean;
}

type Params = Record<string, unknown>;

/** Python-like argument binding: positional then named, faulting like a TypeError on extras or duplicates. */
function bind(method: string, names: string[], args: unknown[], kw: Params, version: OdooVersion): Params {
  const bound: Params = {};
  if (args.length > names.length) throw technicalFault(version, `TypeError: ${method}() takes from 1 to ${names.length + 1} positional arguments but ${args.length + 1} were given`);
  args.forEach((a, i) => (bound[names[i]!] = a));
  for (const [k, v] of Object.entries(kw)) {
    if (k === 'context') continue;
    if (!names.includes(k)) throw technicalFault(version, `TypeError: ${method}() got an unexpected keyword argument '${k}'`);
    if (k in bound) throw technicalFault(version, `TypeError: ${method}() got multiple values for argument '${k}'`);
    bound[k] = v;
  }
  for (const k of ['offset', 'limit']) {
    const v = bound[k];
    // An untyped empty <value/> (what the npm client sends for `undefined`) arrives as '' and breaks SQL.
    if (v !== undefined && v !== null && v !== false && typeof v !== 'number') {
      throw technicalFault(version, `TypeError: '<' not supported between instances of '${typeof v === 'string' ? 'str' : 'list'}' and 'int'`);
    }
  }
  return bound;
}

const asIds = (v: unknown): number[] => (Array.isArray(v) ? v : [v]).filter((x): x is number => typeof x === 'number');
const asFields = (v: unknown): string[] | undefined => (Array.isArray(v) && v.length > 0 ? v.map(String) : undefined);

/** The `common` and `object` services of one simulated Odoo server. */
export class SimulatedRpc {
  constructor(
    private readonly db: SimulatedDatabase,
    private readonly version: OdooVersion,
    private readonly user: SimulatedUser,
  ) {}

  common(method: string, params: unknown[]): unknown {
    switch (method) {
      case 'version':
        return versionInfo(this.version);
      case 'authenticate':
      case 'login': {
        const [database, login, password] = params as [unknown, unknown, unknown];
        this.checkDatabase(database);
        return login === this.user.login && this.passwordMatches(password) ? this.user.uid : false;
      }
      default:
        throw technicalFault(this.version, `KeyError: 'exp_${method}'`);
    }
  }

  object(method: string, params: unknown[]): unknown {
    if (method !== 'execute_kw' && method !== 'execute') throw technicalFault(this.version, `KeyError: 'exp_${method}'`);
    const [database, uid, password, model, ormMethod, ...rest] = params;
    this.checkDatabase(database);
    if (uid !== this.user.uid || !this.passwordMatches(password)) throw accessDenied();
    const args = method === 'execute_kw' ? ((rest[0] as unknown[]) ?? []) : rest;
    const kw = method === 'execute_kw' ? ((rest[1] as Params) ?? {}) : {};
    if (!Array.isArray(args)) throw technicalFault(this.version, `TypeError: execute_kw() argument after * must be an iterable, not ${typeof args}`);
    return this.execute(String(model), String(ormMethod), args, kw);
  }

  private execute(modelName: string, method: string, args: unknown[], kw: Params): unknown {
    if (method.startsWith('_')) {
      throw accessError(
        this.version >= 18
          ? `Private methods (such as '${modelName}.${method}') cannot be called remotely.`
          : `Private methods (such as ${method}) cannot be called remotely.`,
      );
    }
    const model = this.db.require(modelName);
    const ctx = this.context(kw.context);
    const db = this.db;
    if (modelName === 'res.users' && method === 'context_get') return { lang: ctx.lang, tz: 'Indian/Reunion', uid: this.user.uid };
    switch (method) {
      case 'search': {
        const p = bind('search', ['domain', 'offset', 'limit', 'order'], args, kw, this.version);
        return db.search(modelName, p.domain ?? [], p as never, ctx).map((r) => r.id);
      }
      case 'search_count': {
        const p = bind('search_count', ['domain', 'limit'], args, kw, this.version);
        return db.search(modelName, p.domain ?? [], { limit: p.limit as number | undefined }, ctx).length;
      }
      case 'search_read': {
        const p = bind('search_read', ['domain', 'fields', 'offset', 'limit', 'order', 'load'], args, kw, this.version);
        return db.search(modelName, p.domain ?? [], p as never, ctx).map((r) => db.toRecord(model, r, asFields(p.fields), ctx));
      }
      case 'read': {
        const [ids, ...more] = args;
        const p = bind('read', ['fields', 'load'], more, kw, this.version);
        return db.read(modelName, asIds(ids ?? []), asFields(p.fields), ctx);
      }
      case 'fields_get': {
        const p = bind('fields_get', ['allfields', 'attributes'], args, kw, this.version);
        return fieldsGet(model, p.allfields, p.attributes, ctx);
      }
      case 'read_group': {
        const p = bind('read_group', ['domain', 'fields', 'groupby', 'offset', 'limit', 'orderby', 'lazy'], args, kw, this.version);
        return readGroup(db, modelName, { ...p, domain: p.domain ?? [], fields: p.fields ?? [], groupby: p.groupby ?? [], lazy: p.lazy !== false } as never, ctx);
      }
      case 'formatted_read_group': {
        if (this.version < 19) break;
        const p = bind('formatted_read_group', ['domain', 'groupby', 'aggregates', 'having', 'offset', 'limit', 'order'], args, kw, this.version);
        return this.formattedReadGroup(modelName, p, ctx);
      }
      case 'write':
      case 'unlink':
      case 'create':
        return this.refuseWrite(modelName, method, args);
    }
    throw technicalFault(this.version, `AttributeError: The method '${modelName}.${method}' does not exist`);
  }

  /** 19's `formatted_read_group`: aggregate keys are the spec strings, `__count`, `__extra_domain`. */
  private formattedReadGroup(modelName: string, p: Params, ctx: CallContext): unknown {
    const aggregates = Array.isArray(p.aggregates) ? p.aggregates.map(String) : [];
    const groups = readGroup(this.db, modelName, { domain: p.domain ?? [], fields: aggregates.filter((a) => a !== '__count').map((a) => `${a.replace(':', '_')}:${a.split(':')[1] ?? 'sum'}(${a.split(':')[0]})`), groupby: p.groupby ?? [], offset: p.offset as number, limit: p.limit as number, lazy: false }, ctx);
    return groups.map((g) => {
      const { __domain, __range: range, __count, ...rest } = g;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rest)) {
        const spec = aggregates.find((a) => a.replace(':', '_') === k);
        // 19 gives a date group as [first day, label]: `'date:month': ['2026-01-01', 'janvier 2026']`.
        const period = (range as Record<string, { from: string }> | undefined)?.[k];
        out[spec ?? k] = period && typeof v === 'string' ? [period.from, v] : v;
      }
      out.__count = __count;
      out.__extra_domain = __domain;
      return out;
    });
  }

  /** The hub only reads for now; writes answer as Odoo would to a journal-generated analytic line or a missing record. */
  private refuseWrite(modelName: string, method: string, args: unknown[]): never {
    if (method === 'create') throw accessError(`You are not allowed to create '${modelName}' records from the Alambic simulator.`);
    const ids = asIds(args[0] ?? []);
    const missing = ids.filter((id) => !this.db.byId(modelName, id));
    if (missing.length > 0) {
      throw userError(
        `One of the records you are trying to modify has already been deleted (Document type: ${modelName}).\n\n(Records: (${missing.join(', ')},), User: ${this.user.uid})`,
      );
    }
    if (modelName === 'account.analytic.line') {
      throw userError('This analytic item was created by a journal item. Please edit the analytic distribution on the journal item instead.');
    }
    throw accessError(`You are not allowed to modify '${modelName}' records from the Alambic simulator.`);
  }

  private context(raw: unknown): CallContext {
    const context = raw && typeof raw === 'object' ? (raw as Params) : {};
    const allowed = context.allowed_company_ids;
    let companyIds = this.user.companyIds;
    if (allowed !== undefined && allowed !== false) {
      const ids = Array.isArray(allowed) ? allowed : [allowed];
      if (ids.length === 0 || ids.some((id) => typeof id !== 'number' || !this.user.companyIds.includes(id))) {
        throw accessError('Access to unauthorized or invalid companies.');
      }
      companyIds = ids as number[];
    }
    return {
      lang: typeof context.lang === 'string' ? context.lang : 'en_US',
      activeTest: context.active_test !== false,
      companyIds,
      raw: context,
    };
  }

  private passwordMatches(password: unknown): boolean {
    if (typeof password !== 'string') return false;
    if (password === this.user.password) return !this.user.twoFactor;
    return this.keyMatches(password);
  }

  /** The API key check (`_check_credentials(scope='rpc')`), with the 18+ expiry clause. */
  keyMatches(key: unknown): boolean {
    if (key !== this.user.apiKey) return false;
    const expiry = this.user.apiKeyExpiresAt;
    return !(this.version >= 18 && expiry !== undefined && Date.parse(expiry) < Date.now());
  }

  /** JSON-2: the method called with named arguments only (`ids` and `context` reserved), as the key's user. */
  executeNamed(model: string, method: string, ids: unknown, named: Params, context: unknown): unknown {
    return this.execute(model, method, ids === undefined ? [] : [ids], { ...named, ...(context === undefined ? {} : { context }) });
  }

  private checkDatabase(database: unknown): void {
    if (database !== this.user.database) {
      throw technicalFault(this.version, `psycopg2.OperationalError: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "${String(database)}" does not exist`);
    }
  }
}

export { OdooFault };
