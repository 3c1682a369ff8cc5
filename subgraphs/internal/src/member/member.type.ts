import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { MemberEntity } from '../entities/index.js';

export enum Implication {
  VOLUNTEER = 'VOLUNTEER',
  DISCOVERER = 'DISCOVERER',
  CORE_MEMBER = 'CORE_MEMBER',
}

registerEnumType(Implication, {
  name: 'Implication',
  description: 'Comment une personne s’implique dans le collectif.',
  valuesConfig: {
    VOLUNTEER: { description: 'Volontaire (monnaie temps).' },
    DISCOVERER: { description: 'Découvreur·euse, sur le parcours découverte.' },
    CORE_MEMBER: { description: 'Raffineur·euse, membre actif des cercles.' },
  },
});

export enum ContactVisibility {
  MEMBERS = 'MEMBERS',
  CIRCLES = 'CIRCLES',
  NOBODY = 'NOBODY',
}

registerEnumType(ContactVisibility, {
  name: 'ContactVisibility',
  description: 'Qui peut lire une coordonnée : la personne la choisit, le graphe l’applique (la personne voit toujours les siennes).',
  valuesConfig: {
    MEMBERS: { description: 'Tous les membres connectés.' },
    CIRCLES: { description: 'Les membres qui tiennent un rôle dans un même cercle qu’elle.' },
    NOBODY: { description: 'Personne d’autre qu’elle.' },
  },
});

@ObjectType('MemberContact', { description: 'Les coordonnées d’une personne, telles que la personne qui demande a le droit de les voir.' })
export class MemberContact {
  @Field(() => String, { nullable: true, description: 'Adresse électronique de contact ; vide quand sa visibilité ne permet pas de la montrer.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Téléphone ; vide quand il n’est pas renseigné ou que sa visibilité ne permet pas de le montrer.' })
  phone: string | null;

  @Field(() => ContactVisibility, { description: 'Qui peut lire l’adresse électronique.' })
  emailVisibility: ContactVisibility;

  @Field(() => ContactVisibility, { description: 'Qui peut lire le téléphone.' })
  phoneVisibility: ContactVisibility;

  @Field(() => Boolean, { description: 'Vrai quand l’adresse existe mais est masquée pour la personne qui demande.' })
  emailHidden: boolean;

  @Field(() => Boolean, { description: 'Vrai quand le téléphone existe mais est masqué pour la personne qui demande.' })
  phoneHidden: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType('Member', { description: 'Une personne du collectif, la même dans le hub, Odoo, TiBillet et Oceco.' })
export class Member {
  @Field(() => ID, { description: 'Identifiant du membre.' })
  id: string;

  @Field(() => String, { description: 'Prénom.' })
  firstName: string;

  @Field(() => String, { description: 'Nom.' })
  lastName: string;

  @Field(() => String, { description: 'Nom affiché : prénom et nom.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Pronoms choisis par la personne.' })
  pronouns: string | null;

  // Not in the public graph (@inaccessible): other subgraphs still read it through @requires to link the
  // person to their tools, while people see an address only through `contact`, which applies its visibility.
  @Directive('@inaccessible')
  @Field(() => String, {
    description:
      'Adresse de compte, qui relie la personne à ses comptes dans les outils (Odoo, TiBillet, Oceco) et que les autres subgraphs lisent par @requires. Absente du graphe public : pour contacter la personne, lisez `contact`, qui respecte ses choix de visibilité.',
  })
  email: string;

  @Field(() => Implication, { description: 'Implication dans le collectif.' })
  implication: Implication;

  @Field(() => [String], { description: 'Compétences que la personne met en avant.' })
  skills: string[];

  @Field(() => Int, { nullable: true, description: 'Identifiant du contact (res.partner) dans Odoo, s’il est connu.' })
  odooPartnerId: number | null;

  @Field(() => String, { nullable: true, description: 'Identifiant du compte Oceco (citoyen), s’il est connu.' })
  ocecoUserId: string | null;

  @Field(() => Boolean, { description: 'Vrai pour les personnes qui administrent le hub (actions réservées nommées comme telles).' })
  isAdmin: boolean;

  @Field(() => [String], { description: 'Badges (Open Badges) qui certifient un rôle ou une compétence.' })
  badges: string[];

  phone: string | null;
  emailVisibility: ContactVisibility;
  phoneVisibility: ContactVisibility;
}

export function toMember(entity: MemberEntity): Member {
  return Object.assign(new Member(), {
    id: entity.id,
    firstName: entity.firstName,
    lastName: entity.lastName,
    displayName: `${entity.firstName} ${entity.lastName}`,
    pronouns: entity.pronouns,
    email: entity.email,
    implication: entity.implication as Implication,
    skills: entity.skills,
    odooPartnerId: entity.odooPartnerId,
    ocecoUserId: entity.ocecoUserId,
    isAdmin: entity.isAdmin,
    badges: entity.badges ?? [],
    phone: entity.phone,
    emailVisibility: (entity.emailVisibility ?? 'MEMBERS') as ContactVisibility,
    phoneVisibility: (entity.phoneVisibility ?? 'CIRCLES') as ContactVisibility,
  });
}
