import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from './audit.js';

export type CircleKindValue = 'GROUP' | 'POLE' | 'PROJECT' | 'ACTION';

@Entity({ name: 'circle' })
export class CircleEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: CircleKindValue;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'analytic_code', type: 'text' })
  analyticCode: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ name: 'oceco_project_id', type: 'text', nullable: true })
  ocecoProjectId: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
