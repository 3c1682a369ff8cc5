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

const isMissing = (message: string) => /has already been deleted|Record does not exist/.test(message);
const lastLine = (traceback: string) => traceback.trim().split('\n').at(-1) ?? '';

/** Legacy `/xmlrpc/<service>` (`xmlrpc_handle_exception_string`): string codes, empty string for Odoo exceptions. */
export function legacyFault(fault: OdooFault): { code: string; string: string } {
  switch (fault.faultCode) {
    case 3:
      return { code: 'AccessDenied', string: 'Access Denied' };
    case 4:
      return { code: `warning -- AccessError\n\n${fault.faultString}`, string: '' };
    case 2:
      return { code: `warning -- ${isMissing(fault.faultString) ? 'MissingError' : 'UserError'}\n\n${fault.faultString}`, string: '' };
    default:
      return { code: lastLine(fault.faultString), string: fault.faultString };
  }
}

/** JSON-2's error body and status (`http_status` of each exception: UserError 422, AccessError/AccessDenied 403, MissingError 404, others 500). */
export function json2Error(fault: OdooFault): { status: number; body: Record<string, unknown> } {
  const body = (name: string, message: string) => ({ name, message, arguments: [message], context: {}, debug: fault.faultCode === 1 ? fault.faultString : '' });
  switch (fault.faultCode) {
    case 3:
      return { status: 403, body: body('odoo.exceptions.AccessDenied', 'Access Denied') };
    case 4:
      return { status: 403, body: body('odoo.exceptions.AccessError', fault.faultString) };
    case 2:
      return isMissing(fault.faultString)
        ? { status: 404, body: body('odoo.exceptions.MissingError', fault.faultString) }
        : { status: 422, body: body('odoo.exceptions.UserError', fault.faultString) };
    default: {
      const line = lastLine(fault.faultString);
      const [name, ...rest] = line.split(': ');
      return { status: 500, body: body(name ?? 'Exception', rest.join(': ') || line) };
    }
  }
}
