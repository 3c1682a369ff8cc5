import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { InternalContext } from '../context.js';
import type { Audited } from '../entities/audit.js';
import { Member, toMember } from '../member/member.type.js';

@ObjectType('ChangeStamp', { description: 'Qui a créé et modifié en dernier un enregistrement, et quand.' })
export class ChangeStamp {
  @Field(() => Date, { description: 'Date de création.' })
  createdAt: Date;

  @Field(() => Date, { description: 'Date de la dernière modification.' })
  updatedAt: Date;

  createdById: string | null;
  updatedById: string | null;
}

export function toChangeStamp(row: Audited): ChangeStamp {
  return Object.assign(new ChangeStamp(), {
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdBy,
    updatedById: row.updatedBy,
  });
}

@Resolver(() => ChangeStamp)
export class ChangeStampResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui a créé l’enregistrement (vide pour une donnée importée).' })
  async createdBy(@Root() stamp: ChangeStamp, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = stamp.createdById ? await ctx.loaders.memberById.load(stamp.createdById) : null;
    return row ? toMember(row) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'La personne qui a fait la dernière modification.' })
  async updatedBy(@Root() stamp: ChangeStamp, @Ctx() ctx: InternalContext): Promise<Member | null> {
    const row = stamp.updatedById ? await ctx.loaders.memberById.load(stamp.updatedById) : null;
    return row ? toMember(row) : null;
  }
}
