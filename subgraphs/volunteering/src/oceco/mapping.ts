import type { ActionParentType, ActionParticipant, ParticipationState, VolunteerActionRecord } from '../volunteering-source.js';

/** Pure conversions from Oceco documents (as DDP or REST send them) to the collective's terms. */

export type OcecoDocument = Record<string, unknown>;

/** The unit label Oceco's UI shows when the organisation sets none. */
export const DEFAULT_CREDIT_UNIT = 'R';

const hex24 = /^[0-9a-f]{24}$/i;

/** An Oceco id: `{"_str":"<24hex>"}` (a serialised Mongo ObjectID), EJSON `{"$type":"oid","$value":…}`,
 * or a plain string. DDP's `idStringify` prefixes a string id that looks like an ObjectID with `-`; that is stripped. */
export function parseOcecoId(value: unknown): string | null {
  if (typeof value === 'string') {
    if (value.startsWith('-') && hex24.test(value.slice(1))) return value.slice(1);
    return value.length > 0 ? value : null;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record._str === 'string') return record._str;
    if (record.$type === 'oid' && typeof record.$value === 'string') return record.$value;
  }
  return null;
}

/** A date as Oceco sends it: ISO string (with `Z` or an offset), EJSON `{"$date": ms}`, or unix seconds. */
export function parseOcecoDate(value: unknown): Date | null {
  let date: Date | null = null;
  if (typeof value === 'string' && value.length > 0) date = new Date(value);
  else if (value instanceof Date) date = value;
  else if (value && typeof value === 'object' && typeof (value as { $date?: unknown }).$date === 'number') {
    date = new Date((value as { $date: number }).$date);
  } else if (typeof value === 'number') date = new Date(value * 1000);
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

function objectAt(value: unknown, key: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const inner = (value as Record<string, unknown>)[key];
  return inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : undefined;
}

function integerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : null;
}

/** A citoyen's balance in one organisation: `userWallet.<orgId>.userCredits`, 0 when absent (created at the first validation). */
export function creditsOf(citoyen: OcecoDocument, organizationId: string): number {
  return integerOrNull(objectAt(objectAt(citoyen, 'userWallet'), organizationId)?.userCredits) ?? 0;
}

/** The organisation's credit unit label, `oceco.account.textUnite`, « R » when unset or empty. */
export function unitOf(organization: OcecoDocument | undefined): string {
  const label = objectAt(objectAt(organization, 'oceco'), 'account')?.textUnite;
  return typeof label === 'string' && label.trim().length > 0 ? label.trim() : DEFAULT_CREDIT_UNIT;
}

/** Whether a citoyen document links to the organisation (`links.memberOf.<orgId>`). */
export function isMemberOf(citoyen: OcecoDocument, organizationId: string): boolean {
  return objectAt(objectAt(citoyen, 'links'), 'memberOf')?.[organizationId] !== undefined;
}

/** Every citoyen's balance, keyed by citoyen id. */
export function balancesOf(citoyens: ReadonlyMap<string, OcecoDocument>, organizationId: string): Map<string, number> {
  const balances = new Map<string, number>();
  for (const [id, citoyen] of citoyens) balances.set(id, creditsOf(citoyen, organizationId));
  return balances;
}

const participationStates: Record<string, ParticipationState> = {
  toModerate: 'TO_MODERATE',
  validated: 'VALIDATED',
  novalidated: 'REFUSED',
};

const parentTypes = new Set<ActionParentType>(['organizations', 'projects', 'events', 'citoyens']);

/** Participants of an action: `links.contributors` keys, with their `finishedBy` state (joined when absent). */
export function participantsOf(action: OcecoDocument): ActionParticipant[] {
  const contributors = objectAt(objectAt(action, 'links'), 'contributors') ?? {};
  const finishedBy = objectAt(action, 'finishedBy') ?? {};
  const ids = new Set([...Object.keys(contributors), ...Object.keys(finishedBy)]);
  return [...ids].sort().map((citoyenId) => {
    const raw = finishedBy[citoyenId];
    return { citoyenId, state: (typeof raw === 'string' && participationStates[raw]) || 'JOINED' };
  });
}

/** An Oceco action document as a `VolunteerActionRecord`; null when it lacks an id or a parent. */
export function toVolunteerAction(action: OcecoDocument): VolunteerActionRecord | null {
  const id = parseOcecoId(action._id);
  const parentId = parseOcecoId(action.parentId);
  const parentType = action.parentType as ActionParentType;
  if (!id || !parentId || !parentTypes.has(parentType)) return null;
  const status = action.status === 'done' || action.status === 'disabled' ? action.status : 'todo';
  return {
    id,
    name: typeof action.name === 'string' ? action.name : '',
    description: typeof action.description === 'string' && action.description.length > 0 ? action.description : null,
    credits: integerOrNull(action.credits) ?? 1,
    min: integerOrNull(action.min),
    max: integerOrNull(action.max),
    startDate: parseOcecoDate(action.startDate),
    endDate: parseOcecoDate(action.endDate),
    status,
    parentType,
    parentId,
    tags: Array.isArray(action.tags) ? action.tags.filter((t): t is string => typeof t === 'string') : [],
    participants: participantsOf(action),
  };
}
