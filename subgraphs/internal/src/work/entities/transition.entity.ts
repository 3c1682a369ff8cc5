import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a workflow: what moved, from which state to which, who did it and when. */
@Entity({ name: 'work_transition' })
export class WorkTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** MISSION, APPLICATION, CLAIM or EVENT_REQUEST. */
  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text' })
  toState: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
