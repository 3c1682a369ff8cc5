import { events as demoEvents, members, ocecoDemo } from '@alambic/demo-data';
import { oid, utcFromReunionLocal } from './ids.js';
import type { SimDocument } from './dataset.js';

type Contribution = 'joined' | 'toModerate' | 'validated' | 'novalidated';

/** One demo action, written by hand so that every participation state and parent kind appears. */
export interface ActionSeed {
  n: number;
  name: string;
  description: string;
  parentType: 'organizations' | 'projects' | 'events';
  parentId: string;
  credits: number;
  min: number;
  max: number;
  /** Local Réunion times, or null for an action without dates. */
  dates: [string, string] | null;
  disabled?: boolean;
  tags: string[];
  /** [citoyen id, state]. */
  people: Array<[string, Contribution]>;
}

const orgId = ocecoDemo.organizationId;
const admin = members.find((m) => m.email === ocecoDemo.adminEmail)?.ocecoUserId ?? oid('5e1a', 1);

function citoyen(firstName: string): string {
  const id = members.find((m) => m.firstName === firstName)?.ocecoUserId;
  if (!id) throw new Error(`Demo Oceco: ${firstName} has no Oceco account`);
  return id;
}

function eventOf(name: string): { id: string; dates: [string, string] } {
  const event = demoEvents.find((e) => e.name === name && e.ocecoEventId);
  if (!event?.ocecoEventId) throw new Error(`Demo Oceco: no Oceco event ${name}`);
  return { id: event.ocecoEventId, dates: [event.start, event.end] };
}

const project = (code: string) => oid('5e2b', code);

function seeds(): ActionSeed[] {
  const dub = eventOf('Soirée Dub');
  const maloya = eventOf('Maloya la nuit');
  const repas = eventOf('Repas partagé de la cantine');
  const compost = eventOf('Chantier compost');
  const repair = eventOf('Repair café de novembre');
  const festival = eventOf('Festival Zot Musik');
  const c = citoyen;
  return [
    { n: 1, name: 'Tenir le bar', description: 'Service au bar pendant la Soirée Dub', parentType: 'events', parentId: dub.id, credits: 3, min: 2, max: 4, dates: dub.dates, tags: ['bar'], people: [[c('Manon'), 'validated'], [c('Lucas'), 'validated'], [c('Hugo'), 'validated']] },
    { n: 2, name: 'Installer la sono', description: 'Montage et balances avant Maloya la nuit', parentType: 'events', parentId: maloya.id, credits: 4, min: 1, max: 3, dates: maloya.dates, tags: ['technique'], people: [[c('Maëlle'), 'validated'], [c('Lucas'), 'validated'], [c('Louis'), 'novalidated']] },
    { n: 3, name: 'Cuisiner le repas partagé', description: 'Préparer et servir le repas de la cantine', parentType: 'events', parentId: repas.id, credits: 3, min: 2, max: 5, dates: repas.dates, tags: ['cuisine'], people: [[c('Théo'), 'validated'], [c('Emma'), 'validated'], [c('Anaïs'), 'toModerate']] },
    { n: 4, name: 'Construire les bacs à compost', description: 'Le chantier participatif du potager', parentType: 'events', parentId: compost.id, credits: 4, min: 3, max: 8, dates: compost.dates, tags: ['jardin', 'chantier'], people: [[c('Noah'), 'validated'], [c('Nathan'), 'validated'], [c('Tom'), 'toModerate'], [c('Jade'), 'joined']] },
    { n: 5, name: 'Accueillir au repair café', description: 'Orienter les visiteurs vers les réparateur·ices', parentType: 'events', parentId: repair.id, credits: 2, min: 1, max: 2, dates: repair.dates, tags: ['accueil'], people: [[c('Sacha'), 'joined']] },
    { n: 6, name: 'Tenir le bar du festival', description: 'Créneaux bar pendant Zot Musik', parentType: 'events', parentId: festival.id, credits: 3, min: 4, max: 8, dates: festival.dates, tags: ['bar', 'festival'], people: [[c('Manon'), 'joined'], [c('Chloé'), 'joined']] },
    { n: 7, name: 'Ranger l’atelier de réparation', description: 'Trier les pièces détachées et ranger l’établi', parentType: 'projects', parentId: project('6100'), credits: 2, min: 1, max: 3, dates: null, tags: ['recyclerie'], people: [[c('Sacha'), 'toModerate']] },
    { n: 8, name: 'Arroser les semis', description: 'Arrosage du soir à la pépinière', parentType: 'projects', parentId: project('4200'), credits: 1, min: 1, max: 2, dates: null, tags: ['jardin'], people: [] },
    { n: 9, name: 'Rédiger la newsletter d’octobre', description: 'Rassembler les nouvelles des pôles', parentType: 'projects', parentId: project('3200'), credits: 3, min: 1, max: 1, dates: ['2026-10-01T09:00:00', '2026-10-05T18:00:00'], tags: ['communication'], people: [[c('Inès'), 'validated']] },
    { n: 10, name: 'Grand ménage de rentrée', description: 'Nettoyer la friche avant la saison', parentType: 'organizations', parentId: orgId, credits: 2, min: 5, max: 15, dates: ['2026-09-05T08:00:00', '2026-09-05T12:00:00'], tags: ['lieu'], people: [[c('Camille'), 'validated'], [c('Julien'), 'validated'], [c('Léa'), 'validated'], [c('Chloé'), 'validated'], [c('Hugo'), 'novalidated']] },
    { n: 11, name: 'Préparer l’assemblée générale', description: 'Ordre du jour, salle et convocations', parentType: 'organizations', parentId: orgId, credits: 3, min: 1, max: 3, dates: null, tags: ['gouvernance'], people: [[c('Camille'), 'joined'], [c('Anaïs'), 'joined']] },
    { n: 12, name: 'Tee-shirt du festival', description: 'Une dépense : échanger des crédits contre le tee-shirt', parentType: 'organizations', parentId: orgId, credits: -5, min: 1, max: 20, dates: null, tags: ['dépense'], people: [] },
    { n: 13, name: 'Atelier sérigraphie', description: 'Annulé faute d’encre', parentType: 'projects', parentId: project('1200'), credits: 2, min: 2, max: 6, dates: ['2026-10-10T14:00:00', '2026-10-10T17:00:00'], disabled: true, tags: ['arts'], people: [] },
  ];
}

function documentOf(seed: ActionSeed): SimDocument {
  const settled = seed.people.length > 0 && seed.people.every(([, state]) => state === 'validated' || state === 'novalidated');
  const startDate = seed.dates ? utcFromReunionLocal(seed.dates[0]) : undefined;
  const endDate = seed.dates ? utcFromReunionLocal(seed.dates[1]) : undefined;
  const created = Math.floor(Date.parse(startDate ?? '2026-09-01T04:00:00Z') / 1000) - 14 * 86400;
  const finishedBy = Object.fromEntries(seed.people.filter(([, state]) => state !== 'joined'));
  return {
    _id: oid('5f7c', seed.n),
    name: seed.name,
    description: seed.description,
    tags: seed.tags,
    credits: seed.credits,
    min: seed.min,
    max: seed.max,
    ...(startDate ? { startDate, endDate } : {}),
    parentType: seed.parentType,
    parentId: seed.parentId,
    idParentRoom: oid('5f9e', seed.n),
    status: seed.disabled ? 'disabled' : settled ? 'done' : 'todo',
    idUserAuthor: admin,
    creator: admin,
    created,
    updated: created,
    options: { creditAddPorteur: false, creditSharePorteur: false, possibleStartActionBeforeStartDate: false },
    links: { contributors: Object.fromEntries(seed.people.map(([id]) => [id, { type: 'citoyens', isAdmin: true }])) },
    ...(Object.keys(finishedBy).length ? { finishedBy } : {}),
  };
}

export function buildActions(): { seeds: ActionSeed[]; documents: SimDocument[] } {
  const all = seeds();
  return { seeds: all, documents: all.map(documentOf) };
}
