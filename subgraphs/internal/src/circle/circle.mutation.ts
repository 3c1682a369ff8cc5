import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { InternalContext } from '../context.js';
import { CreateCircleInput, UpdateCircleInput } from './circle.input.js';
import { archiveCircle, createCircle, moveCircle, updateCircle } from './circle.service.js';
import { Circle, toCircle } from './circle.type.js';

@Authorized()
@Resolver(() => Circle)
export class CircleMutationResolver {
  @Mutation(() => Circle, {
    description: 'Crée un cercle. Un groupe : administrateur·rices ; un sous-cercle : facilitateur·trice du parent. Un groupe ou un pôle démarre avec les rôles du catalogue.',
  })
  async createCircle(@Ctx() ctx: InternalContext, @Arg('input', () => CreateCircleInput, { description: 'Le cercle à créer.' }) input: CreateCircleInput): Promise<Circle> {
    return toCircle(await createCircle(ctx, input));
  }

  @Mutation(() => Circle, { description: 'Renomme un cercle, change sa raison d’être ou son code analytique (ses sous-cercles suivent).' })
  async updateCircle(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'Le cercle.' }) id: string,
    @Arg('input', () => UpdateCircleInput, { description: 'Ce qui change.' }) input: UpdateCircleInput,
  ): Promise<Circle> {
    return toCircle(await updateCircle(ctx, id, input));
  }

  @Mutation(() => Circle, { description: 'Déplace un cercle sous un autre parent ; son code analytique et ceux de ses sous-cercles prennent le préfixe du nouveau parent.' })
  async moveCircle(
    @Ctx() ctx: InternalContext,
    @Arg('id', () => ID, { description: 'Le cercle à déplacer.' }) id: string,
    @Arg('parentId', () => ID, { description: 'Le nouveau cercle parent.' }) parentId: string,
    @Arg('analyticCode', () => String, { nullable: true, description: 'Le nouveau code ; vide pour le premier code libre sous le nouveau parent.' })
    analyticCode: string | null,
  ): Promise<Circle> {
    return toCircle(await moveCircle(ctx, id, parentId, analyticCode));
  }

  @Mutation(() => Circle, { description: 'Archive un cercle et ses sous-cercles : ils quittent l’arbre, leur historique (rôles, mandats, décisions) reste consultable.' })
  async archiveCircle(@Ctx() ctx: InternalContext, @Arg('id', () => ID, { description: 'Le cercle à archiver.' }) id: string): Promise<Circle> {
    return toCircle(await archiveCircle(ctx, id));
  }
}
