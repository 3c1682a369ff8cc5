/** Who fills which role in the demo: some roles filled, some deliberately vacant, one term already ended. */
export interface DemoAssignment {
  circleCode: string;
  roleKey: string;
  memberEmail: string;
  from: string;
  until: string | null;
}

const a = (circleCode: string, roleKey: string, memberEmail: string, from = '2025-09-01', until: string | null = null): DemoAssignment => ({
  circleCode,
  roleKey,
  memberEmail,
  from,
  until,
});

export const assignments: DemoAssignment[] = [
  a('1000', 'facilitator', 'maelle.grondin@laraffinerie.re'),
  a('1000', 'admin', 'camille.payet@laraffinerie.re'),
  a('1000', 'programming', 'maelle.grondin@laraffinerie.re'),
  a('1000', 'communication', 'ines.techer@laraffinerie.re'),
  a('1000', 'evaluator', 'lucas.morel@laraffinerie.re', '2025-01-01', '2026-06-30'),
  a('2000', 'facilitator', 'theo.fontaine@laraffinerie.re'),
  a('2000', 'admin', 'anais.etheve@laraffinerie.re'),
  a('2000', 'cohesion', 'emma.dijoux@laraffinerie.re'),
  a('3000', 'facilitator', 'julien.hoarau@laraffinerie.re'),
  a('3000', 'admin', 'camille.payet@laraffinerie.re'),
  a('3000', 'ambassador', 'julien.hoarau@laraffinerie.re'),
  a('3000', 'evaluator', 'lea.riviere@laraffinerie.re'),
  a('3000', 'communication', 'ines.techer@laraffinerie.re'),
  a('4000', 'facilitator', 'noah.boyer@laraffinerie.re'),
  a('4000', 'training', 'nathan.hoareau@laraffinerie.re'),
  a('6000', 'facilitator', 'sacha.maillot@laraffinerie.re'),
  a('1100', 'budget', 'maelle.grondin@laraffinerie.re'),
  a('1100', 'planning', 'lucas.morel@laraffinerie.re'),
  a('1100', 'grant', 'lea.riviere@laraffinerie.re'),
  a('2100', 'budget', 'theo.fontaine@laraffinerie.re'),
  a('2200', 'planning', 'manon.lebon@laraffinerie.re'),
  a('3100', 'budget', 'camille.payet@laraffinerie.re'),
  a('3100', 'grant', 'lea.riviere@laraffinerie.re'),
  a('3100', 'applications', 'anais.etheve@laraffinerie.re'),
  a('3300', 'budget', 'julien.hoarau@laraffinerie.re', '2025-01-01', '2026-08-31'),
  a('3300', 'planning', 'julien.hoarau@laraffinerie.re'),
  a('4100', 'budget', 'noah.boyer@laraffinerie.re'),
  a('4100', 'planning', 'nathan.hoareau@laraffinerie.re'),
  a('6100', 'planning', 'sacha.maillot@laraffinerie.re'),
  a('6100', 'applications', 'zoe.turpin@laraffinerie.re'),
];
