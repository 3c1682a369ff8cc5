import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MappingAction = 'SEED' | 'MAP_PRODUCT' | 'UNMAP_PRODUCT' | 'SET_ORGANISER' | 'CLEAR_ORGANISER';

/** One change of the mapping, kept for good: who did what, when (a removed link leaves its trace here). */
@Entity({ name: 'mapping_change', schema: 'events' })
export class MappingChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The member who made the change; null for the demo seed. */
  @Column({ name: 'member_id', type: 'text', nullable: true })
  memberId: string | null;

  @Column({ type: 'text' })
  action: MappingAction;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @Column({ name: 'circle_id', type: 'uuid', nullable: true })
  circleId: string | null;
}
