import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Directory (contact visibility, badges), archived roles, and the governance records:
 * decisions, tensions, semestrial objectives with indicators, documentation links. */
export class Governance1795600000000 implements MigrationInterface {
  name = 'Governance1795600000000';

  async up(q: QueryRunner): Promise<void> {
    const audit = `created_at timestamptz NOT NULL DEFAULT now(), created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(), updated_by uuid`;
    const visibility = `CHECK (%s IN ('MEMBERS','CIRCLES','NOBODY'))`;
    await q.query(`ALTER TABLE member
      ADD COLUMN email_visibility text NOT NULL DEFAULT 'MEMBERS' ${visibility.replace('%s', 'email_visibility')},
      ADD COLUMN phone_visibility text NOT NULL DEFAULT 'CIRCLES' ${visibility.replace('%s', 'phone_visibility')},
      ADD COLUMN badges jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`ALTER TABLE role ADD COLUMN archived_at timestamptz`);
    await q.query(`CREATE TABLE decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      circle_id uuid NOT NULL REFERENCES circle(id),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      proposal text NOT NULL CHECK (length(trim(proposal)) > 0),
      process text NOT NULL CHECK (process IN ('CONSENT','ADVICE','CONSENSUS')),
      status text NOT NULL CHECK (status IN ('PROPOSED','ADOPTED','REJECTED')),
      objections jsonb NOT NULL DEFAULT '[]'::jsonb,
      outcome text,
      decided_on date,
      review_on date,
      links jsonb NOT NULL DEFAULT '[]'::jsonb,
      ${audit},
      CHECK (status = 'PROPOSED' OR decided_on IS NOT NULL),
      CHECK (review_on IS NULL OR decided_on IS NULL OR review_on >= decided_on))`);
    await q.query(`CREATE INDEX decision_circle_idx ON decision (circle_id)`);
    await q.query(`CREATE TABLE tension (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      circle_id uuid NOT NULL REFERENCES circle(id),
      role_id uuid REFERENCES role(id),
      raised_by uuid REFERENCES member(id),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text,
      kind text NOT NULL CHECK (kind IN ('GOVERNANCE','OPERATIONAL')),
      status text NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','RESOLVED','DROPPED')),
      decision_id uuid REFERENCES decision(id),
      ${audit})`);
    await q.query(`CREATE INDEX tension_circle_idx ON tension (circle_id)`);
    await q.query(`CREATE TABLE objective (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      circle_id uuid NOT NULL REFERENCES circle(id),
      semester text NOT NULL CHECK (semester ~ '^[0-9]{4}-S[12]$'),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text,
      ${audit})`);
    await q.query(`CREATE INDEX objective_circle_idx ON objective (circle_id, semester)`);
    await q.query(`CREATE TABLE indicator (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      objective_id uuid NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      unit text NOT NULL CHECK (length(trim(unit)) > 0),
      target double precision NOT NULL,
      actual double precision,
      source text NOT NULL CHECK (source IN ('MANUAL','ODOO','TIBILLET','OCECO')),
      ${audit})`);
    await q.query(`CREATE INDEX indicator_objective_idx ON indicator (objective_id)`);
    await q.query(`CREATE TABLE doc_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      url text NOT NULL CHECK (url ~ '^https?://'),
      circle_id uuid REFERENCES circle(id),
      role_id uuid REFERENCES role(id),
      process text CHECK (process IS NULL OR length(trim(process)) > 0),
      ${audit},
      CHECK (num_nonnulls(circle_id, role_id, process) = 1))`);
    await q.query(`CREATE INDEX doc_link_circle_idx ON doc_link (circle_id)`);
    await q.query(`CREATE INDEX doc_link_role_idx ON doc_link (role_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE doc_link');
    await q.query('DROP TABLE indicator');
    await q.query('DROP TABLE objective');
    await q.query('DROP TABLE tension');
    await q.query('DROP TABLE decision');
    await q.query('ALTER TABLE role DROP COLUMN archived_at');
    await q.query('ALTER TABLE member DROP COLUMN email_visibility, DROP COLUMN phone_visibility, DROP COLUMN badges');
  }
}
