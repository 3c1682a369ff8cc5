import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

const cents = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A grant (subvention) followed through its life, from prospect to closed. */
@Entity({ name: 'grant' })
export class GrantEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  funder: string;

  @Column({ type: 'text', nullable: true })
  programme: string | null;

  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'referent_member_id', type: 'uuid', nullable: true })
  referentMemberId: string | null;

  @Column({ name: 'circle_ids', type: 'jsonb', default: () => "'[]'::jsonb" })
  circleIds: string[];

  @Column({ name: 'amount_requested_cents', type: 'bigint', nullable: true, transformer: cents })
  amountRequestedCents: number | null;

  @Column({ name: 'amount_granted_cents', type: 'bigint', nullable: true, transformer: cents })
  amountGrantedCents: number | null;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  @Column({ name: 'requested_on', type: 'date', nullable: true })
  requestedOn: string | null;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn: string | null;

  @Column({ name: 'notified_on', type: 'date', nullable: true })
  notifiedOn: string | null;

  @Column({ name: 'agreement_signed_on', type: 'date', nullable: true })
  agreementSignedOn: string | null;

  @Column({ name: 'report_due_on', type: 'date', nullable: true })
  reportDueOn: string | null;

  @Column({ name: 'agreement_url', type: 'text', nullable: true })
  agreementUrl: string | null;

  @Column({ name: 'request_url', type: 'text', nullable: true })
  requestUrl: string | null;

  /** Odoo res.partner of the funder, to reconcile what was received with the grant invoices. */
  @Column({ name: 'funder_odoo_partner_id', type: 'integer', nullable: true })
  funderOdooPartnerId: number | null;

  @Column({ type: 'text' })
  status: string;
}
