import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UpstreamControl } from '@alambic/connector-kit';
import { XmlDouble } from './codec.js';
import { json2Error, OdooFault, technicalFault } from './faults.js';
import type { SimulatedRpc } from './rpc.js';
import type { OdooVersion } from './version.js';

/** `@api.model` methods: JSON-2 refuses `ids` for them (422). */
const modelMethods = new Set(['search', 'search_read', 'search_count', 'read_group', 'formatted_read_group', 'fields_get', 'name_search', 'create', 'context_get']);

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, status: number, name: string, message: string): void {
  send(res, status, { name, message, arguments: [message, status], context: {}, debug: '' });
}

/** `POST /json/2/<model>/<method>` (Odoo 19): bearer API key, named arguments, bare JSON results, HTTP statuses for errors. */
export async function handleJson2(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: string,
  deps: { rpc: SimulatedRpc; control: UpstreamControl; version: OdooVersion },
): Promise<void> {
  const { rpc, control } = deps;
  const [, , , model, method] = path.split('/');
  if (!model || !method) return error(res, 404, 'werkzeug.exceptions.NotFound', 'Did you mean POST /json/2/<model>/<method>?');
  control.count('json2', `json2:${model}.${method}`);
  if (!(await control.gate(req, res))) return;

  const authorization = req.headers.authorization;
  const match = typeof authorization === 'string' ? /^bearer\s+(.+)$/i.exec(authorization.trim()) : null;
  if (!match) return error(res, 401, 'werkzeug.exceptions.Unauthorized', 'User not authenticated, use an API Key with a Bearer Authorization header.');
  if (!rpc.keyMatches(match[1]!.trim())) return error(res, 401, 'werkzeug.exceptions.Unauthorized', 'Invalid apikey');

  let params: Record<string, unknown>;
  try {
    params = body.trim() === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
    if (!params || typeof params !== 'object' || Array.isArray(params)) throw new Error('not an object');
  } catch {
    return error(res, 400, 'werkzeug.exceptions.BadRequest', 'Invalid JSON data');
  }
  const { ids, context, ...named } = params;
  if (modelMethods.has(method) && Array.isArray(ids) && ids.length > 0) {
    return error(res, 422, 'werkzeug.exceptions.UnprocessableEntity', `cannot call ${model}.${method} with ids`);
  }
  try {
    const result = rpc.executeNamed(model, method, modelMethods.has(method) ? undefined : ids ?? [], named, context);
    send(res, 200, toJson(result));
  } catch (raw) {
    const fault = raw instanceof OdooFault ? raw : technicalFault(deps.version, `${(raw as Error).name}: ${(raw as Error).message}`);
    if (/doesn't exist$/.test(fault.faultString)) return error(res, 404, 'werkzeug.exceptions.NotFound', `the model '${model}' does not exist`);
    if (/AttributeError: The method/.test(fault.faultString)) return error(res, 404, 'werkzeug.exceptions.NotFound', `the method '${method}' does not exist on '${model}'`);
    const { status, body: errorBody } = json2Error(fault);
    send(res, status, errorBody);
  }
}

/** JSON has no doubles apart from numbers: unwrap the simulator's `XmlDouble` markers. */
function toJson(value: unknown): unknown {
  if (value instanceof XmlDouble) return value.value;
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}
