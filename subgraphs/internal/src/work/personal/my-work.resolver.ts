import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { InternalContext } from '../../context.js';
import { myWork } from './my-work.service.js';
import { MyWork } from './my-work.type.js';

@Authorized()
@Resolver(() => MyWork)
export class MyWorkResolver {
  @Query(() => MyWork, { description: 'Mon travail : ce que je dois valider, facturer, ce qu’on me doit, mes missions et candidatures (tableau de bord perso).' })
  myWork(@Ctx() ctx: InternalContext): Promise<MyWork> {
    return myWork(ctx);
  }
}
