import { registerEnumType } from 'type-graphql';

/** A participant's state on an action (Oceco's `finishedBy`). */
export enum ParticipationStateEnum {
  JOINED = 'JOINED',
  TO_MODERATE = 'TO_MODERATE',
  VALIDATED = 'VALIDATED',
  REFUSED = 'REFUSED',
}

registerEnumType(ParticipationStateEnum, {
  name: 'ParticipationState',
  description: 'Où en est une personne sur une action bénévole.',
  valuesConfig: {
    JOINED: { description: 'Inscrite : l’action est prise, en cours, pas encore déclarée faite.' },
    TO_MODERATE: { description: 'Terminée, à valider : la personne l’a déclarée faite, un·e admin doit la valider.' },
    VALIDATED: { description: 'Validée : les crédits ont été versés.' },
    REFUSED: { description: 'Refusée : l’admin n’a pas validé, aucun crédit.' },
  },
});

export enum VolunteerActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DISABLED = 'DISABLED',
}

registerEnumType(VolunteerActionStatus, {
  name: 'VolunteerActionStatus',
  description: 'État d’une action bénévole dans Oceco.',
  valuesConfig: {
    OPEN: { description: 'Ouverte (« à faire ») : on peut encore s’y inscrire ou la terminer.' },
    DONE: { description: 'Close : toutes les participations sont validées ou refusées.' },
    DISABLED: { description: 'Annulée.' },
  },
});

export enum VolunteerActionParent {
  ORGANISATION = 'ORGANISATION',
  POLE = 'POLE',
  EVENT = 'EVENT',
  PERSONAL = 'PERSONAL',
}

registerEnumType(VolunteerActionParent, {
  name: 'VolunteerActionParent',
  description: 'À quoi une action bénévole est rattachée dans Oceco.',
  valuesConfig: {
    ORGANISATION: { description: 'À toute l’organisation.' },
    POLE: { description: 'À un pôle (un « projet » Oceco).' },
    EVENT: { description: 'À un évènement d’un pôle.' },
    PERSONAL: { description: 'Tâche personnelle d’une personne.' },
  },
});
