import { BadUserInputError, formatCents } from '@alambic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CircleEntity } from '../../entities/index.js';
import { checkCirclesExist } from '../../planning/validation.js';
import { isUuid, optionalText, requireText } from '../../validation.js';
import type { EventQuoteInput, EventRequestInput } from './inputs.js';
import { MAX_HOURLY_RATE_CENTS, MIN_HOURLY_RATE_CENTS, times } from './quote.js';

const hasTwoDecimals = (x: number) => Math.abs(Math.round(x * 100) - x * 100) < 1e-6;

export function checkedRequest(input: EventRequestInput) {
  const title = requireText(input.title, 'L’intitulé', 'title', 200);
  const requester = requireText(input.requester, 'Le demandeur', 'requester', 200);
  const contact = optionalText(input.contact, 'Le contact', 'contact', 300);
  const description = optionalText(input.topic, 'L’objet', 'topic', 4000);
  if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime())) throw new BadUserInputError('La date de début est invalide.', 'startsAt');
  if (!(input.endsAt instanceof Date) || Number.isNaN(input.endsAt.getTime())) throw new BadUserInputError('La date de fin est invalide.', 'endsAt');
  if (input.endsAt <= input.startsAt) throw new BadUserInputError('La fin de l’évènement doit venir après son début.', 'endsAt');
  if (!Number.isInteger(input.expectedPeople) || input.expectedPeople < 1 || input.expectedPeople > 10_000) {
    throw new BadUserInputError('Le nombre de personnes attendues doit être un entier entre 1 et 10 000.', 'expectedPeople');
  }
  return { title, requester, requesterContact: contact, description, startsAt: input.startsAt, endsAt: input.endsAt, expectedPeople: input.expectedPeople };
}

export async function checkPole(m: EntityManager, poleId: string): Promise<void> {
  const circle = isUuid(poleId) ? await m.findOneBy(CircleEntity, { id: poleId }) : null;
  if (!circle) throw new BadUserInputError(`Pôle inconnu : ${poleId}.`, 'poleId');
  if (circle.kind !== 'POLE') throw new BadUserInputError(`« ${circle.name} » n’est pas un pôle : une demande d’évènement se confie à un pôle.`, 'poleId');
  if (circle.archivedAt) throw new BadUserInputError(`Le pôle « ${circle.name} » est archivé.`, 'poleId');
}

/** Validates the whole quote before anything is written; returns the priced lines. */
export async function checkedQuote(m: EntityManager, input: EventQuoteInput) {
  if (!(input.hours > 0) || input.hours > 500 || !hasTwoDecimals(input.hours)) throw new BadUserInputError('Les heures de location doivent être entre 0 et 500, avec deux décimales au plus.', 'hours');
  if (!Number.isInteger(input.hourlyRate) || input.hourlyRate < MIN_HOURLY_RATE_CENTS || input.hourlyRate > MAX_HOURLY_RATE_CENTS) {
    throw new BadUserInputError(
      `Le tarif horaire de location (${formatCents(input.hourlyRate)} €) doit être entre ${formatCents(MIN_HOURLY_RATE_CENTS)} € et ${formatCents(MAX_HOURLY_RATE_CENTS)} €, référent·e compris.`,
      'hourlyRate',
    );
  }
  if (!Number.isInteger(input.profitSharePercent) || input.profitSharePercent < 0 || input.profitSharePercent > 100) {
    throw new BadUserInputError('La part de la marge partagée doit être un pourcentage entier entre 0 et 100.', 'profitSharePercent');
  }
  if (input.lines.length > 50) throw new BadUserInputError('50 prestations au plus par devis.', 'lines');
  const lines = input.lines.map((l, i) => {
    const n = `Prestation ${i + 1}`;
    const label = requireText(l.label, `${n} : le libellé`, `lines.${i}.label`, 200);
    if (!(l.quantity > 0) || l.quantity > 100_000 || !hasTwoDecimals(l.quantity)) throw new BadUserInputError(`${n} (« ${label} ») : la quantité doit être positive, avec deux décimales au plus.`, `lines.${i}.quantity`);
    if (!Number.isInteger(l.unitPrice) || l.unitPrice <= 0) throw new BadUserInputError(`${n} (« ${label} ») : le prix unitaire doit être positif.`, `lines.${i}.unitPrice`);
    const cost = l.cost ?? 0;
    if (!Number.isInteger(cost) || cost < 0) throw new BadUserInputError(`${n} (« ${label} ») : le coût ne peut pas être négatif.`, `lines.${i}.cost`);
    const amountCents = times(l.quantity, l.unitPrice);
    if (amountCents <= 0) throw new BadUserInputError(`${n} (« ${label} ») : le montant arrondi est nul.`, `lines.${i}.quantity`);
    return { circleId: l.circleId, label, quantity: l.quantity, unitPriceCents: l.unitPrice, amountCents, costCents: cost };
  });
  await checkCirclesExist(m, [...new Set(lines.map((l) => l.circleId))], 'lines.circleId');
  return lines;
}
