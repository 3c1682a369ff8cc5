import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangeStamp, toChangeStamp } from '../audit/change-stamp.type.js';
import type { RoleAssignmentEntity, RoleEntity } from '../entities/index.js';

@ObjectType('RoleFlags', { description: 'Les drapeaux de l’organigramme portés par un rôle.' })
export class RoleFlags {
  @Field(() => Boolean, { description: 'Presta interne : mission rémunérée à montant fixe.' })
  internalService: boolean;

  @Field(() => Boolean, { description: 'Garant·e du cadre commun.' })
  frameworkGuarantor: boolean;

  @Field(() => Boolean, { description: 'Référent·e budget / subvention.' })
  budgetGrantReferent: boolean;

  @Field(() => Boolean, { description: 'Référent·e tâches et planning.' })
  taskPlanningReferent: boolean;

  @Field(() => Boolean, { description: 'Bienveillant·e : pilote une action, rémunéré·e en co-rémunération.' })
  careLead: boolean;
}

@ObjectType('Role', { description: 'Un rôle d’un cercle, avec sa raison d’être et ses redevabilités.' })
export class Role {
  @Field(() => ID, { description: 'Identifiant du rôle.' })
  id: string;

  @Field(() => String, { description: 'Nom du rôle.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Raison d’être du rôle.' })
  purpose: string | null;

  @Field(() => [String], { description: 'Redevabilités : ce que le collectif peut attendre du rôle.' })
  accountabilities: string[];

  @Field(() => Boolean, { description: 'Vrai quand le cercle doit avoir ce rôle pourvu.' })
  required: boolean;

  @Field(() => Int, { description: 'Nombre minimal de personnes sur ce rôle.' })
  minFillers: number;

  @Field(() => Int, { description: 'Nombre maximal de personnes sur ce rôle.' })
  maxFillers: number;

  @Field(() => RoleFlags, { description: 'Drapeaux de l’organigramme.' })
  flags: RoleFlags;

  @Field(() => String, { nullable: true, description: 'Clé du modèle du catalogue dont vient le rôle (« facilitator », « budget »…), vide pour un rôle propre au cercle.' })
  templateKey: string | null;

  @Field(() => Boolean, { description: 'Vrai quand le rôle a été retiré de son cercle (ses mandats passés restent consultables).' })
  archived: boolean;

  @Field(() => ChangeStamp, { description: 'Qui a créé et modifié le rôle, et quand.' })
  changes: ChangeStamp;

  circleId: string;
}

@ObjectType('RoleAssignment', { description: 'Une personne sur un rôle, pour un mandat qui commence et peut finir.' })
export class RoleAssignment {
  @Field(() => ID, { description: 'Identifiant de l’affectation.' })
  id: string;

  @Field(() => String, { description: 'Premier jour du mandat (AAAA-MM-JJ).' })
  from: string;

  @Field(() => String, { nullable: true, description: 'Dernier jour du mandat (AAAA-MM-JJ), vide pour un mandat ouvert.' })
  until: string | null;

  @Field(() => ChangeStamp, { description: 'Qui a enregistré et modifié le mandat, et quand.' })
  changes: ChangeStamp;

  roleId: string;
  memberId: string;
}

export function toRole(entity: RoleEntity): Role {
  return Object.assign(new Role(), {
    id: entity.id,
    name: entity.name,
    purpose: entity.purpose,
    accountabilities: entity.accountabilities,
    required: entity.required,
    minFillers: entity.minFillers,
    maxFillers: entity.maxFillers,
    flags: Object.assign(new RoleFlags(), {
      internalService: entity.internalService,
      frameworkGuarantor: entity.frameworkGuarantor,
      budgetGrantReferent: entity.budgetGrantReferent,
      taskPlanningReferent: entity.taskPlanningReferent,
      careLead: entity.careLead,
    }),
    templateKey: entity.templateKey,
    archived: entity.archivedAt !== null,
    changes: toChangeStamp(entity),
    circleId: entity.circleId,
  });
}

export function toRoleAssignment(entity: RoleAssignmentEntity): RoleAssignment {
  return Object.assign(new RoleAssignment(), {
    id: entity.id,
    from: entity.startsOn,
    until: entity.endsOn,
    changes: toChangeStamp(entity),
    roleId: entity.roleId,
    memberId: entity.memberId,
  });
}
