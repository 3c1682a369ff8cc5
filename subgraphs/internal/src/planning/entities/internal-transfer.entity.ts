import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

/** Money moved between two circles: a « dépense interne » for one, a « recette interne » for the other. */
@Entity({ name: 'internal_transfer' })
export class InternalTransferEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_circle_id', type: 'uuid' })
  fromCircleId: string;

  @Column({ name: 'to_circle_id', type: 'uuid' })
  toCircleId: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents: number;

  @Column({ name: 'transfer_date', type: 'date' })
  date: string;

  @Column({ type: 'text' })
  reason: string;

  /** TiBillet event uuid, when the transfer dispatches an event's revenue. */
  @Column({ name: 'event_id', type: 'text', nullable: true })
  eventId: string | null;

  /** FORECAST or REAL. */
  @Column({ type: 'text' })
  status: string;
}
