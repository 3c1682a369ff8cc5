import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ChangeStamp, toChangeStamp } from '../../audit/change-stamp.type.js';
import type { TensionEntity } from '../entities/index.js';
import { TensionKind, TensionStatus } from '../enums.js';

@ObjectType('Tension', { description: 'Une tension : l’écart ressenti entre ce qui est et ce qui pourrait être, porté au cercle concerné.' })
export class Tension {
  @Field(() => ID, { description: 'Identifiant de la tension.' })
  id: string;

  @Field(() => String, { description: 'La tension en une phrase.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Les détails.' })
  description: string | null;

  @Field(() => TensionKind, { description: 'De gouvernance ou opérationnelle.' })
  kind: TensionKind;

  @Field(() => TensionStatus, { description: 'Où elle en est.' })
  status: TensionStatus;

  @Field(() => ChangeStamp, { description: 'Qui l’a enregistrée et modifiée, et quand.' })
  changes: ChangeStamp;

  circleId: string;
  roleId: string | null;
  raisedById: string | null;
  decisionId: string | null;
}

export function toTension(row: TensionEntity): Tension {
  return Object.assign(new Tension(), {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind as TensionKind,
    status: row.status as TensionStatus,
    changes: toChangeStamp(row),
    circleId: row.circleId,
    roleId: row.roleId,
    raisedById: row.raisedBy,
    decisionId: row.decisionId,
  });
}

@InputType('TensionInput', { description: 'Une tension à porter à un cercle.' })
export class TensionInput {
  @Field(() => ID, { description: 'Le cercle concerné.' })
  circleId: string;

  @Field(() => String, { description: 'La tension en une phrase (obligatoire).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Les détails.' })
  description?: string | null;

  @Field(() => TensionKind, { description: 'De gouvernance ou opérationnelle.' })
  kind: TensionKind;

  @Field(() => ID, { nullable: true, description: 'Le rôle du cercle d’où la tension est ressentie.' })
  roleId?: string | null;
}

@InputType('TensionUpdateInput', { description: 'Ce qui change dans une tension ; un champ absent reste tel quel.' })
export class TensionUpdateInput {
  @Field(() => TensionStatus, { nullable: true, description: 'Le nouvel état.' })
  status?: TensionStatus | null;

  @Field(() => ID, { nullable: true, description: 'La décision qui l’a traitée.' })
  decisionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Les détails.' })
  description?: string | null;
}
