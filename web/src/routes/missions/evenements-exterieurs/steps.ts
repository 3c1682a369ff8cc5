import { formatReunionDateTime } from '$lib/format';
import type { EventRequestStatus } from './queries';

/** The seven steps of an external event (domain §3.3), in order, with a short French label. */
export const STEPS: ReadonlyArray<{ status: EventRequestStatus; label: string; short: string; tiny: string }> = [
  { status: 'RECEIVED', label: 'Demande reçue', short: 'Reçue', tiny: 'Reçue' },
  { status: 'ASSIGNED', label: 'Confiée à un pôle', short: 'Pôle', tiny: 'Pôle' },
  { status: 'VALIDATED', label: 'Validée en Interpôle', short: 'Interpôle', tiny: 'Valid.' },
  { status: 'QUOTED', label: 'Devis envoyé', short: 'Devis', tiny: 'Devis' },
  { status: 'MISSIONS', label: 'Missions créées', short: 'Missions', tiny: 'Miss.' },
  { status: 'HELD', label: 'Évènement tenu', short: 'Tenu', tiny: 'Tenu' },
  { status: 'INVOICED', label: 'Facturé', short: 'Facturé', tiny: 'Fact.' },
];

const LABELS: Record<EventRequestStatus, string> = {
  RECEIVED: 'Demande reçue',
  ASSIGNED: 'Confiée à un pôle',
  VALIDATED: 'Validée en Interpôle',
  QUOTED: 'Devis envoyé',
  ACCEPTED: 'Devis accepté',
  MISSIONS: 'Missions créées',
  HELD: 'Évènement tenu',
  INVOICED: 'Facturé',
  REFUSED: 'Refusée',
  CANCELLED: 'Annulée',
};

export function statusLabel(status: string): string {
  return LABELS[status as EventRequestStatus] ?? status;
}

/** Index of the step a status sits on (an accepted quote still sits on step 4); -1 for the exits. */
export function stepIndex(status: EventRequestStatus): number {
  if (status === 'ACCEPTED') return 3;
  return STEPS.findIndex((s) => s.status === status);
}

/** The button that moves a request to a next status. */
export const ACTIONS: Record<EventRequestStatus, string> = {
  RECEIVED: 'Enregistrer',
  ASSIGNED: 'Confier à un pôle',
  VALIDATED: 'Valider (Interpôle)',
  QUOTED: 'Chiffrer le devis',
  ACCEPTED: 'Le devis est accepté',
  MISSIONS: 'Créer les missions',
  HELD: 'L’évènement a eu lieu',
  INVOICED: 'Facturer',
  REFUSED: 'Refuser',
  CANCELLED: 'Annuler la demande',
};

/** « 10/04/2030 à 08:00 », or a dash. */
export function when(iso: string | null): string {
  return iso ? formatReunionDateTime(iso) : '—';
}

/** The first GraphQL error message, in French, without anything technical. */
export function messageOf(error: { graphQLErrors: Array<{ message: string }>; networkError?: unknown } | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return 'Le serveur Alambic ne répond pas. Réessayez.';
  return error.graphQLErrors[0]?.message ?? 'Enregistrement impossible.';
}
