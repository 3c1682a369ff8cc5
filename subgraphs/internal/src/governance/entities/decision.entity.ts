import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

export type DecisionProcessValue = 'CONSENT' | 'ADVICE' | 'CONSENSUS';
export type DecisionStatusValue = 'PROPOSED' | 'ADOPTED' | 'REJECTED';
export type DecisionLinkKindValue = 'ROLE' | 'BUDGET_LINE' | 'TRANSFER';

/** One objection raised during the process, and how the proposal integrated it. */
export interface ObjectionRecord {
  text: string;
  integration: string | null;
  raisedBy: string | null;
}

/** What a decision changes, as a plain reference (a role id, a budget line id, a transfer id). */
export interface DecisionLinkRecord {
  kind: DecisionLinkKindValue;
  reference: string;
}

@Entity({ name: 'decision' })
export class DecisionEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  proposal: string;

  @Column({ type: 'text' })
  process: DecisionProcessValue;

  @Column({ type: 'text' })
  status: DecisionStatusValue;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  objections: ObjectionRecord[];

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  links: DecisionLinkRecord[];
}
