import { circles, members, odooDemo } from '@alambic/demo-data';
import type { Row } from '../orm/model.js';

/** When the demo books were set up (UTC, as Odoo stores datetimes). */
export const setupDate = '2025-12-15 06:00:00';

const stamp = { create_date: setupDate, write_date: setupDate };

export const companyPartnerId = 1;

/** Suppliers of a small tiers-lieu in La Réunion (ids 201…). */
export const suppliers = {
  sound: 201, printer: 202, grocer: 203, brewery: 204, energy: 205, water: 206, insurer: 207, hardware: 208,
  nursery: 209, landlord: 210, transport: 211, spares: 212, maloya: 213, djCollective: 214,
} as const;

const supplierNames: Record<number, [string, string]> = {
  201: ['SARL Son Péi', 'Le Port'], 202: ['Imprimerie du Port', 'Le Port'], 203: ['Cash Marché Saint-Paul', 'Saint-Paul'],
  204: ['Brasserie Bourbon Sud', 'Saint-Pierre'], 205: ['Énergies Péi', 'Saint-Denis'], 206: ['Régie des eaux de Saint-Paul', 'Saint-Paul'],
  207: ['Mutuelle Océan Assurances', 'Saint-Denis'], 208: ['Quincaillerie Bois-Rouge', 'Saint-Paul'], 209: ['Pépinière du Maïdo', 'Saint-Paul'],
  210: ['SCI La Friche', 'Saint-Paul'], 211: ['Transports Kréol', 'Le Port'], 212: ['Atelier Pièces Réemploi', 'Saint-Pierre'],
  213: ['Collectif Maloya Roots', 'Saint-Benoît'], 214: ['Kolektif DJ Lontan', 'Saint-Denis'],
};

/** Customers invoiced for workshops, hires and services (ids 251…). */
export const customers = { zarlor: 251, lycee: 252, mairie: 253, theatre: 254, formation: 255, ccas: 256, festivalSponsor: 257 } as const;

const customerNames: Record<number, [string, string]> = {
  251: ['Association Zarlor', 'Saint-Paul'], 252: ['Lycée agricole de Saint-Paul', 'Saint-Paul'], 253: ['Mairie de Saint-Paul', 'Saint-Paul'],
  254: ['Compagnie Théâtre Lé La', 'Saint-Leu'], 255: ['SAS Formation Kréol', 'Saint-Denis'], 256: ['CCAS de Saint-Paul', 'Saint-Paul'],
  257: ['Distillerie du Sud', 'Saint-Pierre'],
};

/** Public funders of the collective (ids 301…). */
export const funders = { region: 301, department: 302, caf: 303, drac: 304 } as const;

const funderNames: Record<number, [string, string]> = {
  301: ['Région Réunion', 'Saint-Denis'], 302: ['Département de La Réunion', 'Saint-Denis'],
  303: ['CAF de La Réunion', 'Saint-Denis'], 304: ['DRAC La Réunion', 'Saint-Denis'],
};

function partner(id: number, name: string, city: string, extra: Partial<Row> = {}): Row {
  return {
    id, name, complete_name: name, email: false, phone: false, is_company: true, active: true, parent_id: false, ref: false,
    street: false, zip: city === 'Saint-Paul' ? '97460' : false, city, company_id: false, customer_rank: 0, supplier_rank: 0, siret: false,
    ...stamp, ...extra,
  };
}

export function partnerRows(): Row[] {
  const rows: Row[] = [partner(companyPartnerId, odooDemo.companyName, 'Saint-Paul', { street: '1 chemin de la Friche', email: 'contact@laraffinerie.re' })];
  rows.push(partner(2, 'Hub Alambic', 'Saint-Paul', { is_company: false, email: odooDemo.login, parent_id: companyPartnerId, complete_name: `${odooDemo.companyName}, Hub Alambic` }));
  for (const m of members) {
    const name = `${m.firstName} ${m.lastName}`;
    rows.push(partner(m.odooPartnerId, name, 'Saint-Paul', { is_company: false, email: m.email, phone: m.phone ?? false, supplier_rank: 1, ref: m.id.slice(-4) }));
  }
  for (const [id, [name, city]] of Object.entries(supplierNames)) rows.push(partner(Number(id), name, city, { supplier_rank: 3 }));
  for (const [id, [name, city]] of Object.entries(customerNames)) rows.push(partner(Number(id), name, city, { customer_rank: 2 }));
  for (const [id, [name, city]] of Object.entries(funderNames)) rows.push(partner(Number(id), name, city, { customer_rank: 1 }));
  // An archived supplier: hidden from searches unless active_test is False, still readable by id.
  rows.push(partner(299, 'Ancien traiteur (fermé)', 'Saint-Paul', { active: false, supplier_rank: 1 }));
  return rows;
}

/** The French chart of accounts (PCG) lines the demo books use. */
export const accounts = {
  payable: 1, receivable: 2, bank: 3, groceries: 4, drinks: 5, energy: 6, water: 7, smallEquipment: 8, services: 9,
  rent: 10, upkeep: 11, insurance: 12, fees: 13, advertising: 14, travel: 15, coRemuneration: 16, artists: 17,
  serviceIncome: 18, sales: 19, grants: 20, soundHire: 21, internalExpense: 22, internalIncome: 23, qonto: 24, bankFees: 25, carriedForward: 26,
} as const;

const accountList: Array<[number, string, string, string, boolean]> = [
  [1, '401100', 'Fournisseurs', 'liability_payable', true],
  [2, '411100', 'Clients', 'asset_receivable', true],
  [3, '512100', 'Banque Crédit Agricole', 'asset_cash', false],
  [4, '601000', 'Achats de matières premières (alimentation)', 'expense', false],
  [5, '607000', 'Achats de marchandises (boissons)', 'expense', false],
  [6, '606100', 'Fournitures non stockables (énergie)', 'expense', false],
  [7, '606110', 'Eau', 'expense', false],
  [8, '606300', 'Fournitures d’entretien et petit équipement', 'expense', false],
  [9, '604000', 'Achats de prestations de services', 'expense', false],
  [10, '613200', 'Locations immobilières', 'expense', false],
  [11, '615200', 'Entretien et réparations sur biens immobiliers', 'expense', false],
  [12, '616000', 'Primes d’assurance', 'expense', false],
  [13, '622600', 'Honoraires', 'expense', false],
  [14, '623000', 'Publicité, publications, relations publiques', 'expense', false],
  [15, '625100', 'Voyages et déplacements', 'expense', false],
  [16, '641100', 'Co-rémunération des Raffineur·euses', 'expense', false],
  [17, '604100', 'Cachets et prestations artistiques', 'expense', false],
  [18, '706000', 'Prestations de services', 'income', false],
  [19, '707000', 'Ventes de marchandises', 'income', false],
  [20, '740000', 'Subventions d’exploitation', 'income_other', false],
  [21, '613500', 'Locations mobilières (son et lumière)', 'expense', false],
  [22, '658800', 'Dépenses internes entre cercles', 'expense', false],
  [23, '758800', 'Recettes internes entre cercles', 'income_other', false],
  [24, '512200', 'Banque Qonto', 'asset_cash', false],
  [25, '627000', 'Services bancaires et assimilés', 'expense', false],
  [26, '110000', 'Report à nouveau (solde créditeur)', 'equity', false],
];

export function accountRows(): Row[] {
  return accountList.map(([id, code, name, account_type, reconcile]) => ({ id, code, name, account_type, reconcile, deprecated: false, company_id: 1, ...stamp }));
}

export const journals = { sale: 1, purchase: 2, bank: 3, misc: 4, qonto: 5 } as const;

export function journalRows(): Row[] {
  return [
    { id: 1, name: 'Factures clients', code: 'FAC', type: 'sale', sequence: 5, active: true, company_id: 1, ...stamp },
    { id: 2, name: 'Factures fournisseurs', code: 'FACTU', type: 'purchase', sequence: 6, active: true, company_id: 1, ...stamp },
    { id: 3, name: 'Banque Crédit Agricole', code: 'BNK1', type: 'bank', sequence: 10, active: true, company_id: 1, default_account_id: accounts.bank, ...stamp },
    { id: 4, name: 'Opérations diverses', code: 'OD', type: 'general', sequence: 9, active: true, company_id: 1, default_account_id: false, ...stamp },
    { id: 5, name: 'Qonto', code: 'BNK2', type: 'bank', sequence: 11, active: true, company_id: 1, default_account_id: accounts.qonto, ...stamp },
  ];
}

/** Products that tell apart lines booked on the same account: co-rémunération and presta interne share 641100. */
export const products = { coRemuneration: 1, internalService: 2, meal: 3 } as const;

export function productRows(): Row[] {
  return [
    { id: 1, name: 'Co-rémunération (bienveillance)', default_code: 'COREM', active: true, company_id: false, ...stamp },
    { id: 2, name: 'Prestation interne (chargé·e de mission)', default_code: 'PRESTA-INT', active: true, company_id: false, ...stamp },
    { id: 3, name: 'Repas cantine', default_code: 'REPAS', active: true, company_id: false, ...stamp },
  ];
}

export function planRows(withCompany: boolean): Row[] {
  const company = withCompany ? { company_id: 1 } : {};
  return [
    { id: odooDemo.projectPlanId, name: 'Projets', complete_name: 'Projets', description: 'Cercles de La Raffinerie (code groupe/pôle/projet/action)', parent_id: false, sequence: 10, color: 1, default_applicability: 'optional', ...company, ...stamp },
    { id: odooDemo.fundingPlanId, name: 'Financements', complete_name: 'Financements', description: 'Subventions et conventions de financement', parent_id: false, sequence: 20, color: 2, default_applicability: 'optional', ...company, ...stamp },
  ];
}

/** One analytic account per demo circle (ids 1…28, in the circles' order), an archived one, and the funding accounts. */
export const archivedAnalyticId = 29;
export const fundingAccounts = { region: 30, department: 31, caf: 32, drac: 33 } as const;

export function analyticAccountIdOf(code: string): number {
  const index = circles.findIndex((c) => c.analyticCode === code);
  if (index < 0) throw new Error(`No demo circle with analytic code ${code}`);
  return index + 1;
}

export function analyticAccountRows(): Row[] {
  const project = { plan_id: odooDemo.projectPlanId, root_plan_id: odooDemo.projectPlanId, company_id: 1, partner_id: false, color: 0, ...stamp };
  const funding = { plan_id: odooDemo.fundingPlanId, root_plan_id: odooDemo.fundingPlanId, company_id: 1, color: 0, ...stamp };
  return [
    ...circles.map((c, i) => ({ id: i + 1, name: c.name, code: c.analyticCode, active: true, ...project })),
    { id: archivedAnalyticId, name: 'Friperie solidaire (arrêtée)', code: '6120', active: false, ...project },
    { id: fundingAccounts.region, name: 'Région – Festival Zot Musik 2026', code: 'FIN-REG-2026', active: true, partner_id: funders.region, ...funding },
    { id: fundingAccounts.department, name: 'Département – Jardin partagé 2026', code: 'FIN-DEP-2026', active: true, partner_id: funders.department, ...funding },
    { id: fundingAccounts.caf, name: 'CAF – Cantine solidaire 2026', code: 'FIN-CAF-2026', active: true, partner_id: funders.caf, ...funding },
    { id: fundingAccounts.drac, name: 'DRAC – Résidences 2026', code: 'FIN-DRAC-2026', active: true, partner_id: funders.drac, ...funding },
  ];
}

export function companyRows(): Row[] {
  return [{ id: 1, name: odooDemo.companyName, sequence: 10, partner_id: companyPartnerId, active: true, ...stamp }];
}

export function userRows(): Row[] {
  return [
    { id: 1, name: 'OdooBot', login: '__system__', partner_id: false, company_id: 1, company_ids: [1], active: false, ...stamp },
    { id: odooDemo.userId, name: 'Hub Alambic', login: odooDemo.login, partner_id: 2, company_id: 1, company_ids: [1], active: true, ...stamp },
  ];
}
