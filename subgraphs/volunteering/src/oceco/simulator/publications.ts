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
