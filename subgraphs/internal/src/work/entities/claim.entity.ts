import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';
import { cents, decimal } from './columns.js';

/** A co-remuneration claim: PROPOSED → VALIDATED → INVOICED → PAID, with who and when at each step. */
@Entity({ name: 'remuneration_claim' })
export class RemunerationClaimEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mission_id', type: 'uuid' })
  missionId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'work_date', type: 'date' })
  workDate: string;

  @Column({ type: 'numeric', transformer: decimal })
  hours: number;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  impact: string | null;

  @Column({ name: 'docs_url', type: 'text', nullable: true })
  docsUrl: string | null;

  @Column({ name: 'amount_proposed_cents', type: 'bigint', transformer: cents })
  amountProposedCents: number;

  @Column({ name: 'amount_validated_cents', type: 'bigint', nullable: true, transformer: cents })
  amountValidatedCents: number | null;

  @Column({ name: 'regulation_note', type: 'text', nullable: true })
  regulationNote: string | null;

  @Column({ type: 'text' })
  state: string;

  @Column({ name: 'invoice_number', type: 'text', nullable: true })
  invoiceNumber: string | null;

  @Column({ name: 'payment_reference', type: 'text', nullable: true })
  paymentReference: string | null;

  @Column({ name: 'odoo_move_id', type: 'integer', nullable: true })
  odooMoveId: number | null;

  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  @Column({ name: 'validated_by', type: 'uuid', nullable: true })
  validatedBy: string | null;

  @Column({ name: 'invoiced_at', type: 'timestamptz', nullable: true })
  invoicedAt: Date | null;

  @Column({ name: 'invoiced_by', type: 'uuid', nullable: true })
  invoicedBy: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'paid_by', type: 'uuid', nullable: true })
  paidBy: string | null;
}
