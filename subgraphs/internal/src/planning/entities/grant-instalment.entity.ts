import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '../../entities/audit.js';

const cents = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A payment a funder is expected to make, and what was received. */
@Entity({ name: 'grant_instalment' })
export class GrantInstalmentEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'grant_id', type: 'uuid' })
  grantId: string;

  @Column({ name: 'expected_on', type: 'date' })
  expectedOn: string;

  @Column({ name: 'expected_cents', type: 'bigint', transformer: cents })
  expectedCents: number;

  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn: string | null;

  @Column({ name: 'received_cents', type: 'bigint', nullable: true, transformer: cents })
  receivedCents: number | null;
}
