import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How an event's revenue is dispatched to the participating circles. */
export class EventSettlement1795900000000 implements MigrationInterface {
  name = 'EventSettlement1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE event_settlement_share (
      event_id text NOT NULL CHECK (length(event_id) > 0),
      circle_id uuid NOT NULL REFERENCES circle(id),
      per_mille integer NOT NULL CHECK (per_mille > 0 AND per_mille <= 1000),
      created_at timestamptz NOT NULL DEFAULT now(), created_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now(), updated_by uuid,
      PRIMARY KEY (event_id, circle_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE event_settlement_share');
  }
}
