import { Field, ID, ObjectType } from 'type-graphql';
import { ChangeStamp, toChangeStamp } from '../../audit/change-stamp.type.js';
import type { DecisionEntity } from '../entities/index.js';
import { DecisionLinkKind, DecisionProcess, DecisionStatus } from '../enums.js';

@ObjectType('Objection', { description: 'Une objection levée pendant le processus, et comment la proposition l’a intégrée.' })
export class Objection {
  @Field(() => String, { description: 'L’objection.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Comment la proposition l’a intégrée ; vide tant qu’elle ne l’est pas.' })
  integration: string | null;

  raisedById: string | null;
}

@ObjectType('DecisionLink', { description: 'Ce qu’une décision modifie : un rôle, une ligne de budget, un transfert (référence simple pour l’instant).' })
export class DecisionLink {
  @Field(() => DecisionLinkKind, { description: 'Le genre d’objet.' })
  kind: DecisionLinkKind;

  @Field(() => ID, { description: 'L’identifiant de l’objet.' })
  reference: string;
}

@ObjectType('Decision', { description: 'Une décision du registre : proposition, processus, objections, résultat et date de révision.' })
export class Decision {
  @Field(() => ID, { description: 'Identifiant de la décision.' })
  id: string;

  @Field(() => String, { description: 'Intitulé court.' })
  title: string;

  @Field(() => String, { description: 'La proposition soumise.' })
  proposal: string;

  @Field(() => DecisionProcess, { description: 'Le processus de décision.' })
  process: DecisionProcess;

  @Field(() => DecisionStatus, { description: 'Où en est la décision.' })
  status: DecisionStatus;

  @Field(() => [Objection], { description: 'Les objections levées et leur intégration.' })
  objections: Objection[];

  @Field(() => String, { nullable: true, description: 'Ce qui a été décidé, en clair.' })
  outcome: string | null;

  @Field(() => String, { nullable: true, description: 'Jour de la décision (AAAA-MM-JJ).' })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Jour où la décision doit être revue (AAAA-MM-JJ).' })
  reviewOn: string | null;

  @Field(() => [DecisionLink], { description: 'Ce que la décision modifie.' })
  links: DecisionLink[];

  @Field(() => ChangeStamp, { description: 'Qui a enregistré et modifié la décision, et quand.' })
  changes: ChangeStamp;

  circleId: string;
}

export function toDecision(row: DecisionEntity): Decision {
  return Object.assign(new Decision(), {
    id: row.id,
    title: row.title,
    proposal: row.proposal,
    process: row.process as DecisionProcess,
    status: row.status as DecisionStatus,
    objections: row.objections.map((o) => Object.assign(new Objection(), { text: o.text, integration: o.integration, raisedById: o.raisedBy })),
    outcome: row.outcome,
    decidedOn: row.decidedOn,
    reviewOn: row.reviewOn,
    links: row.links.map((l) => Object.assign(new DecisionLink(), { kind: l.kind as DecisionLinkKind, reference: l.reference })),
    changes: toChangeStamp(row),
    circleId: row.circleId,
  });
}
