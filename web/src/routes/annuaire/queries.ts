import { gql } from '@urql/core';

export type Visibility = 'MEMBERS' | 'CIRCLES' | 'NOBODY';
export type Implication = 'VOLUNTEER' | 'DISCOVERER' | 'CORE_MEMBER';

export interface DirectoryMember {
  id: string;
  displayName: string;
  pronouns: string | null;
  implication: Implication;
  skills: string[];
  badges: string[];
  contact: { email: string | null; phone: string | null; emailHidden: boolean; phoneHidden: boolean; emailVisibility: Visibility; phoneVisibility: Visibility };
  roles: Array<{ id: string; role: { name: string; circle: { id: string; name: string } } }>;
}

export interface DirectoryFilter {
  search: string | null;
  implication: Implication | null;
  circleId: string | null;
  skill: string | null;
}

export const DirectoryQuery = gql<
  { members: DirectoryMember[]; circles: Array<{ id: string; name: string; analyticCode: string }>; me: { id: string } | null },
  { filter: DirectoryFilter }
>`
  query Annuaire($filter: DirectoryFilter) {
    me {
      id
    }
    circles {
      id
      name
      analyticCode
    }
    members(filter: $filter) {
      id
      displayName
      pronouns
      implication
      skills
      badges
      contact {
        email
        phone
        emailHidden
        phoneHidden
        emailVisibility
        phoneVisibility
      }
      roles(activeOnly: true) {
        id
        role {
          name
          circle {
            id
            name
          }
        }
      }
    }
  }
`;

export const implicationLabels: Record<Implication, string> = {
  CORE_MEMBER: 'Raffineur·euse',
  VOLUNTEER: 'Volontaire',
  DISCOVERER: 'Découvreur·euse',
};

export const visibilityLabels: Record<Visibility, string> = {
  MEMBERS: 'tous les membres',
  CIRCLES: 'mes cercles',
  NOBODY: 'personne',
};
