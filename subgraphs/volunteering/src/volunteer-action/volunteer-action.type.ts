import 'reflect-metadata';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ParticipationStateEnum, VolunteerActionParent, VolunteerActionStatus } from './volunteer-action.enums.js';

@ObjectType('VolunteerParticipant', { description: 'Une personne inscrite sur une action bénévole, et où elle en est.' })
export class VolunteerParticipant {
  @Field(() => String, { description: 'Identifiant du citoyen Oceco (celui de Member.ocecoUserId).' })
  ocecoUserId!: string;

  @Field(() => String, { nullable: true, description: 'Nom affiché dans Oceco, quand il est connu.' })
  name!: string | null;

  @Field(() => ParticipationStateEnum, { description: 'Où en est la personne sur cette action.' })
  state!: ParticipationStateEnum;
}

@ObjectType('VolunteerAction', { description: 'Une action bénévole publiée dans Oceco (tenir le bar, un chantier…), récompensée en crédits.' })
export class VolunteerAction {
  @Field(() => ID, { description: 'Identifiant Oceco de l’action.' })
  id!: string;

  @Field(() => String, { description: 'Intitulé de l’action.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Description de l’action.' })
  description!: string | null;

  @Field(() => Int, { description: 'Crédits gagnés par chaque participant·e à la validation ; négatif pour une dépense de crédits.' })
  credits!: number;

  @Field(() => Boolean, { description: 'Vrai pour une dépense : on paie des crédits pour prendre l’action.' })
  spend!: boolean;

  @Field(() => Int, { nullable: true, description: 'Nombre minimal de participant·es.' })
  minParticipants!: number | null;

  @Field(() => Int, { nullable: true, description: 'Nombre maximal de participant·es.' })
  maxParticipants!: number | null;

  @Field(() => Int, { description: 'Nombre de personnes inscrites.' })
  participantCount!: number;

  @Field(() => Int, { nullable: true, description: 'Places encore libres (nul sans maximum).' })
  freePlaces!: number | null;

  @Field(() => Date, { nullable: true, description: 'Début, quand Oceco le donne.' })
  start!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Fin, quand Oceco la donne.' })
  end!: Date | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Durée ESTIMÉE en heures (au dixième), calculée entre le début et la fin ; nulle quand Oceco ne donne pas les deux. Oceco compte des crédits, pas des heures.',
  })
  estimatedHours!: number | null;

  @Field(() => VolunteerActionStatus, { description: 'État de l’action.' })
  status!: VolunteerActionStatus;

  @Field(() => VolunteerActionParent, { description: 'Ce à quoi l’action est rattachée.' })
  parentKind!: VolunteerActionParent;

  @Field(() => String, { description: 'Identifiant Oceco de l’élément de rattachement (organisation, pôle ou évènement).' })
  parentId!: string;

  @Field(() => [String], { description: 'Étiquettes de l’action.' })
  tags!: string[];

  @Field(() => [VolunteerParticipant], { description: 'Les personnes inscrites, avec leur état.' })
  participants!: VolunteerParticipant[];
}
