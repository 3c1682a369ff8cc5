import type { OdooVersion } from './version.js';

/** An exception raised inside the simulated server, turned into an XML-RPC fault by the dispatcher. */
export class OdooFault extends Error {
  constructor(
    readonly faultCode: 1 | 2 | 3 | 4,
    readonly faultString: string,
  ) {
    super(faultString);
  }
}

const frames = (version: OdooVersion) => {
  const base = version >= 19 ? '/usr/lib/python3/dist-packages/odoo/addons/rpc/controllers/xmlrpc.py' : '/usr/lib/python3/dist-packages/odoo/addons/base/controllers/rpc.py';
  return [
    `  File "${base}", line 160, in xmlrpc_2`,
    '    response = self._xmlrpc(service)',
    '  File "/usr/lib/python3/dist-packages/odoo/service/model.py", line 156, in execute_kw',
    '    return execute(db, uid, obj, method, *args, **kw or {})',
  ].join('\n');
};

/** Fault 1: anything that is not an Odoo exception, sent with the full Python traceback. */
export function technicalFault(version: OdooVersion, lastLine: string): OdooFault {
  return new OdooFault(1, `Traceback (most recent call last):\n${frames(version)}\n${lastLine}\n`);
}

export const accessDenied = () => new OdooFault(3, 'Access Denied');
export const userError = (message: string) => new OdooFault(2, message);
export const accessError = (message: string) => new OdooFault(4, message);

/** The last traceback line of a domain naming an unknown field (16–18: `osv/expression.py`; 19: `orm/domains.py`). */
export function invalidFieldFault(version: OdooVersion, model: string, field: string, leaf: unknown): OdooFault {
  const table = model.replace(/\./g, '_');
  const last =
    version >= 19
      ? `ValueError: Invalid field '${field}' on model '${model}'`
      : `ValueError: Invalid field '${field}' in leaf "<osv.ExtendedLeaf: ${pythonRepr(leaf)} on ${table} (ctx: )>"`;
  return technicalFault(version, last);
}

export function invalidLeafFault(version: OdooVersion, leaf: unknown): OdooFault {
  const last = version >= 19 ? `ValueError: Domain() invalid item in domain: ${pythonRepr(leaf)}` : `ValueError: Invalid leaf ${pythonRepr(leaf)}`;
  return technicalFault(version, last);
}

/** A Python-looking repr, for messages only. */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `(${value.map(pythonRepr).join(', ')}${value.length === 1 ? ',' : ''})`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `'${k}': ${pythonRepr(v)}`).join(', ')}}`;
}
