import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { GatewayContext } from '../data-sources/signed-data-source.js';

export interface ResponseCacheOptions {
  /** Longest time an answer is kept; 0 turns the cache off. Subgraphs may ask for less (their `Cache-Control`). */
  maxAgeSeconds: number;
  /** @default 16 MiB */
  maxSizeBytes?: number;
}

/** Whole answers to queries, kept per member for as long as every subgraph that contributed allows (the gateway reads
 * their `Cache-Control`: the smallest max-age wins, `no-store` or a missing header keeps nothing). Answers with errors
 * are never kept. Any mutation forgets everything: answers kept before it are keyed by an older generation, even those
 * of queries still running while it ran. Browsers get no cache header: only this cache knows when to forget. */
export function useResponseCache({ maxAgeSeconds, maxSizeBytes = 16 * 1024 * 1024 }: ResponseCacheOptions): ApolloServerPlugin<GatewayContext>[] {
  const noHttpCacheHeaders = ApolloServerPluginCacheControl({ calculateHttpHeaders: false });
  if (maxAgeSeconds <= 0) return [noHttpCacheHeaders];
  const cache = new InMemoryLRUCache<string>({ maxSize: maxSizeBytes });
  let generation = 0;
  const forgetAll: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ overallCachePolicy }) {
          // Every answer depends on who asks (visibility, personal pages): kept per member, never shared.
          overallCachePolicy.restrict({ maxAge: maxAgeSeconds, scope: 'PRIVATE' });
        },
        async willSendResponse({ operation }) {
          if (operation?.operation !== 'mutation') return;
          generation += 1;
          cache.clear();
        },
      };
    },
  };
  return [
    noHttpCacheHeaders,
    forgetAll,
    responseCachePlugin<GatewayContext>({
      cache,
      sessionId: async ({ contextValue: { identity } }) => (identity.kind === 'anonymous' ? null : `${identity.kind}:${identity.memberId}:${identity.isAdmin}`),
      shouldReadFromCache: async ({ contextValue: { identity } }) => identity.kind !== 'anonymous',
      shouldWriteToCache: async ({ contextValue: { identity } }) => identity.kind !== 'anonymous',
      extraCacheKeyData: async () => generation,
    }),
  ];
}
