import { circleByCode, memberByEmail } from '@alambic/demo-data';
import type { EntityManager } from 'typeorm';
import { insertDemoEventRequests } from './event-request/seed.js';
import { MissionApplicationEntity, MissionEntity, RemunerationClaimEntity, WorkTransitionEntity } from './entities/index.js';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const who = (email: string) => memberByEmail(email).id;
const at = (day: string) => new Date(`${day}T08:00:00.000Z`);

const maelle = 'maelle.grondin@laraffinerie.re';
const lucas = 'lucas.morel@laraffinerie.re';
const manon = 'manon.lebon@laraffinerie.re';
const noah = 'noah.boyer@laraffinerie.re';
const camille = 'camille.payet@laraffinerie.re';
const julien = 'julien.hoarau@laraffinerie.re';

/** Demo missions (one of each kind), applications and claims in every state, with their history. Fixed ids and dates. */
export async function insertDemoWork(m: EntityManager): Promise<void> {
  const missions = [
    { n: 1, circle: '1110', kind: 'CARE', title: 'Bienveillance des soirées concerts', description: 'Porter les soirées du vendredi : programmation, accueil des artistes, coordination des bénévoles.', hours: 120, skills: ['programmation musicale', 'coordination'], min: 1, max: 2, cents: 150_000, deadline: null, status: 'STAFFED', by: maelle },
    { n: 2, circle: '6110', kind: 'INTERNAL_SERVICE', title: 'Animation du Repair café', description: 'Accueillir et orienter le public du Repair café, un samedi par mois.', hours: 6, skills: ['réparation', 'accueil'], min: 1, max: 2, cents: 15_000, deadline: '2030-06-30', status: 'OPEN', by: 'sacha.maillot@laraffinerie.re' },
    { n: 3, circle: '3310', kind: 'DAY_REFERENT', title: 'Référent·e du jour — séminaire Cap Réunion', description: 'Ouvrir le site, accueillir, coordonner les chargé·es de mission, fermer le site.', hours: 10, skills: ['accueil'], min: 1, max: 1, cents: 12_000, deadline: null, status: 'STAFFED', by: julien },
    { n: 4, circle: '4111', kind: 'MISSION_HOLDER', title: 'Chargé·e de mission chantier compost', description: 'Construire les bacs à compost avec les volontaires.', hours: 16, skills: ['bricolage', 'jardinage'], min: 1, max: 2, cents: 16_000, deadline: '2030-06-30', status: 'OPEN', by: noah },
    { n: 5, circle: '2110', kind: 'CARE', title: 'Bienveillance de la cantine solidaire', description: 'Organiser les repas à prix libre du midi.', hours: 80, skills: ['cuisine'], min: 1, max: 2, cents: 60_000, deadline: null, status: 'DRAFT', by: 'theo.fontaine@laraffinerie.re' },
  ];
  for (const x of missions) {
    const missionId = id('e1000000', x.n);
    await m.insert(MissionEntity, {
      id: missionId, circleId: circleByCode(x.circle).id, kind: x.kind, title: x.title, description: x.description, expectedHours: x.hours, skills: x.skills,
      minPeople: x.min, maxPeople: x.max, remunerationCents: x.cents, applicationDeadline: x.deadline, status: x.status, createdBy: who(x.by), updatedBy: who(x.by),
      createdAt: at('2026-01-15'), updatedAt: at('2026-01-15'),
    });
    await m.insert(WorkTransitionEntity, { subject: 'MISSION', subjectId: missionId, fromState: null, toState: x.status, memberId: who(x.by), at: at('2026-01-15') });
  }
  const applications: Array<[number, number, string, string, string | null]> = [
    [1, 1, lucas, 'ACCEPTED', maelle],
    [2, 1, manon, 'ACCEPTED', maelle],
    [3, 2, 'zoe.turpin@laraffinerie.re', 'APPLIED', null],
    [4, 2, 'tom.baret@laraffinerie.re', 'APPLIED', null],
    [5, 3, 'ines.techer@laraffinerie.re', 'ACCEPTED', julien],
    [6, 4, 'nathan.hoareau@laraffinerie.re', 'ACCEPTED', noah],
    [7, 4, 'hugo.robert@laraffinerie.re', 'APPLIED', null],
    [8, 4, 'louis.clain@laraffinerie.re', 'REJECTED', noah],
  ];
  for (const [n, mission, email, status, decider] of applications) {
    const appId = id('e2000000', n);
    await m.insert(MissionApplicationEntity, {
      id: appId, missionId: id('e1000000', mission), memberId: who(email), motivation: 'Disponible et motivé·e.', status,
      decidedAt: decider ? at('2026-02-01') : null, decidedBy: decider ? who(decider) : null, createdBy: who(email), updatedBy: who(decider ?? email),
      createdAt: at('2026-01-20'), updatedAt: at(decider ? '2026-02-01' : '2026-01-20'),
    });
    await m.insert(WorkTransitionEntity, { subject: 'APPLICATION', subjectId: appId, fromState: null, toState: 'APPLIED', memberId: who(email), at: at('2026-01-20') });
    if (decider) await m.insert(WorkTransitionEntity, { subject: 'APPLICATION', subjectId: appId, fromState: 'APPLIED', toState: status, memberId: who(decider), at: at('2026-02-01') });
  }
  // Mission 1 (envelope 1 500 €): claims in every state; mission 3 and 4: a proposal each.
  const claims: Array<[number, number, string, string, number, number, number | null, string, string | null]> = [
    [1, 1, lucas, '2026-03-06', 12, 30_000, 30_000, 'PAID', null],
    [2, 1, manon, '2026-04-10', 10, 28_000, 25_000, 'INVOICED', 'Ajusté à la fourchette journalière du pôle.'],
    [3, 1, lucas, '2026-06-12', 14, 35_000, 35_000, 'VALIDATED', null],
    [4, 1, manon, '2026-09-18', 8, 18_000, null, 'PROPOSED', null],
    [5, 3, 'ines.techer@laraffinerie.re', '2026-10-02', 10, 12_000, null, 'PROPOSED', null],
    [6, 4, 'nathan.hoareau@laraffinerie.re', '2026-10-24', 9, 16_000, 16_000, 'VALIDATED', null],
  ];
  const order = ['PROPOSED', 'VALIDATED', 'INVOICED', 'PAID'];
  for (const [n, mission, email, day, hours, proposed, validated, state, note] of claims) {
    const claimId = id('e3000000', n);
    const reached = order.indexOf(state);
    const validator = mission === 4 ? noah : mission === 3 ? julien : maelle;
    await m.insert(RemunerationClaimEntity, {
      id: claimId, missionId: id('e1000000', mission), memberId: who(email), workDate: day, hours, description: `Travail du ${day} : préparation, accueil, rangement.`,
      impact: null, docsUrl: null, amountProposedCents: proposed, amountValidatedCents: reached >= 1 ? validated : null, regulationNote: note, state,
      invoiceNumber: reached >= 2 ? `FAC-${day.slice(0, 4)}-${String(n).padStart(3, '0')}` : null,
      paymentReference: reached >= 3 ? `VIR-${day.replaceAll('-', '')}` : null,
      validatedAt: reached >= 1 ? at(day) : null, validatedBy: reached >= 1 ? who(validator) : null,
      invoicedAt: reached >= 2 ? at(day) : null, invoicedBy: reached >= 2 ? who(email) : null,
      paidAt: reached >= 3 ? at(day) : null, paidBy: reached >= 3 ? who(camille) : null,
      createdBy: who(email), updatedBy: who(email), createdAt: at(day), updatedAt: at(day),
    });
    for (let i = 0; i <= reached; i++) {
      const actor = i === 1 ? validator : i === 3 ? camille : email;
      await m.insert(WorkTransitionEntity, { subject: 'CLAIM', subjectId: claimId, fromState: i ? order[i - 1] : null, toState: order[i], memberId: who(actor), note: i === 1 ? note : null, at: at(day) });
    }
  }
  await insertDemoEventRequests(m);
}
