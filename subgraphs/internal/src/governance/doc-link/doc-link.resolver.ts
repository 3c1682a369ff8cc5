import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsNull, Not } from 'typeorm';
import { Circle, toCircle } from '../../circle/circle.type.js';
import type { InternalContext } from '../../context.js';
import { Role, toRole } from '../../role/role.type.js';
import { DocLinkEntity } from '../entities/index.js';
import { addDocLink, removeDocLink } from './doc-link.service.js';
import { DocLink, DocLinkInput, toDocLink } from './doc-link.type.js';

@Authorized()
@Resolver(() => DocLink)
export class DocLinkResolver {
  @Query(() => [DocLink], { description: 'Les liens de documentation des processus (ceux des cercles et des rôles sont sur eux).' })
  async processDocLinks(@Ctx() ctx: InternalContext): Promise<DocLink[]> {
    const rows = await ctx.db.getRepository(DocLinkEntity).find({ where: { process: Not(IsNull()) }, order: { process: 'ASC', title: 'ASC' } });
    return rows.map(toDocLink);
  }

  @Mutation(() => DocLink, { description: 'Attache un lien de documentation à un cercle, un rôle ou un processus.' })
  async addDocLink(@Ctx() ctx: InternalContext, @Arg('input', () => DocLinkInput, { description: 'Le lien.' }) input: DocLinkInput): Promise<DocLink> {
    return toDocLink(await addDocLink(ctx, input));
  }

  @Mutation(() => DocLink, { description: 'Retire un lien de documentation ; renvoie le lien retiré.' })
  async removeDocLink(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Le lien.' }) id: string): Promise<DocLink> {
    return toDocLink(await removeDocLink(ctx, id));
  }

  @FieldResolver(() => Circle, { nullable: true, description: 'Le cercle documenté.' })
  async circle(@Root() link: DocLink, @Ctx() ctx: InternalContext): Promise<Circle | null> {
    const row = link.circleId ? await ctx.loaders.circleById.load(link.circleId) : null;
    return row ? toCircle(row) : null;
  }

  @FieldResolver(() => Role, { nullable: true, description: 'Le rôle documenté.' })
  async role(@Root() link: DocLink, @Ctx() ctx: InternalContext): Promise<Role | null> {
    const row = link.roleId ? await ctx.loaders.roleById.load(link.roleId) : null;
    return row ? toRole(row) : null;
  }
}
