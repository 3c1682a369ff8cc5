import { registerEnumType } from 'type-graphql';
import type { Workflow } from '../transitions.js';

/** The seven steps of hosting an external event (domain §3.3), plus the two exits. */
export enum EventRequestStatus {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  VALIDATED = 'VALIDATED',
  QUOTED = 'QUOTED',
  ACCEPTED = 'ACCEPTED',
  MISSIONS = 'MISSIONS',
  HELD = 'HELD',
  INVOICED = 'INVOICED',
  REFUSED = 'REFUSED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(EventRequestStatus, {
  name: 'EventRequestStatus',
  description: 'Où en est une demande d’évènement extérieur (les sept étapes, plus refus et annulation).',
  valuesConfig: {
    RECEIVED: { description: '1. Demande reçue.' },
    ASSIGNED: { description: '2. Confiée à un pôle, avec sa personne bienveillante.' },
    VALIDATED: { description: '3. Validée en Interpôle.' },
    QUOTED: { description: '4. Devis chiffré proposé au demandeur.' },
    ACCEPTED: { description: 'Devis accepté par le demandeur.' },
    MISSIONS: { description: '5. Missions de référent·e du jour et de chargé·e de mission créées.' },
    HELD: { description: '6. L’évènement a eu lieu.' },
    INVOICED: { description: '7. Facturé.' },
    REFUSED: { description: 'Refusée (par La Raffinerie, ou devis refusé par le demandeur).' },
    CANCELLED: { description: 'Annulée.' },
  },
});

export const eventRequestLabels: Record<EventRequestStatus, string> = {
  RECEIVED: 'reçue',
  ASSIGNED: 'confiée à un pôle',
  VALIDATED: 'validée en Interpôle',
  QUOTED: 'chiffrée',
  ACCEPTED: 'acceptée par le demandeur',
  MISSIONS: 'missions créées',
  HELD: 'tenue',
  INVOICED: 'facturée',
  REFUSED: 'refusée',
  CANCELLED: 'annulée',
};

/** Allowed moves. A quote may be revised while QUOTED (QUOTED → QUOTED); an event that took place can only be invoiced. */
export const eventRequestWorkflow: Workflow<EventRequestStatus> = {
  RECEIVED: [EventRequestStatus.ASSIGNED, EventRequestStatus.REFUSED, EventRequestStatus.CANCELLED],
  ASSIGNED: [EventRequestStatus.VALIDATED, EventRequestStatus.REFUSED, EventRequestStatus.CANCELLED],
  VALIDATED: [EventRequestStatus.QUOTED, EventRequestStatus.CANCELLED],
  QUOTED: [EventRequestStatus.QUOTED, EventRequestStatus.ACCEPTED, EventRequestStatus.REFUSED, EventRequestStatus.CANCELLED],
  ACCEPTED: [EventRequestStatus.MISSIONS, EventRequestStatus.CANCELLED],
  MISSIONS: [EventRequestStatus.HELD, EventRequestStatus.CANCELLED],
  HELD: [EventRequestStatus.INVOICED],
  INVOICED: [],
  REFUSED: [],
  CANCELLED: [],
};
