import { Authorized, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteeringContext } from '../context.js';
import { VolunteerAccount } from '../volunteer-account/volunteer-account.type.js';
import { MemberRef } from './member.type.js';

@Resolver(() => MemberRef)
export class MemberVolunteeringResolver {
  @Authorized()
  @Directive('@requires(fields: "ocecoUserId email")')
  @FieldResolver(() => VolunteerAccount, {
    nullable: true,
    description:
      'Le compte bénévole du membre dans Oceco (solde, relevé, actions), relié par son identifiant Oceco ou, à défaut, par son adresse ; un compte vide (linked: false) s’il n’a pas de compte Oceco.',
  })
  volunteer(@Root() member: MemberRef, @Ctx() context: VolunteeringContext): Promise<VolunteerAccount> {
    return context.volunteerAccounts.accountOf(member);
  }
}
