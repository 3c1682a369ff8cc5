/** The hub's screens, in the order of the main navigation (the collective's own menu of the earlier dashboard). */
export interface Section {
  href: string;
  label: string;
}

export const sections: Section[] = [
  { href: '/moi', label: 'Mon tableau de bord' },
  { href: '/', label: 'Cercles' },
  { href: '/missions', label: 'Missions' },
  { href: '/budget', label: 'Suivi budgétaire' },
  { href: '/evenements', label: 'Suivi évènements' },
  { href: '/volontariat', label: 'Suivi volontariat' },
  { href: '/organigramme', label: 'Organigramme' },
  { href: '/annuaire', label: 'Répertoire' },
  { href: '/gouvernance', label: 'Gouvernance' },
];

/** Whether `pathname` belongs to the section (`/` only matches itself). */
export function isInSection(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
