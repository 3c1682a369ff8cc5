import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * External event requests, step 4 of issue 8: the event's dates and expected people, quote lines priced as quantity × unit price,
 * and the seven-step states with their exits (refused, cancelled).
 */
export class EventRequests1795800000000 implements MigrationInterface {
  name = 'EventRequests1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event_request
      ADD COLUMN starts_at timestamptz,
      ADD COLUMN ends_at timestamptz,
      ADD COLUMN expected_people integer CHECK (expected_people IS NULL OR expected_people > 0),
      ADD CONSTRAINT event_request_dates_check CHECK (starts_at IS NULL OR ends_at IS NULL OR ends_at > starts_at),
      DROP CONSTRAINT event_request_status_check,
      ADD CONSTRAINT event_request_status_check CHECK (status IN ('RECEIVED','ASSIGNED','VALIDATED','QUOTED','ACCEPTED','MISSIONS','HELD','INVOICED','REFUSED','CANCELLED'))`);
    await q.query(`ALTER TABLE event_quote_line
      ADD COLUMN quantity numeric(8,2) NOT NULL DEFAULT 1 CHECK (quantity > 0),
      ADD COLUMN unit_price_cents bigint CHECK (unit_price_cents IS NULL OR unit_price_cents > 0)`);
    await q.query(`CREATE INDEX event_quote_line_request_idx ON event_quote_line (request_id)`);
    await q.query(`CREATE INDEX mission_event_request_idx ON mission (event_request_id) WHERE event_request_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX mission_event_request_idx`);
    await q.query(`DROP INDEX event_quote_line_request_idx`);
    await q.query(`ALTER TABLE event_quote_line DROP COLUMN unit_price_cents, DROP COLUMN quantity`);
    await q.query(`ALTER TABLE event_request DROP CONSTRAINT event_request_status_check, DROP CONSTRAINT event_request_dates_check,
      DROP COLUMN expected_people, DROP COLUMN ends_at, DROP COLUMN starts_at,
      ADD CONSTRAINT event_request_status_check CHECK (status IN ('RECEIVED','ASSIGNED','VALIDATED','QUOTED','ACCEPTED','STAFFED','HELD','INVOICED','DECLINED'))`);
  }
}
