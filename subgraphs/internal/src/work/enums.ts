import { registerEnumType } from 'type-graphql';

export enum MissionKind {
  CARE = 'CARE',
  INTERNAL_SERVICE = 'INTERNAL_SERVICE',
  DAY_REFERENT = 'DAY_REFERENT',
  MISSION_HOLDER = 'MISSION_HOLDER',
}

export enum MissionStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  STAFFED = 'STAFFED',
  DONE = 'DONE',
  CLOSED = 'CLOSED',
}

export enum ApplicationStatus {
  APPLIED = 'APPLIED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export enum ClaimState {
  PROPOSED = 'PROPOSED',
  VALIDATED = 'VALIDATED',
  INVOICED = 'INVOICED',
  PAID = 'PAID',
}

registerEnumType(MissionKind, {
  name: 'MissionKind',
  description: 'Nature d’une mission.',
  valuesConfig: {
    CARE: { description: 'Bienveillance : une enveloppe partagée en co-rémunération.' },
    INTERNAL_SERVICE: { description: 'Presta interne : une rémunération fixe par personne.' },
    DAY_REFERENT: { description: 'Référent·e du jour : la personne ressource le jour J (rémunération fixe).' },
    MISSION_HOLDER: { description: 'Chargé·e de mission (rémunération fixe).' },
  },
});

registerEnumType(MissionStatus, {
  name: 'MissionStatus',
  description: 'Où en est une mission.',
  valuesConfig: {
    DRAFT: { description: 'Brouillon, pas encore publiée.' },
    OPEN: { description: 'Ouverte aux candidatures.' },
    STAFFED: { description: 'Pourvue : le nombre maximum de personnes est atteint.' },
    DONE: { description: 'Réalisée.' },
    CLOSED: { description: 'Close : plus de demande de rémunération.' },
  },
});

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'État d’une candidature.',
  valuesConfig: {
    APPLIED: { description: 'Candidature déposée, en attente du cercle.' },
    ACCEPTED: { description: 'Acceptée par le cercle.' },
    REJECTED: { description: 'Refusée par le cercle.' },
  },
});

registerEnumType(ClaimState, {
  name: 'ClaimState',
  description: 'État d’une demande de co-rémunération.',
  valuesConfig: {
    PROPOSED: { description: 'Proposée par la personne.' },
    VALIDATED: { description: 'Validée (éventuellement régulée) par une autre personne du cercle.' },
    INVOICED: { description: 'Facturée : la personne a donné son numéro de facture.' },
    PAID: { description: 'Payée (facture payée dans Odoo, ou marquée payée par l’administration).' },
  },
});

export const missionKindLabels: Record<MissionKind, string> = {
  CARE: 'bienveillance',
  INTERNAL_SERVICE: 'presta interne',
  DAY_REFERENT: 'référent·e du jour',
  MISSION_HOLDER: 'chargé·e de mission',
};

export const claimStateLabels: Record<ClaimState, string> = {
  PROPOSED: 'proposée',
  VALIDATED: 'validée',
  INVOICED: 'facturée',
  PAID: 'payée',
};
