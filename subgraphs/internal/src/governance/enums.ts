import { registerEnumType } from 'type-graphql';

export enum DecisionProcess {
  CONSENT = 'CONSENT',
  ADVICE = 'ADVICE',
  CONSENSUS = 'CONSENSUS',
}

export enum DecisionStatus {
  PROPOSED = 'PROPOSED',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
}

export enum DecisionLinkKind {
  ROLE = 'ROLE',
  BUDGET_LINE = 'BUDGET_LINE',
  TRANSFER = 'TRANSFER',
}

export enum TensionKind {
  GOVERNANCE = 'GOVERNANCE',
  OPERATIONAL = 'OPERATIONAL',
}

export enum TensionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  DROPPED = 'DROPPED',
}

export enum IndicatorSource {
  MANUAL = 'MANUAL',
  ODOO = 'ODOO',
  TIBILLET = 'TIBILLET',
  OCECO = 'OCECO',
}

registerEnumType(DecisionProcess, {
  name: 'DecisionProcess',
  description: 'Comment une décision se prend.',
  valuesConfig: {
    CONSENT: { description: 'Par consentement : adoptée quand plus aucune objection ne reste.' },
    ADVICE: { description: 'Par sollicitation d’avis : la personne qui porte la proposition décide après avoir écouté.' },
    CONSENSUS: { description: 'Par consensus : tout le monde est d’accord.' },
  },
});

registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  description: 'Où en est une décision.',
  valuesConfig: {
    PROPOSED: { description: 'Proposée, pas encore décidée.' },
    ADOPTED: { description: 'Adoptée.' },
    REJECTED: { description: 'Rejetée.' },
  },
});

registerEnumType(DecisionLinkKind, {
  name: 'DecisionLinkKind',
  description: 'Ce qu’une décision modifie.',
  valuesConfig: {
    ROLE: { description: 'Un rôle.' },
    BUDGET_LINE: { description: 'Une ligne de budget prévisionnel.' },
    TRANSFER: { description: 'Un transfert interne entre cercles.' },
  },
});

registerEnumType(TensionKind, {
  name: 'TensionKind',
  description: 'Nature d’une tension.',
  valuesConfig: {
    GOVERNANCE: { description: 'De gouvernance : elle touche aux rôles, redevabilités ou règles (traitée en Interpôles).' },
    OPERATIONAL: { description: 'Opérationnelle : elle touche au travail courant (traitée en réunion opérationnelle).' },
  },
});

registerEnumType(TensionStatus, {
  name: 'TensionStatus',
  description: 'Où en est une tension.',
  valuesConfig: {
    OPEN: { description: 'Ouverte.' },
    IN_PROGRESS: { description: 'En traitement.' },
    RESOLVED: { description: 'Résolue.' },
    DROPPED: { description: 'Abandonnée.' },
  },
});

registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'D’où vient la valeur réalisée d’un indicateur.',
  valuesConfig: {
    MANUAL: { description: 'Saisie à la main.' },
    ODOO: { description: 'La comptabilité (Odoo).' },
    TIBILLET: { description: 'La billetterie (TiBillet).' },
    OCECO: { description: 'Le volontariat (Oceco).' },
  },
});
