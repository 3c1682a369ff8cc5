import { registerEnumType } from 'type-graphql';

/** The kind of an event, in the collective's words (TiBillet's `categorie`). */
export enum EventCategory {
  CONCERT = 'CONCERT',
  FESTIVAL = 'FESTIVAL',
  MEETING = 'MEETING',
  CONFERENCE = 'CONFERENCE',
  CATERING = 'CATERING',
  WORKCAMP = 'WORKCAMP',
  VOLUNTEERING = 'VOLUNTEERING',
}

registerEnumType(EventCategory, {
  name: 'EventCategory',
  description: 'Nature d’un évènement (la « catégorie » de TiBillet).',
  valuesConfig: {
    CONCERT: { description: 'Concert ou soirée musicale.' },
    FESTIVAL: { description: 'Festival.' },
    MEETING: { description: 'Réunion, rencontre, repair café.' },
    CONFERENCE: { description: 'Conférence, atelier, séminaire.' },
    CATERING: { description: 'Repas, restauration.' },
    WORKCAMP: { description: 'Chantier participatif.' },
    VOLUNTEERING: { description: 'Créneau bénévole rattaché à un évènement parent.' },
  },
});
