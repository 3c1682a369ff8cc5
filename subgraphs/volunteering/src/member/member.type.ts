import 'reflect-metadata';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The `Member` entity owned by the internal subgraph, extended here. */
@Directive('@key(fields: "id")')
@ObjectType('Member', { description: 'Une personne du collectif, la même dans le hub, Odoo, TiBillet et Oceco.' })
export class MemberRef {
  @Field(() => ID, { description: 'Identifiant du membre.' })
  id!: string;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Identifiant du citoyen Oceco du membre (fourni par internal).' })
  ocecoUserId?: string | null;

  @Directive('@external')
  @Field(() => String, { description: 'Adresse électronique du membre (fournie par internal), pour le relier à Oceco sans identifiant.' })
  email!: string;
}
