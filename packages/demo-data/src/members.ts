/** The demo members: one identity across the hub, Odoo (partner), TiBillet (email) and Oceco (citoyen). */
export type Implication = 'VOLUNTEER' | 'DISCOVERER' | 'CORE_MEMBER';

export interface DemoMember {
  id: string;
  firstName: string;
  lastName: string;
  pronouns: string | null;
  email: string;
  phone: string | null;
  implication: Implication;
  skills: string[];
  /** res.partner id in the Odoo demo database. */
  odooPartnerId: number;
  /** Oceco citoyen id (24 hex), or null for a member without an Oceco account. */
  ocecoUserId: string | null;
  /** Oceco credit balance in the demo organisation. */
  ocecoCredits: number;
  isAdmin: boolean;
}

const m = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const oceco = (n: number) => `5e1a${String(n).padStart(20, '0')}`;

const rows: Array<[string, string, string | null, Implication, string[], number | null, boolean]> = [
  ['Camille', 'Payet', 'elle', 'CORE_MEMBER', ['facilitation', 'comptabilité'], 42, true],
  ['Julien', 'Hoarau', 'il', 'CORE_MEMBER', ['gestion de projet', 'menuiserie'], 35, true],
  ['Maëlle', 'Grondin', 'elle', 'CORE_MEMBER', ['programmation musicale', 'son'], 28, false],
  ['Théo', 'Fontaine', 'il', 'CORE_MEMBER', ['cuisine', 'hygiène alimentaire'], 51, false],
  ['Inès', 'Técher', 'elle', 'CORE_MEMBER', ['communication', 'graphisme'], 19, false],
  ['Noah', 'Boyer', 'il', 'CORE_MEMBER', ['permaculture', 'botanique'], 64, false],
  ['Léa', 'Rivière', 'elle', 'CORE_MEMBER', ['subventions', 'rédaction'], 12, false],
  ['Sacha', 'Maillot', 'iel', 'CORE_MEMBER', ['électronique', 'réparation'], 23, false],
  ['Manon', 'Lebon', 'elle', 'VOLUNTEER', ['bar', 'accueil'], 17, false],
  ['Hugo', 'Robert', 'il', 'VOLUNTEER', ['skate', 'animation'], 9, false],
  ['Chloé', 'Nativel', 'elle', 'VOLUNTEER', ['photographie'], 14, false],
  ['Lucas', 'Morel', 'il', 'VOLUNTEER', ['technique scène', 'lumière'], 31, false],
  ['Emma', 'Dijoux', 'elle', 'VOLUNTEER', ['cuisine'], 8, false],
  ['Nathan', 'Hoareau', null, 'VOLUNTEER', ['jardinage'], 22, false],
  ['Zoé', 'Turpin', 'elle', 'VOLUNTEER', ['couture', 'réemploi'], null, false],
  ['Louis', 'Clain', 'il', 'DISCOVERER', ['musique'], 3, false],
  ['Jade', 'Sautron', 'elle', 'DISCOVERER', [], 1, false],
  ['Enzo', 'Lauret', 'il', 'DISCOVERER', ['vidéo'], null, false],
  ['Anaïs', 'Ethève', 'elle', 'CORE_MEMBER', ['administration', 'droit associatif'], 16, false],
  ['Tom', 'Baret', 'il', 'VOLUNTEER', ['bricolage'], 5, false],
];

function emailOf(first: string, last: string): string {
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return `${plain(first)}.${plain(last)}@laraffinerie.re`;
}

export const members: DemoMember[] = rows.map(([firstName, lastName, pronouns, implication, skills, credits, isAdmin], i) => ({
  id: m(i + 1),
  firstName,
  lastName,
  pronouns,
  email: emailOf(firstName, lastName),
  phone: i % 3 === 0 ? `0692 ${10 + i} ${20 + i} ${30 + i}` : null,
  implication,
  skills,
  odooPartnerId: 100 + i + 1,
  ocecoUserId: credits === null ? null : oceco(i + 1),
  ocecoCredits: credits ?? 0,
  isAdmin,
}));

export function memberByEmail(email: string): DemoMember {
  const found = members.find((x) => x.email === email);
  if (!found) throw new Error(`Demo member ${email} does not exist`);
  return found;
}
