import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

/** The settlement rule of an event: the share (per mille) of its revenue that goes to a circle. */
@Entity({ name: 'event_settlement_share' })
export class EventSettlementShareEntity extends Audited {
  /** TiBillet event uuid. */
  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId: string;

  @PrimaryColumn({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  @Column({ name: 'per_mille', type: 'integer' })
  perMille: number;
}
