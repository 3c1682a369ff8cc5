import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The budget of one circle (or of the organisation) for one year: owned by `internal`, which holds the forecasts;
 * accounting gives it what really happened, so `internal` can compare through `@requires`. */
@Directive('@key(fields: "circleId analyticCode year")')
@ObjectType('CircleBudget', { description: 'Le budget d’un cercle (ou de l’organisation) pour une année : prévu, réel, engagé et alertes.' })
export class CircleBudget {
  @Field(() => ID, { description: 'Cercle concerné, ou « organisation ».' })
  circleId: string;

  @Field(() => String, { description: 'Code analytique du cercle (vide pour l’organisation).' })
  analyticCode: string;

  @Field(() => Int, { description: 'Année civile.' })
  year: number;
}
