import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from './audit.js';

export type ImplicationValue = 'VOLUNTEER' | 'DISCOVERER' | 'CORE_MEMBER';
export type ContactVisibilityValue = 'MEMBERS' | 'CIRCLES' | 'NOBODY';

@Entity({ name: 'member' })
export class MemberEntity extends Audited {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  pronouns: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  implication: ImplicationValue;

  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  skills: string[];

  @Column({ name: 'odoo_partner_id', type: 'integer', nullable: true })
  odooPartnerId: number | null;

  @Column({ name: 'oceco_user_id', type: 'text', nullable: true })
  ocecoUserId: string | null;

  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin: boolean;

  /** Open Badges the member holds (names of the roles or skills they certify). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  badges: string[];

  /** Who may read the contact email: every member, the member's circles, nobody but themself. */
  @Column({ name: 'email_visibility', type: 'text', default: 'MEMBERS' })
  emailVisibility: ContactVisibilityValue;

  @Column({ name: 'phone_visibility', type: 'text', default: 'CIRCLES' })
  phoneVisibility: ContactVisibilityValue;
}
