import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { MemberEntity } from '../entities/index.js';
import { RoleAssignment, toRoleAssignment } from '../role/role.type.js';
import { isActiveTerm } from '../role/vacancy.js';
import { isUuid } from '../validation.js';
import { contactOf } from './contact.js';
import { DirectoryFilter, directory } from './directory.js';
import { MemberAccount } from './member-account.type.js';
import { Member, MemberContact, toMember } from './member.type.js';

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: 'La personne connectée, ou vide sans connexion.' })
  async me(@Ctx() ctx: InternalContext): Promise<Member | null> {
    if (!ctx.identity.memberId) return null;
    const row = await ctx.loaders.memberById.load(ctx.identity.memberId);
    return row ? toMember(row) : null;
  }

  @Authorized()
  @Query(() => [Member], { description: 'L’annuaire des membres, par nom, avec des filtres facultatifs.' })
  async members(
    @Ctx() ctx: InternalContext,
    @Arg('filter', () => DirectoryFilter, { nullable: true, description: 'Recherche et filtres de l’annuaire.' }) filter: DirectoryFilter | null,
  ): Promise<Member[]> {
    return (await directory(ctx, filter)).map(toMember);
  }

  @Authorized()
  @Query(() => Member, { nullable: true, description: 'Un membre par son identifiant.' })
  async member(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Identifiant du membre.' }) id: string): Promise<Member | null> {
    const row = isUuid(id) ? await ctx.loaders.memberById.load(id) : null;
    return row ? toMember(row) : null;
  }

  @Authorized('ADMIN')
  @Query(() => Member, { nullable: true, description: 'Un membre par son adresse électronique (administration et connexion).' })
  async memberByEmail(@Ctx() ctx: InternalContext, @Arg('email', () => String, { description: 'Adresse de compte.' }) email: string): Promise<Member | null> {
    const row = await ctx.db.getRepository(MemberEntity).createQueryBuilder('m').where('lower(m.email) = lower(:email)', { email }).getOne();
    return row ? toMember(row) : null;
  }

  @Authorized('ADMIN')
  @Query(() => [MemberAccount], { description: 'Les comptes de connexion de tous les membres, par nom (administration et connexion de démonstration).' })
  async memberAccounts(@Ctx() ctx: InternalContext): Promise<MemberAccount[]> {
    const rows = await ctx.db.getRepository(MemberEntity).find({ order: { lastName: 'ASC', firstName: 'ASC' } });
    return rows.map((row) => {
      const member = toMember(row);
      return { id: member.id, displayName: member.displayName, loginEmail: member.email, implication: member.implication };
    });
  }

  @Authorized()
  @FieldResolver(() => [RoleAssignment], { description: 'Les rôles que la personne tient ou a tenus (seulement ceux en cours avec activeOnly).' })
  async roles(
    @Root() member: Member,
    @Ctx() ctx: InternalContext,
    @Arg('activeOnly', () => Boolean, { defaultValue: false, description: 'Seulement les mandats en cours aujourd’hui.' }) activeOnly: boolean,
  ): Promise<RoleAssignment[]> {
    const terms = await ctx.loaders.termsByMemberId.load(member.id);
    return terms.filter((t) => !activeOnly || isActiveTerm(t, ctx.today)).map(toRoleAssignment);
  }

  @Authorized()
  @FieldResolver(() => MemberContact, { description: 'Les coordonnées, chacune selon la visibilité choisie par la personne.' })
  async contact(@Root() member: Member, @Ctx() ctx: InternalContext): Promise<MemberContact> {
    return contactOf(ctx, member);
  }
}
