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

  @Field(() => String, { description: 'Adresse électronique, qui relie la personne à ses comptes dans les outils.' })
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
  });
}
