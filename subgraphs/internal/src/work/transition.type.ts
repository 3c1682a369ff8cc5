import { Field, ID, ObjectType } from 'type-graphql';
import type { WorkTransitionEntity } from './entities/index.js';

@ObjectType('WorkTransition', { description: 'Une étape franchie (mission, candidature, demande de rémunération, demande d’évènement) : de quel état à quel état, par qui, quand.' })
export class WorkTransition {
  @Field(() => ID, { description: 'Identifiant de l’étape.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'État de départ (vide à la création).' })
  fromState: string | null;

  @Field(() => String, { description: 'État d’arrivée.' })
  toState: string;

  @Field(() => String, { nullable: true, description: 'Commentaire (motif d’une régulation, référence de paiement…).' })
  note: string | null;

  @Field(() => Date, { description: 'Moment de l’étape.' })
  at: Date;

  memberId: string | null;
}

export function toWorkTransition(e: WorkTransitionEntity): WorkTransition {
  return Object.assign(new WorkTransition(), { id: e.id, fromState: e.fromState, toState: e.toState, note: e.note, at: e.at, memberId: e.memberId });
}
