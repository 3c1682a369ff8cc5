import type { ApolloServerPlugin } from '@apollo/server';
import { currentFreshness } from '@alambic/connector-kit';

/** Tells the gateway how long this answer may be reused: `Cache-Control: max-age=N, private` (every answer depends on
 * who asks), or `no-store` for a mutation, an answer with errors, or data that must not wait (live, stale). */
export function freshnessHeader(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          const complete = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          const seconds = complete && operation?.operation === 'query' ? (currentFreshness()?.maxAgeSeconds ?? 0) : 0;
          response.http.headers.set('cache-control', seconds > 0 ? `max-age=${seconds}, private` : 'no-store');
        },
      };
    },
  };
}
