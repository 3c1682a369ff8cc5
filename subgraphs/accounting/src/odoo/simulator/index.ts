import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { UpstreamControl, listenHttp } from '@alambic/connector-kit';
import { odooDemo } from '@alambic/demo-data';
import { decodeCall, encodeFault, encodeResponse, findBadDateTime } from './codec.js';
import { buildDemoDatabase } from './data/index.js';
import { OdooFault, technicalFault } from './faults.js';
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
}

export interface OdooSimulator {
  url: string;
  /** Latency, outage modes and call counters: `calls('execute_kw')`, `calls('execute_kw:account.analytic.line.read_group')`, `calls('authenticate')`. */
  control: UpstreamControl;
  version: OdooVersion;
  /** The simulated database, for tests that compute expected figures from the simulator's own data. */
  database: SimulatedDatabase;
  close(): Promise<void>;
}

/** An Odoo server speaking real XML-RPC (`/xmlrpc/2/common`, `/xmlrpc/2/object`), seeded with the demo organisation. */
export async function startOdooSimulator(options: OdooSimulatorOptions = {}): Promise<OdooSimulator> {
  const { port = 0, host = '127.0.0.1', version = 17 } = options;
  const control = new UpstreamControl();
  const database = new SimulatedDatabase(version, buildModels(version), buildDemoDatabase(version));
  const rpc = new SimulatedRpc(database, version, {
    database: odooDemo.database,
    login: odooDemo.login,
    password: odooDemo.password,
    apiKey: odooDemo.apiKey,
    uid: odooDemo.userId,
    companyIds: [odooDemo.companyId],
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
    const service = path === '/xmlrpc/2/common' ? 'common' : path === '/xmlrpc/2/object' ? 'object' : undefined;
    if (req.method !== 'POST' || !service) {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
      return;
    }
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
      control.count(call.method);
      if (service === 'object') control.count(`${call.method}:${String(call.params[3])}.${String(call.params[4])}`);
    }
    if (!(await control.gate(req, res))) return;

    let payload: string;
    if (fault || !call) {
      payload = encodeFault((fault ?? technicalFault(version, 'ValueError: empty request')).faultCode, (fault ?? technicalFault(version, '')).faultString);
    } else {
      try {
        const result = service === 'common' ? rpc.common(call.method, call.params) : rpc.object(call.method, call.params);
        payload = encodeResponse(result);
      } catch (error) {
        const f = error instanceof OdooFault ? error : technicalFault(version, `${(error as Error).name}: ${(error as Error).message}`);
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
