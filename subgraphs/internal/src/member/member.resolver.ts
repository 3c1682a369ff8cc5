import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { MemberEntity } from '../entities/index.js';
import { RoleAssignment, toRoleAssignment } from '../role/role.type.js';
import { Member, toMember } from './member.type.js';

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true, description: 'La personne connectée, ou vide sans connexion.' })
  async me(@Ctx() ctx: InternalContext): Promise<Member | null> {
    if (!ctx.identity.memberId) return null;
    const row = await ctx.loaders.memberById.load(ctx.identity.memberId);
    return row ? toMember(row) : null;
  }

  @Authorized()
  @Query(() => [Member], { description: 'L’annuaire des membres, par nom.' })
  async members(@Ctx() ctx: InternalContext): Promise<Member[]> {
    const rows = await ctx.db.getRepository(MemberEntity).find({ order: { lastName: 'ASC', firstName: 'ASC' } });
    rows.forEach((row) => ctx.loaders.memberById.prime(row.id, row));
    return rows.map(toMember);
  }

  @Authorized()
  @Query(() => Member, { nullable: true, description: 'Un membre par son identifiant.' })
  async member(@Ctx() ctx: InternalContext, @Arg('id', () => ID) id: string): Promise<Member | null> {
    const row = await ctx.loaders.memberById.load(id);
    return row ? toMember(row) : null;
  }

  @Authorized('ADMIN')
  @Query(() => Member, { nullable: true, description: 'Un membre par son adresse électronique (administration et connexion).' })
  async memberByEmail(@Ctx() ctx: InternalContext, @Arg('email', () => String) email: string): Promise<Member | null> {
    const row = await ctx.db.getRepository(MemberEntity).createQueryBuilder('m').where('lower(m.email) = lower(:email)', { email }).getOne();
    return row ? toMember(row) : null;
  }

  @Authorized()
  @FieldResolver(() => [RoleAssignment], { description: 'Les rôles que la personne tient ou a tenus.' })
  async roles(@Root() member: Member, @Ctx() ctx: InternalContext): Promise<RoleAssignment[]> {
    return (await ctx.loaders.termsByMemberId.load(member.id)).map(toRoleAssignment);
  }
}
