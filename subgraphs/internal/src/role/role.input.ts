import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('RoleFlagsInput', { description: 'Les drapeaux de l’organigramme d’un rôle ; un drapeau absent reste tel quel (faux à la création).' })
export class RoleFlagsInput {
  @Field(() => Boolean, { nullable: true, description: 'Presta interne.' })
  internalService?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Garant·e du cadre.' })
  frameworkGuarantor?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Référent·e budget / subvention.' })
  budgetGrantReferent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Référent·e tâches et planning.' })
  taskPlanningReferent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Bienveillant·e.' })
  careLead?: boolean | null;
}

@InputType('RoleInput', { description: 'Un rôle et ce qu’on en attend ; à la modification, un champ absent reste tel quel.' })
export class RoleInput {
  @Field(() => String, { nullable: true, description: 'Nom du rôle (obligatoire à la création).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Raison d’être du rôle.' })
  purpose?: string | null;

  @Field(() => [String], { nullable: true, description: 'Redevabilités, une par élément.' })
  accountabilities?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Le cercle doit-il avoir ce rôle pourvu ? (oui par défaut)' })
  required?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Nombre minimal de personnes (1 par défaut).' })
  minFillers?: number | null;

  @Field(() => Int, { nullable: true, description: 'Nombre maximal de personnes (au moins le minimum ; 1 par défaut).' })
  maxFillers?: number | null;

  @Field(() => RoleFlagsInput, { nullable: true, description: 'Drapeaux de l’organigramme.' })
  flags?: RoleFlagsInput | null;
}

@InputType('AssignRoleInput', { description: 'Une personne sur un rôle pour un mandat.' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'Le rôle à tenir.' })
  roleId: string;

  @Field(() => ID, { description: 'La personne qui le tient.' })
  memberId: string;

  @Field(() => String, { description: 'Premier jour du mandat (AAAA-MM-JJ).' })
  from: string;

  @Field(() => String, { nullable: true, description: 'Dernier jour du mandat (AAAA-MM-JJ), vide pour un mandat ouvert.' })
  until?: string | null;
}

@InputType('UpdateAssignmentInput', { description: 'Nouvelles dates d’un mandat (pour le corriger ou le terminer) ; un champ absent reste tel quel.' })
export class UpdateAssignmentInput {
  @Field(() => String, { nullable: true, description: 'Premier jour du mandat (AAAA-MM-JJ).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Dernier jour (AAAA-MM-JJ) ; null rouvre le mandat.' })
  until?: string | null;
}
