import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Circles, members, roles and role assignments. */
export class Organisation1763870400000 implements MigrationInterface {
  name = 'Organisation1763870400000';

  async up(q: QueryRunner): Promise<void> {
    const audit = `created_at timestamptz NOT NULL DEFAULT now(), created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(), updated_by uuid`;
    await q.query(`CREATE TABLE circle (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('GROUP','POLE','PROJECT','ACTION')),
      name text NOT NULL CHECK (length(trim(name)) > 0),
      analytic_code text NOT NULL CHECK (analytic_code ~ '^[0-9]{4}$'),
      parent_id uuid REFERENCES circle(id),
      purpose text,
      archived_at timestamptz,
      ${audit})`);
    await q.query(`CREATE UNIQUE INDEX circle_analytic_code_key ON circle (analytic_code)`);
    await q.query(`CREATE INDEX circle_parent_idx ON circle (parent_id)`);
    await q.query(`CREATE TABLE member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      first_name text NOT NULL,
      last_name text NOT NULL,
      pronouns text,
      email text NOT NULL,
      phone text,
      implication text NOT NULL CHECK (implication IN ('VOLUNTEER','DISCOVERER','CORE_MEMBER')),
      skills jsonb NOT NULL DEFAULT '[]'::jsonb,
      odoo_partner_id integer,
      oceco_user_id text,
      is_admin boolean NOT NULL DEFAULT false,
      ${audit})`);
    await q.query(`CREATE UNIQUE INDEX member_email_key ON member (lower(email))`);
    await q.query(`CREATE TABLE role (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      circle_id uuid NOT NULL REFERENCES circle(id),
      template_key text,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      purpose text,
      accountabilities jsonb NOT NULL DEFAULT '[]'::jsonb,
      required boolean NOT NULL DEFAULT true,
      min_fillers integer NOT NULL DEFAULT 1 CHECK (min_fillers >= 0),
      max_fillers integer NOT NULL DEFAULT 1,
      internal_service boolean NOT NULL DEFAULT false,
      framework_guarantor boolean NOT NULL DEFAULT false,
      budget_grant_referent boolean NOT NULL DEFAULT false,
      task_planning_referent boolean NOT NULL DEFAULT false,
      care_lead boolean NOT NULL DEFAULT false,
      ${audit},
      CHECK (max_fillers >= min_fillers))`);
    await q.query(`CREATE INDEX role_circle_idx ON role (circle_id)`);
    await q.query(`CREATE TABLE role_assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      role_id uuid NOT NULL REFERENCES role(id),
      member_id uuid NOT NULL REFERENCES member(id),
      starts_on date NOT NULL,
      ends_on date,
      ${audit},
      CHECK (ends_on IS NULL OR ends_on >= starts_on))`);
    await q.query(`CREATE INDEX role_assignment_role_idx ON role_assignment (role_id)`);
    await q.query(`CREATE INDEX role_assignment_member_idx ON role_assignment (member_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE role_assignment');
    await q.query('DROP TABLE role');
    await q.query('DROP TABLE member');
    await q.query('DROP TABLE circle');
  }
}
