import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';
import { cents, decimal } from './columns.js';

/** An external event someone asks La Raffinerie to host, followed through the seven steps. */
@Entity({ name: 'event_request' })
export class EventRequestEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  requester: string;

  @Column({ name: 'requester_contact', type: 'text', nullable: true })
  requesterContact: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'wished_on', type: 'date', nullable: true })
  wishedOn: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ name: 'expected_people', type: 'integer', nullable: true })
  expectedPeople: number | null;

  @Column({ type: 'numeric', nullable: true, transformer: decimal })
  hours: number | null;

  @Column({ name: 'pole_circle_id', type: 'uuid', nullable: true })
  poleCircleId: string | null;

  @Column({ name: 'care_lead_id', type: 'uuid', nullable: true })
  careLeadId: string | null;

  @Column({ name: 'hourly_rate_cents', type: 'bigint', nullable: true, transformer: cents })
  hourlyRateCents: number | null;

  @Column({ name: 'profit_share_pct', type: 'integer', default: 50 })
  profitSharePct: number;

  @Column({ name: 'invoice_number', type: 'text', nullable: true })
  invoiceNumber: string | null;

  @Column({ name: 'event_id', type: 'text', nullable: true })
  eventId: string | null;

  @Column({ type: 'text' })
  status: string;
}

/** One line of an event's quote: the site hire (référent included) or a circle's service (kitchen, garden, furniture…). */
@Entity({ name: 'event_quote_line' })
export class EventQuoteLineEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'circle_id', type: 'uuid', nullable: true })
  circleId: string | null;

  /** SITE_HIRE or SERVICE. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'numeric', default: 1, transformer: decimal })
  quantity: number;

  @Column({ name: 'unit_price_cents', type: 'bigint', nullable: true, transformer: cents })
  unitPriceCents: number | null;

  /** quantity × unit price, rounded to the cent. */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: cents })
  amountCents: number;

  /** What the line costs the circle (food, materials): the profit is amount − cost. */
  @Column({ name: 'cost_cents', type: 'bigint', default: 0, transformer: cents })
  costCents: number;
}
