import { createLogger, IDENTITY_HEADER, signIdentity } from '@alambic/subgraph-kit';
import { createVolunteeringSubgraph, ocecoDemoSettings, startOcecoSimulator, type OcecoSimulator, type OcecoSimulatorOptions } from '../src/index.js';
import { fastTuning } from './helpers.js';

export const SECRET = 'test-identity-secret';

export interface GraphError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

/** The volunteering subgraph over HTTP in front of a fresh Oceco simulator. */
export async function startGraph(cleanups: Array<() => Promise<void> | void>, options: OcecoSimulatorOptions = {}, prepare?: (sim: OcecoSimulator) => void) {
  const sim = await startOcecoSimulator(options);
  cleanups.push(() => sim.close());
  prepare?.(sim);
  const server = await createVolunteeringSubgraph({
    settings: { ...ocecoDemoSettings(sim.url), timeoutMs: 1000 },
    identitySecret: SECRET,
    logger: createLogger('volunteering-test', 'silent'),
    tuning: fastTuning,
  });
  cleanups.push(() => server.close());
  const url = await server.listen(0);
  /** Runs an operation as a member (hub admin or not). */
  async function ask<T = any>(query: string, variables: Record<string, unknown>, as: { memberId: string; isAdmin?: boolean }) {
    const identity = signIdentity({ kind: 'member', memberId: as.memberId, isAdmin: as.isAdmin ?? false, requestId: 'test' }, SECRET);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: GraphError[] };
  }
  return { sim, url, ask };
}
