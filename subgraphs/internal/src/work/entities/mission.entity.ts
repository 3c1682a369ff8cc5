import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';
import { cents, decimal } from './columns.js';

/** A piece of paid work a circle publishes: bienveillance (envelope), presta interne (fixed), référent du jour, chargé·e de mission. */
@Entity({ name: 'mission' })
export class MissionEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  @Column({ name: 'budget_line_id', type: 'uuid', nullable: true })
  budgetLineId: string | null;

  @Column({ name: 'event_request_id', type: 'uuid', nullable: true })
  eventRequestId: string | null;

  /** TiBillet event uuid, for a mission on a ticketed event. */
  @Column({ name: 'event_id', type: 'text', nullable: true })
  eventId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'expected_hours', type: 'numeric', nullable: true, transformer: decimal })
  expectedHours: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  skills: string[];

  @Column({ name: 'min_people', type: 'integer' })
  minPeople: number;

  @Column({ name: 'max_people', type: 'integer' })
  maxPeople: number;

  /** Fixed remuneration per person (presta interne, référent, chargé·e) or the whole envelope (bienveillance). */
  @Column({ name: 'remuneration_cents', type: 'bigint', transformer: cents })
  remunerationCents: number;

  @Column({ name: 'application_deadline', type: 'date', nullable: true })
  applicationDeadline: string | null;

  @Column({ type: 'text' })
  status: string;
}
