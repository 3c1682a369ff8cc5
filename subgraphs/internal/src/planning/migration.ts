import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Forecasts, internal transfers, grants with instalments, manual cash-plan lines. */
export class Planning1795500000000 implements MigrationInterface {
  name = 'Planning1795500000000';

  async up(q: QueryRunner): Promise<void> {
    const audit = `created_at timestamptz NOT NULL DEFAULT now(), created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(), updated_by uuid`;
    const category = `CHECK (category IN ('CARE','INTERNAL_SERVICE','EXTERNAL_PURCHASE','INTERNAL_EXPENSE','SERVICE_INCOME','GRANT','SALE','INTERNAL_INCOME'))`;
    await q.query(`CREATE TABLE "grant" (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      funder text NOT NULL CHECK (length(trim(funder)) > 0),
      programme text, reference text,
      label text NOT NULL CHECK (length(trim(label)) > 0),
      referent_member_id uuid REFERENCES member(id),
      circle_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      amount_requested_cents bigint CHECK (amount_requested_cents >= 0),
      amount_granted_cents bigint CHECK (amount_granted_cents >= 0),
      period_start date, period_end date,
      requested_on date, accepted_on date, notified_on date, agreement_signed_on date, report_due_on date,
      agreement_url text, request_url text, funder_odoo_partner_id integer,
      status text NOT NULL CHECK (status IN ('PROSPECT','DRAFTING','SUBMITTED','ACCEPTED','REJECTED','AGREEMENT_SIGNED','IN_PROGRESS','REPORT_DUE','REPORTED','CLOSED')),
      ${audit},
      CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start))`);
    await q.query(`CREATE TABLE budget_line (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      circle_id uuid NOT NULL REFERENCES circle(id),
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-((0[1-9]|1[0-2])|S[12])$'),
      category text NOT NULL ${category},
      label text NOT NULL,
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      grant_id uuid REFERENCES "grant"(id),
      ${audit})`);
    await q.query(`CREATE INDEX budget_line_circle_idx ON budget_line (circle_id, period)`);
    await q.query(`CREATE TABLE internal_transfer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      from_circle_id uuid NOT NULL REFERENCES circle(id),
      to_circle_id uuid NOT NULL REFERENCES circle(id),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      transfer_date date NOT NULL,
      reason text NOT NULL CHECK (length(trim(reason)) > 0),
      event_id text,
      status text NOT NULL CHECK (status IN ('FORECAST','REAL')),
      ${audit},
      CHECK (from_circle_id <> to_circle_id))`);
    await q.query(`CREATE TABLE grant_instalment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      grant_id uuid NOT NULL REFERENCES "grant"(id) ON DELETE CASCADE,
      expected_on date NOT NULL,
      expected_cents bigint NOT NULL CHECK (expected_cents > 0),
      received_on date,
      received_cents bigint CHECK (received_cents >= 0),
      ${audit})`);
    await q.query(`CREATE TABLE cash_line (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      direction text NOT NULL CHECK (direction IN ('EXPENSE','INCOME')),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      label text NOT NULL,
      circle_id uuid REFERENCES circle(id),
      ${audit})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['cash_line', 'grant_instalment', 'internal_transfer', 'budget_line', '"grant"']) await q.query(`DROP TABLE ${table}`);
  }
}
