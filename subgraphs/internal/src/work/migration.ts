import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Missions and applications, co-remuneration claims, external event requests with their quote, and the log of every transition. */
export class Work1795700000000 implements MigrationInterface {
  name = 'Work1795700000000';

  async up(q: QueryRunner): Promise<void> {
    const audit = `created_at timestamptz NOT NULL DEFAULT now(), created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(), updated_by uuid`;
    await q.query(`CREATE TABLE event_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      requester text NOT NULL CHECK (length(trim(requester)) > 0),
      requester_contact text,
      description text,
      wished_on date,
      hours numeric(6,2) CHECK (hours IS NULL OR hours > 0),
      pole_circle_id uuid REFERENCES circle(id),
      care_lead_id uuid REFERENCES member(id),
      hourly_rate_cents bigint CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents BETWEEN 10000 AND 15000),
      profit_share_pct integer NOT NULL DEFAULT 50 CHECK (profit_share_pct BETWEEN 0 AND 100),
      invoice_number text,
      event_id text,
      status text NOT NULL CHECK (status IN ('RECEIVED','ASSIGNED','VALIDATED','QUOTED','ACCEPTED','STAFFED','HELD','INVOICED','DECLINED')),
      ${audit})`);
    await q.query(`CREATE TABLE event_quote_line (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      request_id uuid NOT NULL REFERENCES event_request(id) ON DELETE CASCADE,
      circle_id uuid REFERENCES circle(id),
      kind text NOT NULL CHECK (kind IN ('SITE_HIRE','SERVICE')),
      label text NOT NULL CHECK (length(trim(label)) > 0),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      cost_cents bigint NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
      ${audit})`);
    await q.query(`CREATE TABLE mission (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      circle_id uuid NOT NULL REFERENCES circle(id),
      budget_line_id uuid REFERENCES budget_line(id),
      event_request_id uuid REFERENCES event_request(id),
      kind text NOT NULL CHECK (kind IN ('CARE','INTERNAL_SERVICE','DAY_REFERENT','MISSION_HOLDER')),
      title text NOT NULL CHECK (length(trim(title)) > 0),
      description text,
      expected_hours numeric(7,2) CHECK (expected_hours IS NULL OR expected_hours > 0),
      skills jsonb NOT NULL DEFAULT '[]'::jsonb,
      min_people integer NOT NULL CHECK (min_people >= 1),
      max_people integer NOT NULL CHECK (max_people >= min_people),
      remuneration_cents bigint NOT NULL CHECK (remuneration_cents >= 0),
      application_deadline date,
      status text NOT NULL CHECK (status IN ('DRAFT','OPEN','STAFFED','DONE','CLOSED')),
      ${audit})`);
    await q.query(`CREATE INDEX mission_circle_idx ON mission (circle_id)`);
    await q.query(`CREATE TABLE mission_application (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      mission_id uuid NOT NULL REFERENCES mission(id) ON DELETE CASCADE,
      member_id uuid NOT NULL REFERENCES member(id),
      motivation text,
      status text NOT NULL CHECK (status IN ('APPLIED','ACCEPTED','REJECTED')),
      decided_at timestamptz, decided_by uuid REFERENCES member(id),
      ${audit},
      UNIQUE (mission_id, member_id))`);
    await q.query(`CREATE TABLE remuneration_claim (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      mission_id uuid NOT NULL REFERENCES mission(id),
      member_id uuid NOT NULL REFERENCES member(id),
      work_date date NOT NULL,
      hours numeric(6,2) NOT NULL CHECK (hours > 0),
      description text NOT NULL CHECK (length(trim(description)) > 0),
      impact text, docs_url text,
      amount_proposed_cents bigint NOT NULL CHECK (amount_proposed_cents > 0),
      amount_validated_cents bigint CHECK (amount_validated_cents IS NULL OR amount_validated_cents > 0),
      regulation_note text,
      state text NOT NULL CHECK (state IN ('PROPOSED','VALIDATED','INVOICED','PAID')),
      invoice_number text, payment_reference text, odoo_move_id integer,
      validated_at timestamptz, validated_by uuid REFERENCES member(id),
      invoiced_at timestamptz, invoiced_by uuid REFERENCES member(id),
      paid_at timestamptz, paid_by uuid REFERENCES member(id),
      ${audit},
      CHECK (validated_by IS NULL OR validated_by <> member_id))`);
    await q.query(`CREATE INDEX remuneration_claim_mission_idx ON remuneration_claim (mission_id)`);
    await q.query(`CREATE INDEX remuneration_claim_member_idx ON remuneration_claim (member_id)`);
    await q.query(`CREATE TABLE work_transition (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subject text NOT NULL CHECK (subject IN ('MISSION','APPLICATION','CLAIM','EVENT_REQUEST')),
      subject_id uuid NOT NULL,
      from_state text, to_state text NOT NULL,
      note text,
      member_id uuid REFERENCES member(id),
      at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX work_transition_subject_idx ON work_transition (subject_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['work_transition', 'remuneration_claim', 'mission_application', 'mission', 'event_quote_line', 'event_request']) await q.query(`DROP TABLE ${table}`);
  }
}
