import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { assignRole, updateAssignment } from './assignment.service.js';
import { AssignRoleInput, RoleInput, UpdateAssignmentInput } from './role.input.js';
import { archiveRole, createRole, updateRole } from './role.service.js';
import { Role, RoleAssignment, toRole, toRoleAssignment } from './role.type.js';

/** Roles and terms of a circle: its facilitator (or one of an ancestor) and admins change them. */
@Authorized()
@Resolver(() => Role)
export class RoleMutationResolver {
  @Mutation(() => Role, { description: 'Ajoute un rôle à un cercle.' })
  async createRole(
    @Ctx() ctx: InternalContext,
    @Arg('circleId', () => ID, { description: 'Le cercle du rôle.' }) circleId: string,
    @Arg('input', () => RoleInput, { description: 'Le rôle.' }) input: RoleInput,
  ): Promise<Role> {
    return toRole(await createRole(ctx, circleId, input));
  }

  @Mutation(() => Role, { description: 'Modifie un rôle : raison d’être, redevabilités, nombre de personnes, drapeaux.' })
  async updateRole(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'Le rôle.' }) id: string,
    @Arg('input', () => RoleInput, { description: 'Ce qui change.' }) input: RoleInput,
  ): Promise<Role> {
    return toRole(await updateRole(ctx, id, input));
  }

  @Mutation(() => Role, { description: 'Retire un rôle de son cercle ; ses mandats passés restent consultables.' })
  async archiveRole(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Le rôle.' }) id: string): Promise<Role> {
    return toRole(await archiveRole(ctx, id));
  }

  @Mutation(() => RoleAssignment, { description: 'Affecte une personne à un rôle pour un mandat (début, fin facultative).' })
  async assignRole(
    @Ctx() ctx: InternalContext,
    @Arg('input', () => AssignRoleInput, { description: 'Le rôle, la personne et le mandat.' }) input: AssignRoleInput,
  ): Promise<RoleAssignment> {
    return toRoleAssignment(await assignRole(ctx, input));
  }

  @Mutation(() => RoleAssignment, { description: 'Corrige les dates d’un mandat ou le termine.' })
  async updateAssignment(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'Le mandat.' }) id: string,
    @Arg('input', () => UpdateAssignmentInput, { description: 'Les nouvelles dates.' }) input: UpdateAssignmentInput,
  ): Promise<RoleAssignment> {
    return toRoleAssignment(await updateAssignment(ctx, id, input));
  }
}
