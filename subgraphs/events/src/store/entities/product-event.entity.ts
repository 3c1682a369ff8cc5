import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A TiBillet product counted in an event's sales (TiBillet's sale lines carry no event). */
@Entity({ name: 'product_event', schema: 'events' })
export class ProductEventEntity {
  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** The member who made the link; null for the demo seed. */
  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy: string | null;
}
