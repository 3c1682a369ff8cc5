import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which circle (pôle) organises an event. */
@Entity({ name: 'event_organiser', schema: 'events' })
export class EventOrganiserEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** The member who set it; null for the demo seed. */
  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;
}
