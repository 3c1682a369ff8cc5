import type { GraphQLFormattedError } from 'graphql';
import { knownCodes, maskError } from '@alambic/subgraph-kit';

const subgraphDown = /request to .* failed|ECONNREFUSED|ECONNRESET|socket hang up|aborted|timeout|fetch failed/i;

/** What reaches a client from the gateway: known errors as they are, subgraph failures in plain words, the rest masked. */
export function maskGatewayError(formatted: GraphQLFormattedError, log: (error: GraphQLFormattedError) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const known = typeof code === 'string' && knownCodes.has(code);
  if (!known && subgraphDown.test(formatted.message)) {
    log(formatted);
    return {
      message: 'Une partie du hub ne répond pas pour le moment ; les autres données restent valables.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    };
  }
  // Apollo Gateway describes a subgraph's HTTP refusal (401, 403) with its internal URL: the code is enough.
  const { response: _response, ...extensions } = formatted.extensions ?? {};
  return maskError({ ...formatted, extensions }, log);
}
