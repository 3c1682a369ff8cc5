import type { ApolloServerPlugin } from '@apollo/server';
import { AuthenticationError } from '@alambic/subgraph-kit';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../data-sources/signed-data-source.js';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/** Introspection is for signed-in members and trusted services only. */
export function useIntrospectionForMembers(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.identity.kind === 'anonymous' && document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) && asksForSchema(document)) {
            throw new AuthenticationError('L’introspection du schéma est réservée aux membres connectés.');
          }
        },
      };
    },
  };
}
