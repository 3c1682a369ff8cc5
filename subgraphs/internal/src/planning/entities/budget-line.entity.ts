import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

/** A forecast: so much money, in one category, for one circle and one period. */
@Entity({ name: 'budget_line' })
export class BudgetLineEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  /** `YYYY-MM` or `YYYY-S1`/`YYYY-S2`. */
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'text' })
  label: string;

  /** Integer cents, always positive: the category gives the direction. */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents: number;

  @Column({ name: 'grant_id', type: 'uuid', nullable: true })
  grantId: string | null;
}
