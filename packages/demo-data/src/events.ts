/** The demo season of events, organised by the demo pôles and sold in TiBillet. */
export type EventCategory = 'LIV' | 'FES' | 'REU' | 'CON' | 'RES' | 'CHT' | 'ACT';

export interface DemoPrice {
  uuid: string;
  name: string;
  /** Price in cents. */
  cents: number;
}

export interface DemoProduct {
  uuid: string;
  name: string;
  /** TiBillet categorie_article: B ticket booking, F free booking, A membership, N none (bar). */
  category: 'B' | 'F' | 'A' | 'N';
  prices: DemoPrice[];
}

export interface DemoEvent {
  uuid: string;
  name: string;
  category: EventCategory;
  /** Local Réunion time, ISO without offset (the collective's zone is UTC+4). */
  start: string;
  end: string;
  capacity: number;
  organiserCode: string;
  shortDescription: string;
  products: DemoProduct[];
  /** Oceco event id (24 hex) where volunteers are called for this event. */
  ocecoEventId: string | null;
  /** Parent event uuid for volunteer slots (TiBillet child events, category ACT). */
  parentUuid?: string;
}

const ev = (n: number) => `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const pr = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const pc = (n: number) => `f0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const oc = (n: number) => `5f3c${String(n).padStart(20, '0')}`;

const ticket = (n: number, name: string, full: number, reduced: number | null): DemoProduct => ({
  uuid: pr(n),
  name,
  category: 'B',
  prices: [
    { uuid: pc(n * 10 + 1), name: 'Plein tarif', cents: full },
    ...(reduced === null ? [] : [{ uuid: pc(n * 10 + 2), name: 'Tarif réduit', cents: reduced }]),
  ],
});

export const membershipProduct: DemoProduct = {
  uuid: pr(900),
  name: 'Adhésion annuelle',
  category: 'A',
  prices: [{ uuid: pc(9001), name: 'Adhésion', cents: 1000 }],
};

export const events: DemoEvent[] = [
  { uuid: ev(1), name: 'Soirée Dub', category: 'LIV', start: '2026-09-12T20:00:00', end: '2026-09-13T02:00:00', capacity: 250, organiserCode: '1100', shortDescription: 'Sound system dub sous les étoiles', products: [ticket(1, 'Billet Soirée Dub', 1000, 700)], ocecoEventId: oc(1) },
  { uuid: ev(2), name: 'Atelier percussions', category: 'CON', start: '2026-09-26T14:00:00', end: '2026-09-26T17:00:00', capacity: 20, organiserCode: '1100', shortDescription: 'Initiation aux percussions réunionnaises', products: [ticket(2, 'Atelier percussions', 1500, null)], ocecoEventId: null },
  { uuid: ev(3), name: 'Maloya la nuit', category: 'LIV', start: '2026-10-17T19:30:00', end: '2026-10-18T01:00:00', capacity: 300, organiserCode: '1100', shortDescription: 'Trois groupes de maloya', products: [ticket(3, 'Billet Maloya la nuit', 1250, 800)], ocecoEventId: oc(3) },
  { uuid: ev(4), name: 'Repas partagé de la cantine', category: 'RES', start: '2026-10-24T12:00:00', end: '2026-10-24T15:00:00', capacity: 80, organiserCode: '2100', shortDescription: 'Un repas à prix libre pour soutenir la cantine', products: [ticket(4, 'Repas cantine', 800, 500)], ocecoEventId: oc(4) },
  { uuid: ev(5), name: 'Chantier compost', category: 'CHT', start: '2026-11-07T08:00:00', end: '2026-11-07T12:00:00', capacity: 25, organiserCode: '4100', shortDescription: 'On construit les bacs à compost', products: [{ uuid: pr(5), name: 'Inscription chantier', category: 'F', prices: [{ uuid: pc(51), name: 'Gratuit', cents: 0 }] }], ocecoEventId: oc(5) },
  { uuid: ev(6), name: 'Repair café de novembre', category: 'REU', start: '2026-11-28T09:00:00', end: '2026-11-28T13:00:00', capacity: 40, organiserCode: '6100', shortDescription: 'Apportez vos objets cassés', products: [ticket(6, 'Participation repair café', 300, null)], ocecoEventId: oc(6) },
  { uuid: ev(7), name: 'Festival Zot Musik', category: 'FES', start: '2026-12-18T17:00:00', end: '2026-12-19T03:00:00', capacity: 800, organiserCode: '1100', shortDescription: 'Le festival de fin d’année de La Raffinerie', products: [ticket(7, 'Pass Festival Zot Musik', 2500, 1800)], ocecoEventId: oc(7) },
  { uuid: ev(8), name: 'Bar du festival', category: 'ACT', start: '2026-12-18T17:00:00', end: '2026-12-18T23:00:00', capacity: 6, organiserCode: '2200', shortDescription: 'Créneau bénévole au bar', products: [], ocecoEventId: null, parentUuid: ev(7) },
  { uuid: ev(9), name: 'Séminaire Tiers-lieux de La Réunion', category: 'CON', start: '2027-01-15T09:00:00', end: '2027-01-15T17:00:00', capacity: 60, organiserCode: '3300', shortDescription: 'Journée de rencontre des tiers-lieux accueillie à La Raffinerie', products: [ticket(9, 'Séminaire tiers-lieux', 4000, null)], ocecoEventId: null },
  { uuid: ev(10), name: 'Soirée Électro-maloya', category: 'LIV', start: '2027-02-13T20:00:00', end: '2027-02-14T03:00:00', capacity: 250, organiserCode: '1100', shortDescription: 'Quand le maloya rencontre les machines', products: [ticket(10, 'Billet Électro-maloya', 1200, 800)], ocecoEventId: oc(10) },
];

/** Bar products sold at every soirée (not tied to one event in TiBillet). */
export const barProducts: DemoProduct[] = [
  { uuid: pr(800), name: 'Bière locale', category: 'N', prices: [{ uuid: pc(8001), name: 'Bière', cents: 350 }] },
  { uuid: pr(801), name: 'Jus de fruits pays', category: 'N', prices: [{ uuid: pc(8011), name: 'Jus', cents: 250 }] },
];
