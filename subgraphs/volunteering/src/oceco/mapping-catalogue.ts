import type { ActionCatalogue, LedgerEntry, OcecoEventRecord, VolunteerActionRecord } from '../volunteering-source.js';
import type { CollectionMirror } from './ddp/collections.js';
import { parseOcecoDate, toVolunteerAction, type OcecoDocument } from './mapping.js';

/** Pure conversions of mirrored DDP documents (citoyens, ledger rows, events, actions) to the collective's terms. */

/** Lower-cased email of a citoyen document, when its profile was published (`scopeDetail`). */
export function emailOf(citoyen: OcecoDocument): string | null {
  return typeof citoyen.email === 'string' && citoyen.email.includes('@') ? citoyen.email.trim().toLowerCase() : null;
}

/** Citoyen id per email, for every mirrored citoyen whose profile gives one. */
export function directoryOf(citoyens: ReadonlyMap<string, OcecoDocument>): Map<string, string> {
  const directory = new Map<string, string>();
  for (const [id, citoyen] of citoyens) {
    const email = emailOf(citoyen);
    if (email) directory.set(email, id);
  }
  return directory;
}

export function namesOf(citoyens: ReadonlyMap<string, OcecoDocument>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [id, citoyen] of citoyens) if (typeof citoyen.name === 'string') names.set(id, citoyen.name);
  return names;
}

/** A citoyen's ledger rows in one organisation, newest first (`createdAt` is an offset string in Oceco). */
export function ledgerOf(documents: CollectionMirror, organizationId: string, citoyenId: string, limit: number): LedgerEntry[] {
  const rows: LedgerEntry[] = [];
  for (const [id, row] of documents.documents('loguseractions')) {
    if (row.userId !== citoyenId || row.organizationId !== organizationId) continue;
    const at = parseOcecoDate(row.createdAt);
    if (!at || typeof row.credits !== 'number') continue;
    const actionId = typeof row.actionId === 'string' && row.actionId.length > 0 ? row.actionId : null;
    const action = actionId ? documents.get('actions', actionId) : undefined;
    rows.push({
      id,
      citoyenId,
      delta: Math.trunc(row.credits),
      at,
      actionId,
      actionName: typeof action?.name === 'string' ? action.name : null,
      comment: typeof row.commentaire === 'string' && row.commentaire.length > 0 ? row.commentaire : null,
    });
  }
  rows.sort((a, b) => b.at.getTime() - a.at.getTime() || (b.id < a.id ? -1 : 1));
  return rows.slice(0, limit);
}

/** An Oceco event document; its pôle is the first `organizer` of type projects. */
export function toOcecoEvent(id: string, event: OcecoDocument): OcecoEventRecord {
  const organizer = event.organizer && typeof event.organizer === 'object' ? (event.organizer as Record<string, { type?: string }>) : {};
  const projectId = Object.entries(organizer).find(([, link]) => link?.type === 'projects')?.[0] ?? null;
  return {
    id,
    name: typeof event.name === 'string' ? event.name : '',
    startDate: parseOcecoDate(event.startDate),
    endDate: parseOcecoDate(event.endDate),
    projectId,
  };
}

/** The catalogue as the `directoryActionsAll` publication mirrors it: every action and event, sorted. */
export function catalogueOf(documents: CollectionMirror): ActionCatalogue {
  const actions: VolunteerActionRecord[] = [];
  for (const [id, document] of documents.documents('actions')) {
    const action = toVolunteerAction({ ...document, _id: id });
    if (action) actions.push(action);
  }
  actions.sort(byStartThenName);
  const events = [...documents.documents('events')].map(([id, event]) => toOcecoEvent(id, event));
  events.sort((a, b) => (a.startDate?.getTime() ?? 0) - (b.startDate?.getTime() ?? 0) || a.name.localeCompare(b.name));
  const poles = new Map<string, string>();
  for (const [id, project] of documents.documents('projects')) poles.set(id, typeof project.name === 'string' ? project.name : '');
  return { actions, events, poles };
}

/** Dated actions first by start, then undated ones, each by name (French collation). */
export function byStartThenName(a: VolunteerActionRecord, b: VolunteerActionRecord): number {
  const left = a.startDate?.getTime() ?? Number.POSITIVE_INFINITY;
  const right = b.startDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return left - right || a.name.localeCompare(b.name, 'fr');
}
