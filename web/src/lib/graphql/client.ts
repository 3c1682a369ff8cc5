import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { isUnauthenticated } from './errors';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever the gateway answers UNAUTHENTICATED; returns a function that unsubscribes. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * The one GraphQL client of the app. Every operation is a POST with a JSON body: Apollo Server's
 * CSRF prevention rejects urql's default short GET requests. The session cookie is same-origin.
 */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
  exchanges: [
    mapExchange({
      onError(error) {
        if (isUnauthenticated(error)) unauthenticatedListeners.forEach((listener) => listener());
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
});
