import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What TiBillet does not give: product → event links, the organising circle of an event, and the log of their changes. */
export class EventMapping1764000000000 implements MigrationInterface {
  name = 'EventMapping1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SCHEMA IF NOT EXISTS events');
    await q.query(`CREATE TABLE events.product_event (
      product_id uuid NOT NULL,
      event_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by text,
      PRIMARY KEY (product_id, event_id))`);
    await q.query('CREATE INDEX product_event_event_idx ON events.product_event (event_id)');
    await q.query(`CREATE TABLE events.event_organiser (
      event_id uuid PRIMARY KEY,
      circle_id uuid NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by text)`);
    await q.query('CREATE INDEX event_organiser_circle_idx ON events.event_organiser (circle_id)');
    await q.query(`CREATE TABLE events.mapping_change (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      member_id text,
      action text NOT NULL CHECK (action IN ('SEED','MAP_PRODUCT','UNMAP_PRODUCT','SET_ORGANISER','CLEAR_ORGANISER')),
      event_id uuid NOT NULL,
      product_id uuid,
      circle_id uuid)`);
    await q.query('CREATE INDEX mapping_change_event_idx ON events.mapping_change (event_id, at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE events.mapping_change');
    await q.query('DROP TABLE events.event_organiser');
    await q.query('DROP TABLE events.product_event');
  }
}
