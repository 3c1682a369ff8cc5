import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('VolunteerAccount', { description: 'Le compte de crédits bénévoles (monnaie temps) d’un membre, tel qu’Oceco le tient.' })
export class VolunteerAccount {
  @Field(() => Boolean, { description: 'Vrai quand le membre a un compte citoyen Oceco membre de l’organisation.' })
  linked!: boolean;

  @Field(() => Int, { description: 'Solde de crédits dans l’organisation (0 sans compte ou avant la première validation).' })
  balance!: number;

  @Field(() => String, { description: 'Libellé de l’unité de crédit choisi par l’organisation dans Oceco (« R » par défaut).' })
  unit!: string;

  @Field(() => Date, { nullable: true, description: 'Moment où ce solde était à jour ; nul quand rien n’a été lu (membre sans compte Oceco).' })
  readAt!: Date | null;

  @Field(() => Boolean, { description: 'Vrai quand Oceco est injoignable et que le solde vient de la dernière lecture réussie (voir readAt).' })
  stale!: boolean;
}

/** The account of a member Oceco does not know: no error, just nothing to show. */
export function emptyAccount(unit: string, readAt: Date | null = null, stale = false): VolunteerAccount {
  return { linked: false, balance: 0, unit, readAt, stale };
}
