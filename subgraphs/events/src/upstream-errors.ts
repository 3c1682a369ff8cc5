import { UpstreamError } from '@alambic/connector-kit';
import { UpstreamGraphQLError } from '@alambic/subgraph-kit';

/** An `UpstreamError` as a client sees it: its message (names TiBillet, carries no URL nor key) and a stable code. */
export function toGraphQLError(error: unknown): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const unavailable = error.kind === 'UNREACHABLE' || error.kind === 'TIMEOUT' || error.kind === 'SERVER' || error.kind === 'CIRCUIT_OPEN';
  return new UpstreamGraphQLError(error.source, error.message, unavailable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR');
}

/** Awaits an upstream read, turning its failure into a GraphQL error. */
export async function upstream<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    throw toGraphQLError(error);
  }
}
