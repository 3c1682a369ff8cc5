import { Field, ID, InputType } from 'type-graphql';
import { DecisionLinkKind, DecisionProcess, DecisionStatus } from '../enums.js';

@InputType('ObjectionInput', { description: 'Une objection et son intégration.' })
export class ObjectionInput {
  @Field(() => String, { description: 'L’objection (obligatoire).' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Comment la proposition l’a intégrée.' })
  integration?: string | null;

  @Field(() => ID, { nullable: true, description: 'La personne qui l’a levée.' })
  raisedById?: string | null;
}

@InputType('DecisionLinkInput', { description: 'Un objet que la décision modifie.' })
export class DecisionLinkInput {
  @Field(() => DecisionLinkKind, { description: 'Le genre d’objet.' })
  kind: DecisionLinkKind;

  @Field(() => ID, { description: 'Son identifiant.' })
  reference: string;
}

@InputType('DecisionInput', { description: 'Une décision à enregistrer ; à la modification, un champ absent reste tel quel.' })
export class DecisionInput {
  @Field(() => ID, { nullable: true, description: 'Le cercle qui décide (obligatoire à la création).' })
  circleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Intitulé court (obligatoire à la création).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'La proposition (obligatoire à la création).' })
  proposal?: string | null;

  @Field(() => DecisionProcess, { nullable: true, description: 'Le processus (consentement par défaut).' })
  process?: DecisionProcess | null;

  @Field(() => DecisionStatus, { nullable: true, description: 'Proposée (par défaut), adoptée ou rejetée.' })
  status?: DecisionStatus | null;

  @Field(() => [ObjectionInput], { nullable: true, description: 'Les objections levées (remplacent les précédentes).' })
  objections?: ObjectionInput[] | null;

  @Field(() => String, { nullable: true, description: 'Ce qui a été décidé (obligatoire pour une décision adoptée ou rejetée).' })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'Jour de la décision, AAAA-MM-JJ (obligatoire pour une décision adoptée ou rejetée).' })
  decidedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Jour de révision, AAAA-MM-JJ, pas avant la décision.' })
  reviewOn?: string | null;

  @Field(() => [DecisionLinkInput], { nullable: true, description: 'Ce que la décision modifie (remplace les liens précédents).' })
  links?: DecisionLinkInput[] | null;
}
