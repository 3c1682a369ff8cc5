import { circleByCode, memberByEmail } from '@alambic/demo-data';
import type { EntityManager } from 'typeorm';
import { EventQuoteLineEntity, EventRequestEntity, WorkTransitionEntity } from '../entities/index.js';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (day: string) => new Date(`${day}T08:00:00.000Z`);

/** Two demo event requests: one just received, one quoted (site hire + kitchen and garden services). Fixed ids and dates. */
export async function insertDemoEventRequests(m: EntityManager): Promise<void> {
  const julien = memberByEmail('julien.hoarau@laraffinerie.re').id;
  const camille = memberByEmail('camille.payet@laraffinerie.re').id;
  const pole = circleByCode('3300').id;
  const received = id('e4000000', 1);
  await m.insert(EventRequestEntity, {
    id: received, title: 'Fête de quartier de la Ravine', requester: 'Association Ravine Vivante', requesterContact: 'contact@ravine-vivante.re',
    description: 'Après-midi festif avec stands et musique acoustique.', startsAt: new Date('2030-05-16T10:00:00.000Z'), endsAt: new Date('2030-05-16T16:00:00.000Z'),
    expectedPeople: 150, status: 'RECEIVED', createdBy: camille, updatedBy: camille, createdAt: at('2026-03-02'), updatedAt: at('2026-03-02'),
  });
  await m.insert(WorkTransitionEntity, { subject: 'EVENT_REQUEST', subjectId: received, fromState: null, toState: 'RECEIVED', memberId: camille, at: at('2026-03-02') });

  const quoted = id('e4000000', 2);
  await m.insert(EventRequestEntity, {
    id: quoted, title: 'Séminaire Océan Indien Solidaire', requester: 'Réseau Océan Indien Solidaire', requesterContact: '0262 00 00 00',
    description: 'Une journée de séminaire, déjeuner sur place, visite du potager.', startsAt: new Date('2030-04-10T04:00:00.000Z'), endsAt: new Date('2030-04-10T13:00:00.000Z'),
    expectedPeople: 40, poleCircleId: pole, careLeadId: julien, hours: 9, hourlyRateCents: 12_000, profitSharePct: 50, status: 'QUOTED',
    createdBy: camille, updatedBy: julien, createdAt: at('2026-02-10'), updatedAt: at('2026-03-01'),
  });
  const lines = [
    { n: 1, circle: '2100', label: 'Déjeuner (repas)', quantity: 40, unit: 1_500, cost: 24_000 },
    { n: 2, circle: '4100', label: 'Visite guidée du potager', quantity: 1, unit: 15_000, cost: 0 },
  ];
  for (const l of lines) {
    await m.insert(EventQuoteLineEntity, {
      id: id('e4100000', l.n), requestId: quoted, circleId: circleByCode(l.circle).id, kind: 'SERVICE', label: l.label, quantity: l.quantity, unitPriceCents: l.unit,
      amountCents: l.quantity * l.unit, costCents: l.cost, createdBy: julien, updatedBy: julien, createdAt: at('2026-03-01'), updatedAt: at('2026-03-01'),
    });
  }
  const steps: Array<[string | null, string, string, string, string | null]> = [
    [null, 'RECEIVED', camille, '2026-02-10', null],
    ['RECEIVED', 'ASSIGNED', julien, '2026-02-12', null],
    ['ASSIGNED', 'VALIDATED', julien, '2026-02-20', 'Interpôle du 2026-02-20 : accord, sous réserve d’un référent du jour.'],
    ['VALIDATED', 'QUOTED', julien, '2026-03-01', null],
  ];
  for (const [fromState, toState, memberId, day, note] of steps) {
    await m.insert(WorkTransitionEntity, { subject: 'EVENT_REQUEST', subjectId: quoted, fromState, toState, memberId, note, at: at(day) });
  }
}
