import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UpstreamControl } from '@alambic/connector-kit';
import type { SimDocument } from './dataset.js';
import { readBody, sendJson } from './http-body.js';
import { serialiseId, type IdFormat } from './ids.js';
import { MeteorError } from './publications.js';
import type { CollectionName, OcecoStore } from './store.js';

export interface RestContext {
  store: OcecoStore;
  control: UpstreamControl;
  now: () => Date;
  idFormat: IdFormat;
  /** The instance's `ocecoApiToken`. */
  accessToken: string;
}

const parentTypes = ['organizations', 'projects', 'events', 'citoyens'];

/** Oceco's Express routes under `/api/action/…`: `verifyToken`, then the route, then `handleErrorAsJson`. */
export async function handleRest(request: IncomingMessage, response: ServerResponse, path: string, context: RestContext): Promise<void> {
  const { store, control } = context;
  control.count(`rest:${path.split('/').pop() ?? ''}`);
  const token = header(request, 'x-access-token');
  if (!token) return sendJson(response, 403, { auth: false, message: 'No token provided.' });
  if (token !== context.accessToken) return sendJson(response, 500, { auth: false, message: 'Failed to authenticate token.' });
  const userId = header(request, 'x-user-id');
  if (!userId) return sendJson(response, 403, { auth: false, message: 'No userId provided.' });
  if (!store.get('citoyens', userId)) return sendJson(response, 403, { auth: false, message: 'user not exist' });
  try {
    const body = await readBody(request);
    switch (`${request.method} ${path}`) {
      case 'POST /api/action/listElement':
        return sendJson(response, 200, listElement(body, userId, context));
      case 'GET /api/action/listMe':
        return sendJson(response, 200, listMe({}, userId, context));
      case 'POST /api/action/listMe':
        return sendJson(response, 200, listMe(body, userId, context));
      default:
        response.statusCode = 404;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        return void response.end(`<pre>Cannot ${request.method} ${path}</pre>`);
    }
  } catch (error) {
    if (error instanceof MeteorError) return sendJson(response, 400, { error: error.error, reason: error.reason, details: undefined });
    return sendJson(response, 500, { error: 'internal-server-error', reason: 'Internal server error' });
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length > 0 ? first : undefined;
}

function serialise(action: SimDocument, format: IdFormat): Record<string, unknown> {
  return { ...action, _id: serialiseId(action._id, format) };
}

/** Open actions of an element: `todo` and no end date or one still ahead; an admin sees every action of an event. */
function listElement(body: Record<string, unknown>, userId: string, context: RestContext): Record<string, unknown> {
  const { parentId, parentType } = body;
  if (typeof parentId !== 'string' || typeof parentType !== 'string' || !parentTypes.includes(parentType)) {
    throw new MeteorError('validation-error', `parentId est requis et parentType doit valoir ${parentTypes.join(', ')}`);
  }
  const { store } = context;
  if (!store.get(parentType as CollectionName, parentId)) return { status: false, msg: 'no element' };
  const organizationId = store.organizationOf(parentType, parentId);
  const seesAll = parentType === 'events' && organizationId !== null && store.isOrgAdmin(organizationId, userId);
  const now = context.now().getTime();
  const actions = store
    .all('actions')
    .filter((a) => a.parentType === parentType && a.parentId === parentId)
    .filter((a) => seesAll || (a.status === 'todo' && (typeof a.endDate !== 'string' || Date.parse(a.endDate) >= now)));
  return { status: true, msg: 'action element list', actions: actions.map((a) => serialise(a, context.idFormat)) };
}

/** The caller's open actions (taken, not declared done) in every organisation they belong to, plus their personal ones;
 * POST filters by a name pattern and/or a parent id. */
function listMe(body: Record<string, unknown>, userId: string, context: RestContext): Record<string, unknown> {
  const { store } = context;
  const organizations = new Set(store.all('organizations').filter((o) => store.membersOf(o._id).includes(userId)).map((o) => o._id));
  const search = typeof body.search === 'string' && body.search.length > 0 ? new RegExp(body.search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') : null;
  const actions = store.all('actions').filter((a) => {
    const contributors = (a.links as { contributors?: Record<string, unknown> } | undefined)?.contributors ?? {};
    const finishedBy = (a.finishedBy as Record<string, unknown> | undefined) ?? {};
    if (a.status !== 'todo' || !contributors[userId] || finishedBy[userId] !== undefined) return false;
    const personal = a.parentType === 'citoyens' && a.parentId === userId;
    const organizationId = store.organizationOf(a.parentType as string, a.parentId as string);
    if (!personal && (organizationId === null || !organizations.has(organizationId))) return false;
    if (search && !search.test(String(a.name))) return false;
    return typeof body.parentId !== 'string' || a.parentId === body.parentId;
  });
  return { status: true, msg: 'action user list', actions: actions.map((a) => serialise(a, context.idFormat)) };
}
