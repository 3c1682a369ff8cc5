/** A query the bench drives through the gateway: a document the web UI or a power user really sends. */
export interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}
