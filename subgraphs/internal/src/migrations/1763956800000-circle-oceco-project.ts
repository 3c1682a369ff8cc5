import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Oceco project that publishes a circle's volunteer actions. */
export class CircleOcecoProject1763956800000 implements MigrationInterface {
  name = 'CircleOcecoProject1763956800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE circle ADD COLUMN oceco_project_id text CHECK (oceco_project_id ~ '^[0-9a-f]{24}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE circle DROP COLUMN oceco_project_id');
  }
}
