import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

export type IndicatorSourceValue = 'MANUAL' | 'ODOO' | 'TIBILLET' | 'OCECO';

@Entity({ name: 'indicator' })
export class IndicatorEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'objective_id', type: 'uuid' })
  objectiveId: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'double precision' })
  target: number;

  @Column({ type: 'double precision', nullable: true })
  actual: number | null;

  @Column({ type: 'text' })
  source: IndicatorSourceValue;
}
