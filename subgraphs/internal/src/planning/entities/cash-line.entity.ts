import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

/** A line of the cash plan entered by hand (a loan, a deposit, a known payment Odoo does not hold yet). */
@Entity({ name: 'cash_line' })
export class CashLineEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `YYYY-MM`. */
  @Column({ type: 'text' })
  month: string;

  /** EXPENSE or INCOME. */
  @Column({ type: 'text' })
  direction: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'circle_id', type: 'uuid', nullable: true })
  circleId: string | null;
}
