import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

export type TensionKindValue = 'GOVERNANCE' | 'OPERATIONAL';
export type TensionStatusValue = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED' | 'DROPPED';

@Entity({ name: 'tension' })
export class TensionEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  /** The role the tension is felt from, if the person named one. */
  @Column({ name: 'role_id', type: 'uuid', nullable: true })
  roleId: string | null;

  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedBy: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  kind: TensionKindValue;

  @Column({ type: 'text' })
  status: TensionStatusValue;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;
}
