import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { valuesOrThrow } from '../loaders.js';
import { RoleEntity } from '../entities/index.js';
import { Circle, toCircle } from '../circle/circle.type.js';
import { Member, toMember } from '../member/member.type.js';
import { Role, RoleAssignment, toRole, toRoleAssignment } from './role.type.js';
import { isActiveTerm, isVacant } from './vacancy.js';

@Authorized()
@Resolver(() => Role)
export class RoleResolver {
  @Query(() => [Role], { description: 'Les rôles requis non pourvus de toute l’organisation.' })
  async vacantRoles(@Ctx() ctx: InternalContext): Promise<Role[]> {
    const roles = await ctx.db.getRepository(RoleEntity).find({ order: { name: 'ASC' } });
    const terms = await ctx.loaders.termsByRoleId.loadMany(roles.map((r) => r.id));
    return roles.filter((role, i) => isVacant(role, valuesOrThrow(terms[i]), ctx.today)).map(toRole);
  }

  @FieldResolver(() => Circle, { description: 'Le cercle du rôle.' })
  async circle(@Root() role: Role, @Ctx() ctx: InternalContext): Promise<Circle> {
    const row = await ctx.loaders.circleById.load(role.circleId);
    if (!row) throw new Error(`Role ${role.id} has no circle`);
    return toCircle(row);
  }

  @FieldResolver(() => [RoleAssignment], { description: 'Les mandats en cours sur ce rôle.' })
  async fillers(@Root() role: Role, @Ctx() ctx: InternalContext): Promise<RoleAssignment[]> {
    const terms = await ctx.loaders.termsByRoleId.load(role.id);
    return terms.filter((t) => isActiveTerm(t, ctx.today)).map(toRoleAssignment);
  }

  @FieldResolver(() => Boolean, { description: 'Vrai quand le rôle est requis et n’a pas assez de personnes en mandat.' })
  async vacant(@Root() role: Role, @Ctx() ctx: InternalContext): Promise<boolean> {
    return isVacant(role, await ctx.loaders.termsByRoleId.load(role.id), ctx.today);
  }
}

@Authorized()
@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Member, { description: 'La personne sur le rôle.' })
  async member(@Root() term: RoleAssignment, @Ctx() ctx: InternalContext): Promise<Member> {
    const row = await ctx.loaders.memberById.load(term.memberId);
    if (!row) throw new Error(`Assignment ${term.id} has no member`);
    return toMember(row);
  }

  @FieldResolver(() => Role, { description: 'Le rôle tenu.' })
  async role(@Root() term: RoleAssignment, @Ctx() ctx: InternalContext): Promise<Role> {
    const row = await ctx.loaders.roleById.load(term.roleId);
    if (!row) throw new Error(`Assignment ${term.id} has no role`);
    return toRole(row);
  }

  @FieldResolver(() => Boolean, { description: 'Vrai quand le mandat est en cours aujourd’hui.' })
  active(@Root() term: RoleAssignment, @Ctx() ctx: InternalContext): boolean {
    return isActiveTerm({ startsOn: term.from, endsOn: term.until }, ctx.today);
  }
}
