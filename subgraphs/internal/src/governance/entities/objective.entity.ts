import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

@Entity({ name: 'objective' })
export class ObjectiveEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  /** `2026-S2`: the second half of 2026. */
  @Column({ type: 'text' })
  semester: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
