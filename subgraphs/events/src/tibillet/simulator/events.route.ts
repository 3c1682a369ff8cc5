import type { SimEvent, SimTenant } from './model.js';
import { json, notFound, type Reply } from './reply.js';
import { eventJson } from './serialize.js';

const DAY = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `GET /api/v2/events/`: published events by start; `only_futur`, `next_days` (1..366, overrides it) and `filter`.
 * The time filters keep events starting or ending after now − 1 day; `next_days` also needs a start before now + N days. */
export function listEvents(tenant: SimTenant, params: URLSearchParams, now: Date): Reply {
  let events = tenant.events.filter((e) => e.published);
  const bound = now.getTime() - DAY;
  const recent = (e: SimEvent) => e.start.getTime() >= bound || (e.end !== null && e.end.getTime() >= bound);
  const nextDays = params.get('next_days');
  if (nextDays !== null) {
    const days = /^\d+$/.test(nextDays) ? Number(nextDays) : NaN;
    if (!(days >= 1 && days <= 366)) return json(400, { error: 'next_days doit être un entier entre 1 et 366.' });
    events = events.filter((e) => recent(e) && e.start.getTime() < now.getTime() + days * DAY);
  } else if (params.has('only_futur')) {
    events = events.filter(recent);
  }
  const text = params.get('filter');
  if (text) {
    const needle = text.toLowerCase();
    events = events.filter((e) => [e.name, e.shortDescription, e.longDescription].some((field) => field.toLowerCase().includes(needle)));
  }
  return json(200, { results: events.map((e) => eventJson(e, tenant)) });
}

/** `GET /api/v2/events/{id}/`: a UUID exactly; else the uuid starting with the id's last 8 hex (when that is unambiguous),
 * else a slug starting with the id. No published filter. */
export function retrieveEvent(tenant: SimTenant, id: string): Reply {
  const event = findEvent(tenant.events, id);
  return event ? json(200, eventJson(event, tenant)) : notFound();
}

function findEvent(events: SimEvent[], id: string): SimEvent | undefined {
  if (UUID.test(id)) return events.find((e) => e.uuid === id.toLowerCase());
  const suffix = id.slice(-8).toLowerCase();
  if (/^[0-9a-f]{8}$/.test(suffix)) {
    const matches = events.filter((e) => e.uuid.startsWith(suffix));
    if (matches.length === 1) return matches[0];
  }
  return events.find((e) => e.slug.startsWith(id));
}
