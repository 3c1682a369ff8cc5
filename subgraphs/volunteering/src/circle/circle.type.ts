import 'reflect-metadata';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { VolunteerAction } from '../volunteer-action/volunteer-action.type.js';
import { VolunteerTotals } from '../volunteer-action/volunteer-totals.js';

/** The `Circle` entity owned by the internal subgraph, extended here. */
@Directive('@key(fields: "id")')
@ObjectType('Circle', { description: 'Un cercle de La Raffinerie : groupe, pôle, projet ou action.' })
export class CircleRef {
  @Field(() => ID, { description: 'Identifiant du cercle.' })
  id!: string;

  @Directive('@external')
  @Field(() => String, { nullable: true, description: 'Identifiant du projet Oceco (un « pôle » dans Oceco) du cercle (fourni par internal).' })
  ocecoProjectId?: string | null;
}

@ObjectType('CircleVolunteering', { description: 'Les actions bénévoles d’un cercle dans Oceco : celles de son pôle et des évènements du pôle.' })
export class CircleVolunteering {
  @Field(() => Boolean, { description: 'Vrai quand le cercle a un pôle Oceco connu d’Oceco ; sinon tout est vide.' })
  linked!: boolean;

  @Field(() => String, { nullable: true, description: 'Nom du pôle dans Oceco.' })
  poleName!: string | null;

  @Field(() => [VolunteerAction], { description: 'Les actions (ouvertes, closes ou annulées), par date de début.' })
  actions!: VolunteerAction[];

  @Field(() => VolunteerTotals, { description: 'Totaux du cercle : actions ouvertes, places libres, crédits validés…' })
  totals!: VolunteerTotals;

  @Field(() => Date, { nullable: true, description: 'Moment où ces données étaient à jour ; nul sans pôle Oceco.' })
  readAt!: Date | null;

  @Field(() => Boolean, { description: 'Vrai quand Oceco est injoignable et que ces données viennent de la dernière lecture réussie.' })
  stale!: boolean;
}
