import { isUpstreamError, type UpstreamError } from '@alambic/connector-kit';
import { UpstreamGraphQLError } from '@alambic/subgraph-kit';

/** An Odoo failure as a GraphQL error that names Odoo and says what happened, without URL, key or traceback. */
export function toGraphQLError(error: UpstreamError): UpstreamGraphQLError {
  const unavailable = ['UNREACHABLE', 'TIMEOUT', 'SERVER', 'CIRCUIT_OPEN'].includes(error.kind);
  return new UpstreamGraphQLError(error.source, error.message, unavailable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_ERROR');
}

/** Runs a read against Odoo; an `UpstreamError` becomes its GraphQL error, anything else is left to the masking. */
export async function fromOdoo<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw isUpstreamError(error) ? toGraphQLError(error) : error;
  }
}
