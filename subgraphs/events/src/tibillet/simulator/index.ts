import http from 'node:http';
import { isIP } from 'node:net';
import { UpstreamControl, listenHttp } from '@alambic/connector-kit';
import { refusal } from './auth.js';
import { listEvents, retrieveEvent } from './events.route.js';
import type { Permission, SimKey, SimTenant } from './model.js';
import { listProducts, retrieveProduct } from './products.route.js';
import { json, notFound, type Reply } from './reply.js';
import { listSales, retrieveSale, SalesCache } from './sales.route.js';
import { demoTenant, emptyTenant } from './seed.js';

export interface TibilletSimulatorOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The simulator's clock, for the time filters and the sales already made. @default () => new Date() */
  now?: () => Date;
  /** More keys on the demo tenant (e.g. one without a permission flag). */
  extraKeys?: SimKey[];
  /** More venues, each with one key and no data, reached by a Host whose first label is the venue's name. */
  extraTenants?: Array<{ name: string; apiKey: string }>;
}

export interface TibilletSimulator {
  url: string;
  control: UpstreamControl;
  close(): Promise<void>;
}

/** Route kinds counted by `control.calls(kind)`. */
export type TibilletCallKind = 'events' | 'event' | 'products' | 'product' | 'sales' | 'sale' | 'other';

interface Route {
  kind: TibilletCallKind;
  permission: Permission;
  answer: (tenant: SimTenant, params: URLSearchParams, id: string) => Reply;
}

/**
 * A TiBillet (Lespass API v2) over HTTP, seeded with La Raffinerie's demo tenant.
 *
 * Tenancy: the Host header selects the venue. A Host whose first label names a tenant (`raffinerie.…`,
 * `la-raffinerie.…`) reaches it; a local address (an IP literal or `localhost`, e.g. `http://127.0.0.1:4011`)
 * reaches the demo tenant `raffinerie`, so a hub configured with a plain local URL works; any other host gets 404.
 */
export async function startTibilletSimulator(options: TibilletSimulatorOptions = {}): Promise<TibilletSimulator> {
  const { port = 0, host = '127.0.0.1', now = () => new Date(), extraKeys = [], extraTenants = [] } = options;
  const demo = demoTenant();
  demo.keys.push(...extraKeys);
  const tenants = [demo, ...extraTenants.map((t) => emptyTenant(t.name, t.apiKey))];
  const control = new UpstreamControl();
  const salesCache = new SalesCache();

  const routes: Array<[RegExp, Route]> = [
    [/^\/api\/v2\/events\/$/, { kind: 'events', permission: 'event', answer: (t, p) => listEvents(t, p, now()) }],
    [/^\/api\/v2\/events\/([^/]+)\/$/, { kind: 'event', permission: 'event', answer: (t, _p, id) => retrieveEvent(t, id) }],
    [/^\/api\/v2\/products\/$/, { kind: 'products', permission: 'product', answer: (t) => listProducts(t) }],
    [/^\/api\/v2\/products\/([^/]+)\/$/, { kind: 'product', permission: 'product', answer: (t, _p, id) => retrieveProduct(t, id) }],
    [/^\/api\/v2\/sales\/$/, { kind: 'sales', permission: 'sale', answer: (t, p) => listSales(t, p, now(), salesCache) }],
    [/^\/api\/v2\/sales\/([^/]+)\/$/, { kind: 'sale', permission: 'sale', answer: (t, _p, id) => retrieveSale(t, id, now()) }],
  ];

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const match = routes.map(([pattern, route]) => ({ route, m: pattern.exec(url.pathname) })).find((r) => r.m);
    control.count(match?.route.kind ?? 'other');
    if (!(await control.gate(req, res))) return;
    send(res, answer(req, url, match?.route, match?.m?.[1]));
  };

  const answer = (req: http.IncomingMessage, url: URL, route: Route | undefined, rawId: string | undefined): Reply => {
    const tenant = tenantFor(req.headers.host, tenants);
    if (!tenant) return json(404, { detail: 'Aucun lieu ne répond à cette adresse.' });
    if (!route) return notFound();
    if (req.method !== 'GET') return json(405, { detail: `Méthode « ${req.method} » non autorisée.` });
    const refused = refusal(req.headers, tenant, route.permission);
    if (refused) return refused;
    let id = '';
    try {
      id = rawId ? decodeURIComponent(rawId) : '';
    } catch {
      return notFound();
    }
    return route.answer(tenant, url.searchParams, id);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => send(res, { status: 500, body: '<h1>Server Error (500)</h1>', html: true }));
  });
  const url = await listenHttp(server, port, host);

  return {
    url,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Requests held by `hang` never finish by themselves.
        server.closeAllConnections();
      }),
  };
}

function tenantFor(hostHeader: string | undefined, tenants: SimTenant[]): SimTenant | undefined {
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (host === '' || host === 'localhost' || isIP(host) !== 0) return tenants[0];
  const label = host.split('.')[0];
  return tenants.find((t) => t.domain === host || t.hostLabels.includes(label));
}

function send(res: http.ServerResponse, reply: Reply): void {
  if (res.headersSent) return;
  res.statusCode = reply.status;
  res.setHeader('content-type', reply.html ? 'text/html; charset=utf-8' : 'application/json');
  res.setHeader('vary', 'Accept, Host');
  res.end(reply.html ? String(reply.body) : JSON.stringify(reply.body));
}
