import { Readable } from 'node:stream';
import Deserializer from 'xmlrpc/lib/deserializer.js';

/** A float as Odoo's marshaller sends it: always `<double>`, even for `1500.0`. */
export class XmlDouble {
  constructor(readonly value: number) {}
}

// Characters XML 1.0 cannot carry; Odoo 17+ strips them before marshalling.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function escapeText(text: string): string {
  return text.replace(controlCharacters, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Python's `repr` of a float: `1500.0`, `12.5`, `-3.07`. */
function pythonFloat(n: number): string {
  if (!Number.isFinite(n)) throw new TypeError(`cannot marshal ${n}`);
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

/** Encodes a value the way Odoo's `OdooMarshaller(allow_none=False)` does: empty values are `False`, never `<nil/>`. */
export function encodeValue(value: unknown): string {
  if (value === null || value === undefined || value === false) return '<value><boolean>0</boolean></value>';
  if (value === true) return '<value><boolean>1</boolean></value>';
  if (value instanceof XmlDouble) return `<value><double>${pythonFloat(value.value)}</double></value>`;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) {
      if (Math.abs(value) > 2 ** 31 - 1) throw new TypeError('int exceeds XML-RPC limits');
      return `<value><int>${value}</int></value>`;
    }
    return `<value><double>${pythonFloat(value)}</double></value>`;
  }
  if (typeof value === 'string') return `<value><string>${escapeText(value)}</string></value>`;
  if (Array.isArray(value)) return `<value><array><data>\n${value.map(encodeValue).join('\n')}\n</data></array></value>`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .map(([name, v]) => `<member>\n<name>${escapeText(name)}</name>\n${encodeValue(v)}\n</member>`)
      .join('\n');
    return `<value><struct>\n${members}\n</struct></value>`;
  }
  throw new TypeError(`cannot marshal ${typeof value} objects`);
}

/** A successful method response, as Python's `xmlrpc.client.dumps(methodresponse=True)` lays it out. */
export function encodeResponse(value: unknown): string {
  return `<?xml version="1.0"?>\n<methodResponse>\n<params>\n<param>\n${encodeValue(value)}\n</param>\n</params>\n</methodResponse>\n`;
}

/** A fault body exactly as Odoo sends it: HTTP 200, an integer code on `/xmlrpc/2`, a string code on legacy `/xmlrpc`. */
export function encodeFault(code: number | string, message: string): string {
  const codeValue = typeof code === 'number' ? `<int>${code}</int>` : `<string>${escapeText(code)}</string>`;
  return (
    '<?xml version="1.0"?><methodResponse><fault><value><struct>\n' +
    `<member><name>faultCode</name><value>${codeValue}</value></member>\n` +
    `<member><name>faultString</name><value><string>${escapeText(message)}</string></value></member>\n` +
    '</struct></value></fault></methodResponse>\n'
  );
}

const basicDateTime = /^\d{8}T\d{2}:\d{2}:\d{2}$/;

/** Python's `loads(use_datetime=True)` only reads `%Y%m%dT%H:%M:%S`; anything else is a ValueError. */
export function findBadDateTime(xml: string): string | undefined {
  for (const match of xml.matchAll(/<dateTime\.iso8601>([^<]*)<\/dateTime\.iso8601>/g)) {
    const text = match[1]!.trim();
    if (!basicDateTime.test(text)) return text;
  }
  return undefined;
}

/** Parses a method call; a client `<dateTime.iso8601>` becomes the `YYYY-MM-DD HH:MM:SS` string Odoo would compare. */
export function decodeCall(xml: string): Promise<{ method: string; params: unknown[] }> {
  return new Promise((resolve, reject) => {
    new Deserializer('utf8').deserializeMethodCall(Readable.from([xml]), (error, method, params) => {
      if (error || !method) reject(error ?? new Error('Method call did not contain a method name'));
      else resolve({ method, params: (params ?? []).map(datesToStrings) });
    });
  });
}

function datesToStrings(value: unknown): unknown {
  if (value instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    // The client library writes local wall-clock time without offset; Odoo reads it as naive UTC.
    return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())} ${p(value.getHours())}:${p(value.getMinutes())}:${p(value.getSeconds())}`;
  }
  if (Array.isArray(value)) return value.map(datesToStrings);
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToStrings(v)]));
  }
  return value;
}
