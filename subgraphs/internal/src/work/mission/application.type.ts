import { Field, ID, ObjectType } from 'type-graphql';
import type { MissionApplicationEntity } from '../entities/index.js';
import { ApplicationStatus } from '../enums.js';

@ObjectType('MissionApplication', { description: 'La candidature d’une personne à une mission ; le cercle l’accepte ou la refuse.' })
export class MissionApplication {
  @Field(() => ID, { description: 'Identifiant de la candidature.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Motivation.' })
  motivation: string | null;

  @Field(() => ApplicationStatus, { description: 'État de la candidature.' })
  status: ApplicationStatus;

  @Field(() => Date, { description: 'Date de la candidature.' })
  appliedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Date de la décision du cercle.' })
  decidedAt: Date | null;

  missionId: string;
  memberId: string;
  decidedById: string | null;
}

export function toApplication(e: MissionApplicationEntity): MissionApplication {
  return Object.assign(new MissionApplication(), {
    id: e.id,
    motivation: e.motivation,
    status: e.status as ApplicationStatus,
    appliedAt: e.createdAt,
    decidedAt: e.decidedAt,
    missionId: e.missionId,
    memberId: e.memberId,
    decidedById: e.decidedBy,
  });
}
