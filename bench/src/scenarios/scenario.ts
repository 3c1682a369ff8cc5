import type { Waves } from '../load.js';

/** A query the bench drives through the gateway: a document the web UI or a power user really sends. */
export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Environment of a hub started for this scenario alone (e.g. a cache turned off to measure the cold path). */
  env?: Record<string, string>;
  /** Also sent through the reference gateway (Hive Gateway + Rust planner) on the same hub, for a ratio. */
  reference?: boolean;
  /** Waves of simultaneous requests instead of a steady load (see `LoadRequest.waves`). */
  waves?: Waves;
}
