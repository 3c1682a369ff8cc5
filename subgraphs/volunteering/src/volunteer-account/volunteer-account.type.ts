import 'reflect-metadata';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VolunteerAction } from '../volunteer-action/volunteer-action.type.js';
import { ParticipationStateEnum } from '../volunteer-action/volunteer-action.enums.js';

/** How a member was matched with their Oceco account. */
export enum VolunteerLink {
  OCECO_ID = 'OCECO_ID',
  EMAIL = 'EMAIL',
  NONE = 'NONE',
}

registerEnumType(VolunteerLink, {
  name: 'VolunteerLink',
  description: 'Comment le membre est relié à son compte Oceco.',
  valuesConfig: {
    OCECO_ID: { description: 'Par l’identifiant Oceco enregistré dans le hub (Member.ocecoUserId).' },
    EMAIL: { description: 'Par l’adresse électronique, faute d’identifiant enregistré.' },
    NONE: { description: 'Aucun compte Oceco trouvé : le compte est vide.' },
  },
});

@ObjectType('VolunteerAccount', { description: 'Le compte de crédits bénévoles (monnaie temps) d’un membre, tel qu’Oceco le tient.' })
export class VolunteerAccount {
  @Field(() => Boolean, { description: 'Vrai quand le membre a un compte citoyen Oceco membre de l’organisation.' })
  linked!: boolean;

  @Field(() => VolunteerLink, { description: 'Comment le compte Oceco a été trouvé.' })
  linkedBy!: VolunteerLink;

  @Field(() => String, { nullable: true, description: 'Identifiant du citoyen Oceco relié (nul sans compte).' })
  ocecoUserId!: string | null;

  @Field(() => Int, { description: 'Solde de crédits dans l’organisation (0 sans compte ou avant la première validation).' })
  balance!: number;

  @Field(() => String, { description: 'Libellé de l’unité de crédit choisi par l’organisation dans Oceco (« R » par défaut).' })
  unit!: string;

  @Field(() => Date, { nullable: true, description: 'Moment où ce solde était à jour ; nul quand rien n’a été lu (membre sans compte Oceco).' })
  readAt!: Date | null;

  @Field(() => Boolean, { description: 'Vrai quand Oceco est injoignable et que le solde vient de la dernière lecture réussie (voir readAt).' })
  stale!: boolean;

  /** The hub member this account belongs to (for the ledger's access rule); not in the graph. */
  memberId!: string;
}

@ObjectType('CreditLedgerLine', { description: 'Une ligne du relevé de crédits d’un membre (validation d’action, dépense, ajustement).' })
export class CreditLedgerLine {
  @Field(() => ID, { description: 'Identifiant Oceco de la ligne.' })
  id!: string;

  @Field(() => Date, { description: 'Date de l’opération.' })
  at!: Date;

  @Field(() => Int, { description: 'Crédits ajoutés (positif) ou retirés (négatif).' })
  delta!: number;

  @Field(() => String, { nullable: true, description: 'Identifiant Oceco de l’action qui a rapporté ces crédits, s’il y en a une.' })
  actionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Intitulé de cette action, quand Oceco le donne.' })
  actionName!: string | null;

  @Field(() => String, { nullable: true, description: 'Commentaire de l’opération (ex. « Remboursement », reprise de solde).' })
  comment!: string | null;
}

@ObjectType('VolunteerParticipation', { description: 'Une action bénévole d’un membre et où il en est.' })
export class VolunteerParticipation {
  @Field(() => ParticipationStateEnum, { description: 'Où en est le membre sur cette action.' })
  state!: ParticipationStateEnum;

  @Field(() => VolunteerAction, { description: 'L’action.' })
  action!: VolunteerAction;
}

@ObjectType('ParticipationCounts', { description: 'Nombre d’actions d’un membre par état.' })
export class ParticipationCounts {
  @Field(() => Int, { description: 'Inscrites, en cours.' })
  joined!: number;

  @Field(() => Int, { description: 'Terminées, à valider.' })
  toModerate!: number;

  @Field(() => Int, { description: 'Validées.' })
  validated!: number;

  @Field(() => Int, { description: 'Refusées.' })
  refused!: number;
}

/** The account of a member Oceco does not know: no error, just nothing to show. */
export function emptyAccount(memberId: string, unit: string, readAt: Date | null = null, stale = false): VolunteerAccount {
  return { memberId, linked: false, linkedBy: VolunteerLink.NONE, ocecoUserId: null, balance: 0, unit, readAt, stale };
}
