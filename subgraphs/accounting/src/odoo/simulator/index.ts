import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { UpstreamControl, listenHttp } from '@alambic/connector-kit';
import { odooDemo } from '@alambic/demo-data';
import { decodeCall, encodeFault, encodeResponse, findBadDateTime } from './codec.js';
import { buildDemoDatabase } from './data/index.js';
import { legacyFault, OdooFault, technicalFault } from './faults.js';
import { handleJson2 } from './json2.js';
import { buildModels } from './models.js';
import { SimulatedDatabase } from './orm/database.js';
import { SimulatedRpc } from './rpc.js';
import { versionInfo, type OdooVersion } from './version.js';

export interface OdooSimulatorOptions {
  /** @default 0 (a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The Odoo major version to imitate. @default 17 */
  version?: OdooVersion;
  /** Extra project accounts (codes 9001…) with a bill and an invoice each. @default 0 */
  extraProjects?: number;
  /** UTC instant after which the demo API key is refused (honoured from 18, like Odoo). */
  apiKeyExpiresAt?: string;
  /** The hub's user has two-factor authentication: its password is refused over RPC, only the key works. */
  twoFactor?: boolean;
}

export interface OdooSimulator {
  url: string;
  /** Latency, outage modes and call counters: `calls('execute_kw')`, `calls('execute_kw:account.analytic.line.read_group')`,
   * `calls('json2')`, `calls('json2:account.analytic.line.formatted_read_group')`, `calls('authenticate')`, `calls('version')`.
   * Use `ormCalls(simulator)` for every ORM call whatever the protocol. */
  control: UpstreamControl;
  version: OdooVersion;
  /** The simulated database, for tests that compute expected figures from the simulator's own data. */
  database: SimulatedDatabase;
  close(): Promise<void>;
}

const xmlRpcPaths: Record<string, { service: 'common' | 'object'; legacy: boolean }> = {
  '/xmlrpc/2/common': { service: 'common', legacy: false },
  '/xmlrpc/2/object': { service: 'object', legacy: false },
  '/xmlrpc/common': { service: 'common', legacy: true },
  '/xmlrpc/object': { service: 'object', legacy: true },
};

/** An Odoo server seeded with the demo organisation: XML-RPC (`/xmlrpc/2/…`, legacy `/xmlrpc/…`) and, from 19, JSON-2 and `/web/version`. */
export async function startOdooSimulator(options: OdooSimulatorOptions = {}): Promise<OdooSimulator> {
  const { port = 0, host = '127.0.0.1', version = 17 } = options;
  const control = new UpstreamControl();
  const database = new SimulatedDatabase(version, buildModels(version), buildDemoDatabase(version, { extraProjects: options.extraProjects }));
  const rpc = new SimulatedRpc(database, version, {
    database: odooDemo.database,
    login: odooDemo.login,
    password: odooDemo.password,
    apiKey: odooDemo.apiKey,
    uid: odooDemo.userId,
    companyIds: [odooDemo.companyId],
    apiKeyExpiresAt: options.apiKeyExpiresAt,
    twoFactor: options.twoFactor,
  });

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && (path === '/web/version' || path === '/json/version') && version >= 19) {
      if (!(await control.gate(req, res))) return;
      const info = versionInfo(version);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ version_info: info.server_version_info, version: info.server_version }));
      return;
    }
    if (req.method === 'POST' && path.startsWith('/json/2/') && version >= 19) {
      await handleJson2(req, res, path, await readBody(req), { rpc, control, version });
      return;
    }
    const endpoint = xmlRpcPaths[path];
    if (req.method !== 'POST' || !endpoint) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
      return;
    }
    const { service, legacy } = endpoint;
    const body = await readBody(req);
    let call: { method: string; params: unknown[] } | undefined;
    let fault: OdooFault | undefined;
    const badDate = findBadDateTime(body);
    if (badDate !== undefined) {
      fault = technicalFault(version, `ValueError: time data '${badDate}' does not match format '%Y%m%dT%H:%M:%S'`);
    } else {
      try {
        call = await decodeCall(body);
      } catch {
        fault = technicalFault(version, 'xml.parsers.expat.ExpatError: syntax error: line 1, column 0');
      }
    }
    if (call) {
      const target = service === 'object' ? [`${call.method}:${String(call.params[3])}.${String(call.params[4])}`] : [];
      control.count(call.method, ...target);
    }
    if (!(await control.gate(req, res))) return;

    let payload: string;
    try {
      if (fault || !call) throw fault ?? technicalFault(version, 'ValueError: empty request');
      const result = service === 'common' ? rpc.common(call.method, call.params) : rpc.object(call.method, call.params);
      payload = encodeResponse(result);
    } catch (error) {
      const f = error instanceof OdooFault ? error : technicalFault(version, `${(error as Error).name}: ${(error as Error).message}`);
      if (legacy) {
        const { code, string } = legacyFault(f);
        payload = encodeFault(code, string);
      } else {
        payload = encodeFault(f.faultCode, f.faultString);
      }
    }
    // Faults, like results, come back with HTTP 200 and text/xml.
    res.statusCode = 200;
    res.setHeader('content-type', 'text/xml; charset=utf-8');
    res.end(payload);
  }

  const url = await listenHttp(server, port, host);
  return {
    url,
    control,
    version,
    database,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hanging requests and keep-alive sockets would hold close() forever.
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export type { OdooVersion } from './version.js';

/** ORM calls a simulator answered, over XML-RPC (`execute_kw`, `execute`) and JSON-2. */
export function ormCalls(simulator: Pick<OdooSimulator, 'control'>, target?: string): number {
  const { control } = simulator;
  if (target) return control.calls(`execute_kw:${target}`) + control.calls(`execute:${target}`) + control.calls(`json2:${target}`);
  return control.calls('execute_kw') + control.calls('execute') + control.calls('json2');
}
