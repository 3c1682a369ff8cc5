import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The `Member` entity owned by the internal subgraph; accounting adds the invoices and bills that concern them. */
@Directive('@key(fields: "id")')
@ObjectType('Member', { description: 'Une personne du collectif, la même dans le hub, Odoo, TiBillet et Oceco.' })
export class Member {
  @Field(() => ID, { description: 'Identifiant du membre.' })
  id!: string;

  @Directive('@external')
  @Field(() => Int, { nullable: true, description: 'Identifiant du contact (res.partner) dans Odoo, fourni par le sous-graphe interne.' })
  odooPartnerId!: number | null;
}
