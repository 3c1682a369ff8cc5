/** The demo organisation's circles. The analytic code is the collective's digits rule:
 * group, pôle, project, action — one digit each, 0 where the level is unused. */
export type CircleKind = 'GROUP' | 'POLE' | 'PROJECT' | 'ACTION';

export interface DemoCircle {
  id: string;
  kind: CircleKind;
  name: string;
  analyticCode: string;
  parentCode: string | null;
  purpose: string;
  /** The Oceco project (a « pôle » in Oceco) that publishes this circle's volunteer actions; pôles only. */
  ocecoProjectId: string | null;
}

const c = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const rows: Array<[number, CircleKind, string, string, string]> = [
  [1, 'GROUP', 'Culture', '1000', 'Faire vivre la programmation culturelle du lieu'],
  [2, 'POLE', 'Programmation', '1100', 'Concerts, soirées et festivals'],
  [3, 'PROJECT', 'Soirées concerts', '1110', 'Les soirées musicales du vendredi'],
  [4, 'ACTION', 'Festival Zot Musik', '1111', 'Le festival annuel de fin d’année'],
  [5, 'PROJECT', 'Ateliers musique', '1120', 'Ateliers de pratique musicale ouverts à tous'],
  [6, 'POLE', 'Arts visuels', '1200', 'Expositions et résidences'],
  [7, 'PROJECT', 'Résidences d’artistes', '1210', 'Accueillir des artistes en création'],
  [8, 'GROUP', 'Alimentation', '2000', 'Nourrir le lieu et ses habitant·es'],
  [9, 'POLE', 'Cuisine', '2100', 'La cuisine partagée'],
  [10, 'PROJECT', 'Cantine solidaire', '2110', 'Un repas à prix libre chaque midi'],
  [11, 'POLE', 'Bar', '2200', 'Le bar associatif des soirées'],
  [12, 'PROJECT', 'Bar associatif', '2210', 'Tenir le bar pendant les évènements'],
  [13, 'GROUP', 'Communs', '3000', 'Prendre soin du lieu et du cadre commun'],
  [14, 'POLE', 'Administration', '3100', 'Comptabilité, paiements, subventions'],
  [15, 'PROJECT', 'Gestion du site', '3110', 'Entretien, assurances, fluides'],
  [16, 'POLE', 'Communication', '3200', 'Newsletter, site, réseaux'],
  [17, 'POLE', 'Accueil d’évènements', '3300', 'Ouvrir la boîte à outils aux évènements extérieurs'],
  [18, 'PROJECT', 'Évènements extérieurs', '3310', 'Formations, séminaires et ateliers accueillis'],
  [19, 'GROUP', 'Jardin', '4000', 'Cultiver la friche'],
  [20, 'POLE', 'Potager', '4100', 'Le potager en permaculture'],
  [21, 'PROJECT', 'Jardin partagé', '4110', 'Des parcelles cultivées ensemble'],
  [22, 'ACTION', 'Chantier compost', '4111', 'Construire les bacs à compost'],
  [23, 'POLE', 'Pépinière', '4200', 'Produire plants et boutures'],
  [24, 'GROUP', 'Sport', '5000', 'Bouger ensemble'],
  [25, 'POLE', 'Sports urbains', '5100', 'Skate, roller, parkour'],
  [26, 'GROUP', 'Micro-recyclerie', '6000', 'Réparer, réemployer, transmettre'],
  [27, 'POLE', 'Réparation', '6100', 'Les ateliers de réparation'],
  [28, 'PROJECT', 'Repair café', '6110', 'Un samedi par mois, on répare ensemble'],
];

function parentCodeOf(code: string, kind: CircleKind): string | null {
  const depth = { GROUP: 1, POLE: 2, PROJECT: 3, ACTION: 4 }[kind];
  if (depth === 1) return null;
  return code.slice(0, depth - 1).padEnd(4, '0');
}

export const circles: DemoCircle[] = rows.map(([n, kind, name, analyticCode, purpose]) => ({
  id: c(n),
  kind,
  name,
  analyticCode,
  parentCode: parentCodeOf(analyticCode, kind),
  purpose,
  ocecoProjectId: kind === 'POLE' ? `5e2b${analyticCode.padStart(20, '0')}` : null,
}));

export function circleByCode(code: string): DemoCircle {
  const found = circles.find((x) => x.analyticCode === code);
  if (!found) throw new Error(`Demo circle ${code} does not exist`);
  return found;
}
