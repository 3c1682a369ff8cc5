import { assignments, circles, events as demoEvents, members, ocecoDemo, roleCatalogue, type DemoMember } from '@alambic/demo-data';
import { buildActions, type ActionSeed } from './dataset-actions.js';
import { oid, reunionTimestamp, utcFromReunionLocal } from './ids.js';

/** A Mongo document as the simulator stores it: `_id` is the 24-hex string; it is serialised on the way out. */
export interface SimDocument {
  _id: string;
  [field: string]: unknown;
}

export interface OcecoDataset {
  organizations: SimDocument[];
  projects: SimDocument[];
  events: SimDocument[];
  actions: SimDocument[];
  citoyens: SimDocument[];
  loguseractions: SimDocument[];
  /** Demo password per citoyen id (Communecter checks it; the simulator keeps it in clear). */
  passwords: Map<string, string>;
}

/** Oceco project id of a demo pôle, from its analytic code (the demo's own convention). */
export const ocecoProjectIdOf = (analyticCode: string): string => oid('5e2b', analyticCode);

const orgId = ocecoDemo.organizationId;
const eventTypes: Record<string, string> = { LIV: 'concert', FES: 'festival', REU: 'meeting', CON: 'conference', RES: 'getTogether', CHT: 'workshop', ACT: 'others' };
/** A date before every action: the balances carried over from the paper ledger. */
const OPENING_DATE = '2025-09-01T10:00:00+04:00';

const ocecoMembers = (): Array<DemoMember & { ocecoUserId: string }> => members.filter((m): m is DemoMember & { ocecoUserId: string } => m.ocecoUserId !== null);

function rolesOf(member: DemoMember): string[] {
  const names = assignments
    .filter((a) => a.memberEmail === member.email && a.until === null)
    .map((a) => `${roleCatalogue.find((r) => r.key === a.roleKey)?.name ?? a.roleKey} ${circles.find((c) => c.analyticCode === a.circleCode)?.name ?? ''}`.trim());
  return [...new Set(names)];
}

function citoyenOf(member: DemoMember & { ocecoUserId: string }): SimDocument {
  const roles = rolesOf(member);
  return {
    _id: member.ocecoUserId,
    name: `${member.firstName} ${member.lastName}`,
    username: member.email.split('@')[0],
    email: member.email,
    profilThumbImageUrl: `/upload/communecter/citoyens/${member.ocecoUserId}/thumb/profil-resized.png`,
    tags: member.skills,
    links: { memberOf: { [orgId]: { type: 'organizations', ...(member.isAdmin ? { isAdmin: true } : {}), ...(roles.length ? { roles } : {}) } } },
    userWallet: { [orgId]: { userCredits: member.ocecoCredits } },
    oceco: { notificationPush: true, notificationEmail: true, notificationAllOrga: false },
  };
}

function projectsOf(): SimDocument[] {
  return circles
    .filter((c) => c.kind === 'POLE')
    .map((pole) => {
      const projectId = ocecoProjectIdOf(pole.analyticCode);
      const contributors = assignments.filter((a) => a.circleCode === pole.analyticCode && a.until === null);
      const poleEvents = demoEvents.filter((e) => e.organiserCode === pole.analyticCode && e.ocecoEventId);
      return {
        _id: projectId,
        name: pole.name,
        shortDescription: pole.purpose,
        description: pole.purpose,
        tags: [],
        parent: { [orgId]: { type: 'organizations' } },
        links: {
          contributors: Object.fromEntries(
            contributors.flatMap((a) => {
              const id = members.find((m) => m.email === a.memberEmail)?.ocecoUserId;
              return id ? [[id, { type: 'citoyens', isAdmin: true }]] : [];
            }),
          ),
          events: Object.fromEntries([...poleEvents.map((e) => [e.ocecoEventId, { type: 'events' }]), ...(pole.analyticCode === '3300' ? [[OPEN_DAY_ID, { type: 'events' }]] : [])]),
        },
        // The administration pôle is private: its events stay out of the public agenda.
        preferences: { private: pole.analyticCode === '3100' },
      };
    });
}

/** An Oceco-only date, not sold in the ticketing: a whole day (Oceco gives no hours), for the agenda. */
function openDayOf(): SimDocument {
  const projectId = ocecoProjectIdOf('3300');
  return {
    _id: OPEN_DAY_ID,
    name: 'Journée portes ouvertes',
    type: 'others',
    shortDescription: 'Visiter la friche, rencontrer les pôles',
    description: 'Visiter la friche, rencontrer les pôles\nEntrée libre, toute la journée',
    allDay: true,
    startDate: utcFromReunionLocal('2026-12-05T00:00:00'),
    endDate: utcFromReunionLocal('2026-12-05T23:59:59'),
    timeZone: 'Indian/Reunion',
    organizer: { [projectId]: { type: 'projects' } },
    organizerId: projectId,
    organizerType: 'projects',
    links: { attendees: {} },
    preferences: { private: false },
    tags: ['accueil'],
  };
}

/** Id of the Oceco-only whole-day event. */
export const OPEN_DAY_ID = oid('5f3c', 50);

function eventsOf(actions: ActionSeed[]): SimDocument[] {
  return [...demoEvents
    .filter((e) => e.ocecoEventId)
    .map((e) => {
      const projectId = ocecoProjectIdOf(e.organiserCode);
      const attendees = new Set(actions.filter((a) => a.parentId === e.ocecoEventId).flatMap((a) => a.people.map(([id]) => id)));
      return {
        _id: e.ocecoEventId as string,
        name: e.name,
        type: eventTypes[e.category] ?? 'others',
        shortDescription: e.shortDescription,
        description: e.shortDescription,
        allDay: false,
        startDate: utcFromReunionLocal(e.start),
        endDate: utcFromReunionLocal(e.end),
        timeZone: 'Indian/Reunion',
        organizer: { [projectId]: { type: 'projects' } },
        organizerId: projectId,
        organizerType: 'projects',
        links: { attendees: Object.fromEntries([...attendees].sort().map((id) => [id, { type: 'citoyens' }])) },
        preferences: { private: false },
        tags: [],
      };
    }), openDayOf()];
}

/** Ledger rows coherent with the balances: one row per validated participation, plus one opening row per
 * member carrying the rest of the balance over from before Oceco. Σ rows = `userCredits` for every member. */
function ledgerOf(actions: SimDocument[]): SimDocument[] {
  const fromActions: Array<Omit<SimDocument, '_id'>> = [];
  for (const action of actions) {
    const finishedBy = (action.finishedBy ?? {}) as Record<string, string>;
    // Validated the evening after the action ended (or after it was created, for an action without dates).
    const ended = typeof action.endDate === 'string' ? Date.parse(action.endDate) : (action.created as number) * 1000;
    const settledAt = new Date(ended + 20 * 3600 * 1000);
    for (const [userId, state] of Object.entries(finishedBy).sort()) {
      if (state !== 'validated') continue;
      fromActions.push({ userId, organizationId: orgId, actionId: action._id, credits: action.credits, createdAt: reunionTimestamp(settledAt) });
    }
  }
  const opening = ocecoMembers().flatMap((member) => {
    const earned = fromActions.filter((r) => r.userId === member.ocecoUserId).reduce((sum, r) => sum + (r.credits as number), 0);
    const rest = member.ocecoCredits - earned;
    if (rest < 0) throw new Error(`Demo Oceco: ${member.email} earns more from actions than their balance`);
    return rest === 0 ? [] : [{ userId: member.ocecoUserId, organizationId: orgId, credits: rest, commentaire: 'Reprise du solde du carnet papier', createdAt: OPENING_DATE }];
  });
  const rows = [...opening, ...fromActions].sort((a, b) => Date.parse(a.createdAt as string) - Date.parse(b.createdAt as string));
  return rows.map((row, i) => ({ _id: oid('5f8d', i + 1), ...row }));
}

/** Counters every parent document keeps: `actionsCount.{todo,done,disabled}`. */
export function actionsCountOf(actions: Iterable<SimDocument>, parentId: string): Record<string, number> {
  const count = { todo: 0, done: 0, disabled: 0 };
  for (const action of actions) if (action.parentId === parentId) count[action.status as keyof typeof count]++;
  return count;
}

/** The demo organisation as Oceco holds it, derived from `@alambic/demo-data` (deterministic). */
export function buildDataset(): OcecoDataset {
  const citoyens = ocecoMembers().map(citoyenOf);
  const { seeds, documents: actions } = buildActions();
  const projects = projectsOf();
  const events = eventsOf(seeds);
  for (const doc of [...projects, ...events]) doc.actionsCount = actionsCountOf(actions, doc._id);
  const organization: SimDocument = {
    _id: orgId,
    name: ocecoDemo.organizationName,
    type: 'NGO',
    email: 'contact@laraffinerie.re',
    shortDescription: 'Tiers-lieu collectif à Saint-Paul, La Réunion',
    tags: ['tiers-lieu', 'culture', 'jardin', 'recyclerie'],
    links: {
      members: Object.fromEntries(
        ocecoMembers().map((m) => [m.ocecoUserId, { type: 'citoyens', ...(m.isAdmin ? { isAdmin: true } : {}), ...(rolesOf(m).length ? { roles: rolesOf(m) } : {}) }]),
      ),
      projects: Object.fromEntries(projects.map((p) => [p._id, { type: 'projects' }])),
    },
    oceco: {
      pole: true,
      organizationAction: true,
      projectAction: true,
      eventAction: true,
      commentsAction: true,
      spendView: true,
      spendNegative: false,
      memberAddAction: false,
      memberAuto: true,
      contributorAuto: true,
      attendeAuto: true,
      agenda: true,
      membersAdminProjectAdmin: false,
      account: { textVotreCreditTemps: 'Votre crédit temps', textUnite: ocecoDemo.creditUnit },
    },
    actionsCount: actionsCountOf(actions, orgId),
  };
  return {
    organizations: [organization],
    projects,
    events,
    actions,
    citoyens,
    loguseractions: ledgerOf(actions),
    passwords: new Map(ocecoMembers().map((m) => [m.ocecoUserId, ocecoDemo.adminPassword])),
  };
}
