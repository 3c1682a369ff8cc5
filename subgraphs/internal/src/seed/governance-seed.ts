import { circleByCode, memberByEmail } from '@alambic/demo-data';
import type { EntityManager } from 'typeorm';
import { MemberEntity, RoleEntity } from '../entities/index.js';
import type { ContactVisibilityValue } from '../entities/member.entity.js';
import { DecisionEntity, DocLinkEntity, IndicatorEntity, ObjectiveEntity, TensionEntity } from '../governance/entities/index.js';

/** Demo directory choices and governance records, seeded with the demo organisation (hub-only facts: no simulator needs them). */
const profiles: Array<{ email: string; emailVisibility?: ContactVisibilityValue; phoneVisibility?: ContactVisibilityValue; badges?: string[] }> = [
  { email: 'camille.payet@laraffinerie.re', badges: ['Facilitation', 'Comptabilité Odoo'] },
  { email: 'maelle.grondin@laraffinerie.re', emailVisibility: 'CIRCLES', badges: ['Programmation'] },
  { email: 'theo.fontaine@laraffinerie.re', phoneVisibility: 'NOBODY', badges: ['Hygiène alimentaire'] },
  { email: 'noah.boyer@laraffinerie.re', emailVisibility: 'NOBODY', badges: ['Permaculture'] },
  { email: 'lea.riviere@laraffinerie.re', phoneVisibility: 'MEMBERS', badges: ['Subventions'] },
  { email: 'sacha.maillot@laraffinerie.re', badges: ['Réparation électronique'] },
  { email: 'hugo.robert@laraffinerie.re', phoneVisibility: 'MEMBERS' },
];

const wiki = 'https://documentation.laraffinerie.re/index.php';
const id = (email: string) => memberByEmail(email).id;
const circle = (code: string) => circleByCode(code).id;

export async function insertDemoGovernance(m: EntityManager): Promise<void> {
  for (const p of profiles) {
    const { email, ...choices } = p;
    await m.update(MemberEntity, { id: id(email) }, choices);
  }
  const role = async (code: string, key: string) => (await m.findOneByOrFail(RoleEntity, { circleId: circle(code), templateKey: key })).id;
  const by = (email: string) => ({ createdBy: id(email), updatedBy: id(email) });

  const grantDecision = await m.save(DecisionEntity, m.create(DecisionEntity, {
    circleId: circle('1000'),
    title: 'Un rôle Subvention au pôle Programmation',
    proposal: 'Le pôle Programmation prend le rôle optionnel Subvention pour suivre la convention DAC du festival.',
    process: 'CONSENT',
    status: 'ADOPTED',
    objections: [{ text: 'Risque de doublon avec le rôle Admin du groupe.', integration: 'Le rôle Subvention suit la convention et les bilans ; l’Admin garde les paiements.', raisedBy: id('camille.payet@laraffinerie.re') }],
    outcome: 'Rôle Subvention ouvert au pôle Programmation, tenu par Léa Rivière.',
    decidedOn: '2026-03-12',
    reviewOn: '2026-09-12',
    links: [{ kind: 'ROLE', reference: await role('1100', 'grant') }],
    ...by('maelle.grondin@laraffinerie.re'),
  }));
  await m.save(DecisionEntity, m.create(DecisionEntity, {
    circleId: circle('3000'),
    title: 'Tarif de l’accueil d’évènements extérieurs',
    proposal: 'Les évènements extérieurs sont devisés à 120 € de l’heure, partage des bénéfices 70 / 30 avec les pôles qui participent.',
    process: 'CONSENT',
    status: 'ADOPTED',
    objections: [],
    outcome: '120 € de l’heure, partage 70 / 30.',
    decidedOn: '2026-05-20',
    reviewOn: '2027-05-20',
    links: [],
    ...by('julien.hoarau@laraffinerie.re'),
  }));
  await m.save(DecisionEntity, m.create(DecisionEntity, {
    circleId: circle('2000'),
    title: 'Prix libre à la cantine le mercredi',
    proposal: 'Le mercredi midi, la cantine solidaire passe au prix libre et conscient, avec un prix indicatif affiché.',
    process: 'ADVICE',
    status: 'PROPOSED',
    objections: [],
    links: [],
    ...by('theo.fontaine@laraffinerie.re'),
  }));

  await m.insert(TensionEntity, [
    { circleId: circle('1000'), roleId: await role('1000', 'evaluator'), raisedBy: id('maelle.grondin@laraffinerie.re'), title: 'Personne ne suit plus nos objectifs depuis juillet', description: 'Le mandat d’évaluateur·trice est terminé : qui présente les indicateurs en réunion opérationnelle ?', kind: 'GOVERNANCE', status: 'OPEN', ...by('maelle.grondin@laraffinerie.re') },
    { circleId: circle('2200'), roleId: null, raisedBy: id('manon.lebon@laraffinerie.re'), title: 'Les gobelets réutilisables manquent en fin de soirée', description: null, kind: 'OPERATIONAL', status: 'IN_PROGRESS', ...by('manon.lebon@laraffinerie.re') },
    { circleId: circle('4000'), roleId: null, raisedBy: id('noah.boyer@laraffinerie.re'), title: 'Le chantier compost manque de bras le samedi', description: 'Trois personnes en moyenne pour six prévues.', kind: 'OPERATIONAL', status: 'OPEN', ...by('noah.boyer@laraffinerie.re') },
    { circleId: circle('1000'), roleId: null, raisedBy: id('ines.techer@laraffinerie.re'), title: 'La newsletter part sans relecture', description: null, kind: 'GOVERNANCE', status: 'RESOLVED', decisionId: grantDecision.id, ...by('ines.techer@laraffinerie.re') },
  ]);

  const objectives: Array<{ code: string; email: string; title: string; indicators: Array<[string, string, number, number | null, 'MANUAL' | 'ODOO' | 'TIBILLET' | 'OCECO']> }> = [
    { code: '1000', email: 'maelle.grondin@laraffinerie.re', title: 'Faire venir de nouveaux publics', indicators: [['Entrées aux soirées', 'personnes', 1200, 830, 'TIBILLET'], ['Part de nouveaux publics', '%', 30, 22, 'MANUAL']] },
    { code: '3000', email: 'julien.hoarau@laraffinerie.re', title: 'Équilibrer l’accueil d’évènements extérieurs', indicators: [['Chiffre d’affaires de l’accueil', '€', 15000, 9800, 'ODOO']] },
    { code: '4000', email: 'noah.boyer@laraffinerie.re', title: 'Ouvrir le jardin partagé au quartier', indicators: [['Parcelles attribuées', 'parcelles', 12, 9, 'MANUAL'], ['Heures bénévoles au jardin', 'heures', 300, 180, 'OCECO'], ['Ateliers de permaculture', 'ateliers', 6, null, 'MANUAL']] },
  ];
  for (const o of objectives) {
    const saved = await m.save(ObjectiveEntity, m.create(ObjectiveEntity, { circleId: circle(o.code), semester: '2026-S2', title: o.title, description: null, ...by(o.email) }));
    for (const [position, [name, unit, target, actual, source]] of o.indicators.entries()) {
      await m.insert(IndicatorEntity, { objectiveId: saved.id, position, name, unit, target, actual, source, ...by(o.email) });
    }
  }

  await m.insert(DocLinkEntity, [
    { title: 'Les piliers de notre fonctionnement', url: `${wiki}/Les_piliers_de_notre_fonctionnement`, process: 'Décision par consentement', ...by('camille.payet@laraffinerie.re') },
    { title: 'Le process de candidature', url: `${wiki}/Le_process_de_candidature`, process: 'Candidature à une mission', ...by('camille.payet@laraffinerie.re') },
    { title: 'Gestion de projets', url: `${wiki}/Gestion_de_projets`, circleId: circle('1000'), ...by('maelle.grondin@laraffinerie.re') },
    { title: 'Rôles de groupes / pôles', url: `${wiki}/R%C3%B4les_de_groupes_/_p%C3%B4les`, roleId: await role('1000', 'facilitator'), ...by('camille.payet@laraffinerie.re') },
  ]);
}
