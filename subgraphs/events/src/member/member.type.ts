import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The `Member` entity owned by the internal subgraph, referred to by id (who changed a link). */
@Directive('@key(fields: "id")')
@ObjectType('Member', { description: 'Une personne du collectif, la même dans le hub, Odoo, TiBillet et Oceco.' })
export class Member {
  @Field(() => ID, { description: 'Identifiant du membre.' })
  id!: string;
}

export function resolveMemberReference(reference: Pick<Member, 'id'>): Member {
  return { id: reference.id };
}
