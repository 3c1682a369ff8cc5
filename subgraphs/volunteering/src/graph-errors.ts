import { isUpstreamError } from '@alambic/connector-kit';
import { UpstreamGraphQLError } from '@alambic/subgraph-kit';

/** An upstream failure as the error a client sees: the message names the tool in plain French, nothing else. */
export function toGraphQLError(error: unknown): unknown {
  if (!isUpstreamError(error)) return error;
  const refused = error.kind === 'CREDENTIALS' || error.kind === 'FORBIDDEN' || error.kind === 'BAD_REQUEST' || error.kind === 'NOT_FOUND';
  return new UpstreamGraphQLError(error.source, error.message, refused ? 'UPSTREAM_ERROR' : 'UPSTREAM_UNAVAILABLE');
}
