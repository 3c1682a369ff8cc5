import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from './audit.js';

@Entity({ name: 'role_assignment' })
export class RoleAssignmentEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** First day of the term, `YYYY-MM-DD`. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** Last day of the term, `YYYY-MM-DD`, or null for an open term. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;
}
