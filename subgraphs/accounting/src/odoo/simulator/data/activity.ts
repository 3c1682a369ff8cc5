import { members } from '@alambic/demo-data';
import { accounts, analyticAccountIdOf, customers, fundingAccounts, funders, products, suppliers } from './reference.js';
import { Rng } from './rng.js';

/** One invoice or bill of the demo year, before it becomes Odoo rows. */
export interface MoveSpec {
  /** `entry`: a miscellaneous journal entry (internal transfers between circles), balanced by its own lines. */
  moveType: 'in_invoice' | 'out_invoice' | 'entry';
  date: string;
  partnerId: number;
  state: 'posted' | 'draft' | 'cancel';
  ref: string | false;
  lines: LineSpec[];
  /** Payments received or made, in cents, with their dates. Absent: paid in full after a delay when old enough. */
  payments?: Array<{ date: string; cents: number }>;
}

export interface LineSpec {
  accountId: number;
  label: string;
  cents: number;
  /** The product sold or bought, when the account alone does not say what the line is. */
  productId?: number;
  /** For `entry` moves: the line is a credit (income side); otherwise a debit. */
  credit?: boolean;
  /** Analytic distribution: each entry is one project account, optionally with a funding account, and a percentage. */
  distribution: Array<{ project: number; funding?: number; pct: number }>;
}

interface Recurring {
  code: string;
  moveType: 'in_invoice' | 'out_invoice';
  accountId: number;
  label: string;
  partners: readonly number[];
  /** Expected number per month; the fraction is drawn. */
  perMonth: number;
  euros: readonly [number, number];
  months?: readonly number[];
  productId?: number;
}

const partnerOf = (email: string) => members.find((m) => m.email === email)!.odooPartnerId;

const recurring: Recurring[] = [
  { code: '1110', moveType: 'in_invoice', accountId: accounts.artists, label: 'Cachet artistes soirée concert', partners: [suppliers.maloya, suppliers.djCollective], perMonth: 2, euros: [300, 1200] },
  { code: '1110', moveType: 'in_invoice', accountId: accounts.soundHire, label: 'Location sonorisation soirée', partners: [suppliers.sound], perMonth: 1.5, euros: [250, 900] },
  { code: '1110', moveType: 'in_invoice', accountId: accounts.advertising, label: 'Affiches et flyers', partners: [suppliers.printer], perMonth: 0.7, euros: [80, 450] },
  { code: '1110', moveType: 'out_invoice', accountId: accounts.serviceIncome, label: 'Coréalisation soirée', partners: [customers.zarlor, customers.theatre], perMonth: 0.5, euros: [400, 1500] },
  { code: '1111', moveType: 'in_invoice', accountId: accounts.artists, label: 'Cachets festival Zot Musik', partners: [suppliers.maloya, suppliers.djCollective], perMonth: 2, euros: [800, 3500], months: [9, 10, 11] },
  { code: '1111', moveType: 'in_invoice', accountId: accounts.soundHire, label: 'Scène et sonorisation festival', partners: [suppliers.sound], perMonth: 1, euros: [1500, 4000], months: [10, 11] },
  { code: '1111', moveType: 'in_invoice', accountId: accounts.travel, label: 'Transport des artistes du festival', partners: [suppliers.transport], perMonth: 1, euros: [200, 900], months: [10, 11] },
  { code: '1111', moveType: 'in_invoice', accountId: accounts.advertising, label: 'Campagne d’affichage festival', partners: [suppliers.printer], perMonth: 1, euros: [300, 1200], months: [9, 10] },
  { code: '1111', moveType: 'out_invoice', accountId: accounts.serviceIncome, label: 'Partenariat festival Zot Musik', partners: [customers.festivalSponsor], perMonth: 1, euros: [1500, 3000], months: [10] },
  { code: '1120', moveType: 'in_invoice', accountId: accounts.coRemuneration, label: 'Co-rémunération animation ateliers musique', partners: [partnerOf('maelle.grondin@laraffinerie.re'), partnerOf('lucas.morel@laraffinerie.re')], perMonth: 1.5, euros: [150, 600], productId: products.coRemuneration },
  { code: '1120', moveType: 'in_invoice', accountId: accounts.smallEquipment, label: 'Petit matériel et cordes', partners: [suppliers.hardware], perMonth: 0.3, euros: [50, 300] },
  { code: '1120', moveType: 'out_invoice', accountId: accounts.serviceIncome, label: 'Ateliers de pratique musicale', partners: [customers.lycee, customers.mairie], perMonth: 1, euros: [300, 1200] },
  { code: '1210', moveType: 'in_invoice', accountId: accounts.artists, label: 'Bourse de résidence', partners: [suppliers.maloya], perMonth: 0.6, euros: [500, 1500] },
  { code: '1210', moveType: 'in_invoice', accountId: accounts.smallEquipment, label: 'Matériaux arts plastiques', partners: [suppliers.hardware], perMonth: 0.8, euros: [60, 400] },
  { code: '1210', moveType: 'in_invoice', accountId: accounts.travel, label: 'Déplacements des artistes en résidence', partners: [suppliers.transport], perMonth: 0.4, euros: [100, 500] },
  { code: '2110', moveType: 'in_invoice', accountId: accounts.groceries, label: 'Achats alimentaires cantine', partners: [suppliers.grocer], perMonth: 4, euros: [120, 600] },
  { code: '2110', moveType: 'in_invoice', accountId: accounts.coRemuneration, label: 'Co-rémunération cuisine', partners: [partnerOf('theo.fontaine@laraffinerie.re'), partnerOf('emma.dijoux@laraffinerie.re')], perMonth: 1, euros: [300, 900], productId: products.coRemuneration },
  { code: '2110', moveType: 'out_invoice', accountId: accounts.sales, label: 'Repas solidaires (convention CCAS)', partners: [customers.ccas], perMonth: 1, euros: [400, 1200] },
  { code: '2210', moveType: 'in_invoice', accountId: accounts.drinks, label: 'Achats boissons bar', partners: [suppliers.brewery], perMonth: 2, euros: [300, 1500] },
  { code: '2210', moveType: 'out_invoice', accountId: accounts.sales, label: 'Bar d’un évènement privatisé', partners: [customers.zarlor, customers.theatre, customers.formation], perMonth: 0.7, euros: [200, 900] },
  { code: '3110', moveType: 'in_invoice', accountId: accounts.rent, label: 'Loyer de la friche', partners: [suppliers.landlord], perMonth: 1, euros: [1200, 1200] },
  { code: '3110', moveType: 'in_invoice', accountId: accounts.energy, label: 'Électricité', partners: [suppliers.energy], perMonth: 1, euros: [180, 420] },
  { code: '3110', moveType: 'in_invoice', accountId: accounts.water, label: 'Eau', partners: [suppliers.water], perMonth: 0.5, euros: [60, 140] },
  { code: '3110', moveType: 'in_invoice', accountId: accounts.upkeep, label: 'Entretien et réparations', partners: [suppliers.hardware], perMonth: 0.5, euros: [90, 700] },
  { code: '3110', moveType: 'in_invoice', accountId: accounts.insurance, label: 'Assurance multirisque annuelle', partners: [suppliers.insurer], perMonth: 1, euros: [1850, 1850], months: [1] },
  { code: '3310', moveType: 'out_invoice', accountId: accounts.serviceIncome, label: 'Accueil d’évènement (mise à disposition d’espaces)', partners: [customers.theatre, customers.formation, customers.lycee, customers.mairie], perMonth: 2, euros: [400, 2500] },
  { code: '3310', moveType: 'in_invoice', accountId: accounts.coRemuneration, label: 'Co-rémunération accueil d’évènement', partners: [partnerOf('julien.hoarau@laraffinerie.re'), partnerOf('camille.payet@laraffinerie.re'), partnerOf('anais.etheve@laraffinerie.re')], perMonth: 1, euros: [150, 700], productId: products.coRemuneration },
  { code: '4110', moveType: 'in_invoice', accountId: accounts.smallEquipment, label: 'Outils et semences', partners: [suppliers.hardware, suppliers.nursery], perMonth: 0.8, euros: [40, 350] },
  { code: '4110', moveType: 'out_invoice', accountId: accounts.serviceIncome, label: 'Ateliers jardinage scolaires', partners: [customers.lycee], perMonth: 0.4, euros: [250, 800] },
  { code: '4111', moveType: 'in_invoice', accountId: accounts.smallEquipment, label: 'Bois et visserie pour les bacs à compost', partners: [suppliers.hardware], perMonth: 1.5, euros: [200, 900], months: [2, 3, 4] },
  { code: '6110', moveType: 'in_invoice', accountId: accounts.smallEquipment, label: 'Pièces détachées repair café', partners: [suppliers.spares], perMonth: 1, euros: [50, 300] },
  { code: '6110', moveType: 'out_invoice', accountId: accounts.serviceIncome, label: 'Convention repair café (trimestre)', partners: [customers.mairie], perMonth: 1, euros: [600, 600], months: [3, 6, 9] },
];

/** The last day with activity: the demo year runs from January to mid-November 2026. */
export const lastActivityDate = '2026-11-14';

const day = (month: number, d: number) => `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const single = (code: string) => [{ project: analyticAccountIdOf(code), pct: 100 }];

/** Every invoice and bill of the demo year 2026, deterministic. */
export function demoYear(seed = 2026): MoveSpec[] {
  const rng = new Rng(seed);
  const specs: MoveSpec[] = [];
  for (let month = 1; month <= 11; month++) {
    const lastDay = month === 11 ? 14 : 28;
    for (const item of recurring) {
      if (item.months && !item.months.includes(month)) continue;
      const count = Math.floor(item.perMonth) + (rng.next() < item.perMonth % 1 ? 1 : 0);
      for (let n = 0; n < count; n++) {
        const cents = rng.cents(item.euros[0], item.euros[1]);
        specs.push({
          moveType: item.moveType,
          date: day(month, rng.int(1, lastDay)),
          partnerId: rng.pick(item.partners),
          state: 'posted',
          ref: item.moveType === 'in_invoice' ? `F-${rng.int(10000, 99999)}` : false,
          lines: [{ accountId: item.accountId, label: item.label, cents, distribution: single(item.code), ...(item.productId ? { productId: item.productId } : {}) }],
        });
      }
    }
  }
  specs.push(...specials(), ...internalWork(seed + 1));
  return specs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Split bills, grants, drafts and a cancelled invoice. */
function specials(): MoveSpec[] {
  const soirees = analyticAccountIdOf('1110');
  const festival = analyticAccountIdOf('1111');
  const cantine = analyticAccountIdOf('2110');
  const bar = analyticAccountIdOf('2210');
  const residences = analyticAccountIdOf('1210');
  const jardin = analyticAccountIdOf('4110');
  return [
    {
      moveType: 'in_invoice', date: '2026-10-03', partnerId: suppliers.sound, state: 'posted', ref: 'SP-2026-118',
      lines: [{ accountId: accounts.soundHire, label: 'Location sonorisation partagée soirées et festival', cents: 140_000, distribution: [{ project: soirees, pct: 60 }, { project: festival, pct: 40 }] }],
    },
    {
      moveType: 'in_invoice', date: '2026-03-18', partnerId: suppliers.energy, state: 'posted', ref: 'EP-0326-77',
      lines: [{ accountId: accounts.energy, label: 'Électricité chambres froides cuisine et bar', cents: 48_730, distribution: [{ project: cantine, pct: 70 }, { project: bar, pct: 30 }] }],
    },
    grant('2026-03-12', funders.region, festival, fundingAccounts.region, 800_000, 'Subvention Région Réunion – Festival Zot Musik 2026', [{ date: '2026-05-20', cents: 400_000 }]),
    grant('2026-02-05', funders.caf, cantine, fundingAccounts.caf, 500_000, 'Subvention CAF – Cantine solidaire 2026', [{ date: '2026-04-10', cents: 300_000 }]),
    grant('2026-04-22', funders.drac, residences, fundingAccounts.drac, 600_000, 'Subvention DRAC – Résidences d’artistes 2026', [{ date: '2026-07-01', cents: 180_000 }]),
    { ...grant('2026-11-10', funders.department, jardin, 31, 350_000, 'Subvention Département – Jardin partagé 2026', []), state: 'draft' },
    {
      moveType: 'in_invoice', date: '2026-11-12', partnerId: suppliers.grocer, state: 'draft', ref: false,
      lines: [{ accountId: accounts.groceries, label: 'Achats alimentaires cantine (à valider)', cents: 31_240, distribution: single('2110') }],
    },
    {
      moveType: 'in_invoice', date: '2026-11-13', partnerId: suppliers.printer, state: 'draft', ref: false,
      lines: [{ accountId: accounts.advertising, label: 'Programme papier festival (devis accepté)', cents: 86_000, distribution: single('1111') }],
    },
    {
      moveType: 'out_invoice', date: '2026-06-09', partnerId: customers.formation, state: 'cancel', ref: false,
      lines: [{ accountId: accounts.serviceIncome, label: 'Séminaire annulé par le client', cents: 180_000, distribution: single('3310') }],
    },
  ];
}

function grant(date: string, funder: number, project: number, funding: number, cents: number, label: string, payments: MoveSpec['payments']): MoveSpec {
  return {
    moveType: 'out_invoice', date, partnerId: funder, state: 'posted', ref: false, payments,
    lines: [{ accountId: accounts.grants, label, cents, distribution: [{ project, funding, pct: 100 }] }],
  };
}

/** Presta interne bills (same account as co-rémunération, told apart by their product) and internal transfers
 * between circles, drawn from their own seed so the rest of the year stays as it was. */
function internalWork(seed: number): MoveSpec[] {
  const rng = new Rng(seed);
  const specs: MoveSpec[] = [];
  const holders = [partnerOf('sacha.maillot@laraffinerie.re'), partnerOf('ines.techer@laraffinerie.re'), partnerOf('lea.riviere@laraffinerie.re')];
  const missions: Array<[string, string, number]> = [
    ['6110', 'Presta interne : animation repair café', 0],
    ['3200', 'Presta interne : lettre d’information du mois', 1],
    ['3100', 'Presta interne : dossier de subvention', 2],
  ];
  for (let month = 1; month <= 11; month++) {
    for (const [code, label, holder] of missions) {
      if (rng.next() < 0.35) continue;
      specs.push({
        moveType: 'in_invoice', date: day(month, rng.int(2, month === 11 ? 12 : 27)), partnerId: holders[holder]!, state: 'posted', ref: `PI-${month}-${holder + 1}`,
        lines: [{ accountId: accounts.coRemuneration, productId: products.internalService, label, cents: rng.cents(120, 480), distribution: single(code) }],
      });
    }
    // The bar hands part of each month's drinks over to the festival and the soirées: an internal transfer.
    const to = month >= 9 ? '1111' : '1110';
    const cents = rng.cents(80, 300);
    specs.push({
      moveType: 'entry', date: day(month, month === 11 ? 14 : 28), partnerId: 1, state: 'posted', ref: `Transfert bar → ${to}`,
      lines: [
        { accountId: accounts.internalExpense, label: `Boissons du bar cédées (${to})`, cents, distribution: single(to) },
        { accountId: accounts.internalIncome, label: `Boissons cédées au cercle ${to}`, cents, credit: true, distribution: single('2210') },
      ],
    });
  }
  return specs;
}

/** `count` extra project accounts (codes 9001…) with a bill and an invoice each, to measure calls against many circles. */
export function scaleProjects(count: number, firstAccountId: number): { accounts: Array<{ id: number; code: string; name: string }>; specs: MoveSpec[] } {
  const rng = new Rng(count);
  const accountsOut: Array<{ id: number; code: string; name: string }> = [];
  const specs: MoveSpec[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstAccountId + i;
    const code = String(9001 + i);
    accountsOut.push({ id, code, name: `Projet de charge ${code}` });
    const month = 1 + (i % 11);
    const distribution = [{ project: id, pct: 100 }];
    specs.push(
      { moveType: 'in_invoice', date: day(month, 10), partnerId: suppliers.hardware, state: 'posted', ref: `X-${code}`, lines: [{ accountId: accounts.smallEquipment, label: `Matériel ${code}`, cents: rng.cents(50, 500), distribution }] },
      { moveType: 'out_invoice', date: day(month, 12), partnerId: customers.mairie, state: 'posted', ref: false, lines: [{ accountId: accounts.serviceIncome, label: `Atelier ${code}`, cents: rng.cents(100, 900), distribution }] },
    );
  }
  return { accounts: accountsOut, specs };
}
