import type { SimTenant } from './model.js';
import { json, notFound, type Reply } from './reply.js';
import { saleLineJson } from './serialize.js';

/** Status keywords of `/api/v2/sales/` (case-insensitive). The credit note `N` has none: only `ALL` shows it. */
const statusKeywords: Record<string, string | null> = {
  ALL: null,
  CANCELED: 'C', CANCELLED: 'C', C: 'C',
  REFUNDED: 'R', R: 'R',
  CREATED: 'O', O: 'O',
  UNPAID: 'U', U: 'U',
  FREERES: 'F', F: 'F',
  PAID: 'P', P: 'P',
  VALID: 'V', V: 'V',
  FAILED: 'D', D: 'D',
};

const AWARE_ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const CACHE_MS = 60_000;

function parseAware(value: string): Date | null {
  if (!AWARE_ISO.test(value)) return null;
  const date = new Date(value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The sales list is cached 60 s per (tenant, start, end, status), as `views.py` does. */
export class SalesCache {
  private readonly entries = new Map<string, { at: number; reply: Reply }>();

  get(key: string, now: Date): Reply | undefined {
    const entry = this.entries.get(key);
    const age = entry ? now.getTime() - entry.at : -1;
    // A clock moved backwards (tests) does not serve an answer from its future.
    return entry && age >= 0 && age < CACHE_MS ? entry.reply : undefined;
  }

  set(key: string, now: Date, reply: Reply): void {
    this.entries.set(key, { at: now.getTime(), reply });
  }
}

/** `GET /api/v2/sales/?start=&end=[&status=]`: lines created in [start, end] (inclusive), newest first, as an ItemList.
 * Lines dated after "now" do not exist yet. */
export function listSales(tenant: SimTenant, params: URLSearchParams, now: Date, cache: SalesCache): Reply {
  const startText = params.get('start');
  const endText = params.get('end');
  if (!startText || !endText) {
    return json(400, {
      detail: "Paramètres 'start' et 'end' obligatoires (ISO 8601, avec fuseau horaire).",
      exemple: '?start=2025-01-01T00:00:00%2B01:00&end=2025-01-31T23:59:59%2B01:00',
    });
  }
  const start = parseAware(startText);
  const end = parseAware(endText);
  if (!start || !end) {
    return json(400, { detail: 'Dates invalides. Format ISO 8601 avec fuseau horaire attendu.', exemple: '2025-01-01T00:00:00+01:00' });
  }
  if (end < start) return json(400, { detail: "'end' doit être postérieur ou égal à 'start'." });
  const statusText = (params.get('status') ?? 'VALID').toUpperCase();
  if (!(statusText in statusKeywords)) {
    return json(400, { detail: `Statut inconnu : « ${statusText} ». Valeurs acceptées : ${Object.keys(statusKeywords).join(', ')}.` });
  }
  const key = `${tenant.name}|${start.toISOString()}|${end.toISOString()}|${statusText}`;
  const cached = cache.get(key, now);
  if (cached) return cached;
  const status = statusKeywords[statusText];
  const lines = tenant.sales.filter(
    (l) => l.datetime >= start && l.datetime <= end && l.datetime <= now && (status === null || l.status === status),
  );
  const reply = json(200, {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: lines.map(saleLineJson),
    startDate: startText,
    endDate: endText,
  });
  cache.set(key, now, reply);
  return reply;
}

/** `GET /api/v2/sales/{uuid}/`: one line, no wrapper. */
export function retrieveSale(tenant: SimTenant, id: string, now: Date): Reply {
  const line = tenant.sales.find((l) => l.uuid === id.toLowerCase() && l.datetime <= now);
  return line ? json(200, saleLineJson(line)) : notFound();
}
