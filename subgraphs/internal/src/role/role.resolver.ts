import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { valuesOrThrow } from '../loaders.js';
import { activeCircles, vacanciesOf } from '../vacancy/vacancy.service.js';
import { isUuid } from '../validation.js';
import { Circle, toCircle } from '../circle/circle.type.js';
import { Member, toMember } from '../member/member.type.js';
import { Role, RoleAssignment, toRole, toRoleAssignment } from './role.type.js';
import { isActiveTerm, isVacant } from './vacancy.js';

@Authorized()
@Resolver(() => Role)
export class RoleResolver {
  @Query(() => [Role], { description: 'Les rôles requis non pourvus de toute l’organisation.' })
  async vacantRoles(@Ctx() ctx: InternalContext): Promise<Role[]> {
    const circles = await activeCircles(ctx);
    const vacancies = await vacanciesOf(ctx, circles.map((c) => c.id));
    const roles = await ctx.loaders.roleById.loadMany(vacancies.map((v) => v.roleId));
    return roles.map((r) => toRole(valuesOrThrow(r)!)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  @Query(() => Role, { nullable: true, description: 'Un rôle par son identifiant.' })
  async role(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Identifiant du rôle.' }) id: string): Promise<Role | null> {
    const row = isUuid(id) ? await ctx.loaders.roleById.load(id) : null;
    return row ? toRole(row) : null;
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

  @FieldResolver(() => [RoleAssignment], { description: 'Tous les mandats du rôle, passés, en cours et à venir, du plus ancien au plus récent.' })
  async terms(@Root() role: Role, @Ctx() ctx: InternalContext): Promise<RoleAssignment[]> {
    return (await ctx.loaders.termsByRoleId.load(role.id)).map(toRoleAssignment);
  }

  @FieldResolver(() => Boolean, { description: 'Vrai quand le rôle est requis et n’a pas assez de personnes en mandat.' })
  async vacant(@Root() role: Role, @Ctx() ctx: InternalContext): Promise<boolean> {
    if (role.archived) return false;
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
