import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

/** A documentation page (the collective's wiki) attached to a circle, a role or a process. */
@Entity({ name: 'doc_link' })
export class DocLinkEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'circle_id', type: 'uuid', nullable: true })
  circleId: string | null;

  @Column({ name: 'role_id', type: 'uuid', nullable: true })
  roleId: string | null;

  /** A process named in words, e.g. « Décision par consentement ». */
  @Column({ type: 'text', nullable: true })
  process: string | null;
}
