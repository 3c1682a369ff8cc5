import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A mission may be for a ticketed event (its référent du jour, its chargé·es de mission). */
export class MissionEvent1796000000000 implements MigrationInterface {
  name = 'MissionEvent1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mission ADD COLUMN event_id text CHECK (event_id IS NULL OR length(event_id) > 0)`);
    await q.query('CREATE INDEX mission_event_idx ON mission (event_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE mission DROP COLUMN event_id');
  }
}
