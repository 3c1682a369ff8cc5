import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from './audit.js';

@Entity({ name: 'role' })
export class RoleEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  /** The catalogue template this role was created from, if any. */
  @Column({ name: 'template_key', type: 'text', nullable: true })
  templateKey: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  accountabilities: string[];

  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Column({ name: 'min_fillers', type: 'integer', default: 1 })
  minFillers: number;

  @Column({ name: 'max_fillers', type: 'integer', default: 1 })
  maxFillers: number;

  @Column({ name: 'internal_service', type: 'boolean', default: false })
  internalService: boolean;

  @Column({ name: 'framework_guarantor', type: 'boolean', default: false })
  frameworkGuarantor: boolean;

  @Column({ name: 'budget_grant_referent', type: 'boolean', default: false })
  budgetGrantReferent: boolean;

  @Column({ name: 'task_planning_referent', type: 'boolean', default: false })
  taskPlanningReferent: boolean;

  @Column({ name: 'care_lead', type: 'boolean', default: false })
  careLead: boolean;

  /** Set when the role is removed from its circle; its terms stay as history. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
