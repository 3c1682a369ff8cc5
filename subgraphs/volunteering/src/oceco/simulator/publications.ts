import type { OcecoStore } from './store.js';

/** One document a publication sends: collection, id and top-level fields. */
export interface PublishedDocument {
  collection: string;
  id: string;
  fields: Record<string, unknown>;
}

/** A Meteor error thrown inside a publication or method; sent to the client as `{error, reason, message}`. */
export class MeteorError extends Error {
  constructor(
    readonly error: string | number,
    readonly reason?: string,
  ) {
    super(reason ? `${reason} [${error}]` : `[${error}]`);
  }

  toJSON(): Record<string, unknown> {
    return { isClientSafe: true, error: this.error, reason: this.reason, message: this.message, errorType: 'Meteor.Error' };
  }
}

/** Computes a publication's current documents for the logged-in citoyen; rerun after every store change. */
export type Publication = (store: OcecoStore, params: unknown[], userId: string) => PublishedDocument[];

function checkString(value: unknown): string {
  if (typeof value !== 'string') throw new MeteorError(400, 'Match failed');
  return value;
}

function withoutId(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id: _omit, ...fields } = doc;
  return fields;
}

/** `listMembers(orgId)`: the organisation and its member citoyens with name, thumbnail, membership link and wallet
 * in that organisation. Not admin-restricted. */
const listMembers: Publication = (store, [orgParam]) => {
  const organizationId = checkString(orgParam);
  const organization = store.get('organizations', organizationId);
  if (!organization) return [];
  const citoyens = store.membersOf(organizationId).map((id) => {
    const citoyen = store.get('citoyens', id) ?? { _id: id };
    const link = (citoyen.links as { memberOf?: Record<string, unknown> } | undefined)?.memberOf?.[organizationId];
    const wallet = (citoyen.userWallet as Record<string, { userCredits?: number }> | undefined)?.[organizationId];
    const fields: Record<string, unknown> = { name: citoyen.name, profilThumbImageUrl: citoyen.profilThumbImageUrl };
    if (link) fields.links = { memberOf: { [organizationId]: link } };
    if (wallet?.userCredits !== undefined) fields.userWallet = { [organizationId]: { userCredits: wallet.userCredits } };
    return { collection: 'citoyens', id, fields };
  });
  return [{ collection: 'organizations', id: organizationId, fields: withoutId(organization) }, ...citoyens];
};

/** `listMembersDetailHistorique(orgId, citoyenId, limit)`: the citoyen's name, their last `limit` ledger rows
 * (newest first) and the related actions. Allowed for the citoyen themself and for the organisation's admins. */
const listMembersDetailHistorique: Publication = (store, [orgParam, citoyenParam, limitParam], userId) => {
  const organizationId = checkString(orgParam);
  const citoyenId = checkString(citoyenParam);
  if (typeof limitParam !== 'number' || !Number.isFinite(limitParam)) throw new MeteorError(400, 'Match failed');
  if (userId !== citoyenId && !store.isOrgAdmin(organizationId, userId)) throw new MeteorError('not-authorized');
  const citoyen = store.get('citoyens', citoyenId);
  if (!citoyen) return [];
  const rows = store
    .all('loguseractions')
    .filter((row) => row.userId === citoyenId && row.organizationId === organizationId)
    .sort((a, b) => Date.parse(b.createdAt as string) - Date.parse(a.createdAt as string) || (b._id < a._id ? -1 : 1))
    .slice(0, Math.max(0, Math.trunc(limitParam)));
  const actionIds = [...new Set(rows.map((row) => row.actionId).filter((id): id is string => typeof id === 'string'))];
  return [
    { collection: 'citoyens', id: citoyenId, fields: { name: citoyen.name } },
    ...rows.map((row) => ({ collection: 'loguseractions', id: row._id, fields: withoutId(row) })),
    ...actionIds.flatMap((id) => {
      const action = store.get('actions', id);
      return action ? [{ collection: 'actions', id, fields: withoutId(action) }] : [];
    }),
  ];
};

export const publications: Record<string, Publication> = { listMembers, listMembersDetailHistorique };

const scopes = ['events', 'projects', 'organizations', 'citoyens'] as const;
type Scope = (typeof scopes)[number];

function checkScope(value: unknown, allowed: readonly string[] = scopes): Scope {
  const scope = checkString(value);
  if (!allowed.includes(scope)) throw new MeteorError(400, 'Match failed');
  return scope as Scope;
}

/** `scopeDetail(scope, scopeId)`: one element; a citoyen comes whole except its password (so with its email). */
const scopeDetail: Publication = (store, [scopeParam, idParam]) => {
  const scope = checkScope(scopeParam);
  const id = checkString(idParam);
  const document = store.get(scope, id);
  if (!document) return [];
  const { pwd: _pwd, ...fields } = withoutId(document);
  return [{ collection: scope, id, fields }];
};

/** `directoryActionsAll(scope, scopeId, etat, limit)` for an organisation: the organisation, its pôles and their
 * events, and every action of the organisation, its pôles and its events (any status), at most `limit`.
 * Admins see everything; other members do not see private pôles (and their events). `etat` is accepted and unused. */
const directoryActionsAll: Publication = (store, [scopeParam, idParam, etatParam, limitParam], userId) => {
  const scope = checkScope(scopeParam, ['projects', 'organizations', 'citoyens', 'events']);
  const organizationId = checkString(idParam);
  if (etatParam !== null && etatParam !== undefined) checkString(etatParam);
  if (limitParam !== null && limitParam !== undefined && typeof limitParam !== 'number') throw new MeteorError(400, 'Match failed');
  if (scope !== 'organizations') return [];
  const organization = store.get('organizations', organizationId);
  if (!organization) return [];
  const admin = store.isOrgAdmin(organizationId, userId);
  const projects = store
    .all('projects')
    .filter((p) => Object.keys((p.parent as Record<string, unknown> | undefined) ?? {}).includes(organizationId))
    .filter((p) => admin || (p.preferences as { private?: boolean } | undefined)?.private !== true);
  const projectIds = new Set(projects.map((p) => p._id));
  const events = store.all('events').filter((e) => Object.keys((e.organizer as Record<string, unknown> | undefined) ?? {}).some((id) => projectIds.has(id)));
  const parents = new Set([organizationId, ...projectIds, ...events.map((e) => e._id)]);
  const limit = typeof limitParam === 'number' ? Math.max(0, Math.trunc(limitParam)) : Number.POSITIVE_INFINITY;
  const actions = store
    .all('actions')
    .filter((a) => parents.has(a.parentId as string))
    .sort((a, b) => (b.created as number) - (a.created as number) || (a._id < b._id ? -1 : 1))
    .slice(0, limit);
  return [
    { collection: 'organizations', id: organizationId, fields: withoutId(organization) },
    ...projects.map((p) => ({ collection: 'projects', id: p._id, fields: withoutId(p) })),
    ...events.map((e) => ({ collection: 'events', id: e._id, fields: withoutId(e) })),
    ...actions.map((a) => ({ collection: 'actions', id: a._id, fields: withoutId(a) })),
  ];
};

publications.scopeDetail = scopeDetail;
publications.directoryActionsAll = directoryActionsAll;
