import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const defaultQuery = `# Bienvenue dans l’explorateur d’Alambic.
# Exemple : l’arbre des cercles avec leurs dépenses réelles de l’année.
query ArbreDesCercles($annee: Int!) {
  circles {
    name
    analyticCode
    vacantRoleCount
    actuals(year: $annee) { spent collected readAt stale }
  }
}
`;

/** A GraphiQL explorer that works with no internet: everything is inlined in one page, rendered once. */
export function useOfflineExplorer(): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderGraphiQL({ endpoint: '/graphql', title: 'Alambic — explorateur GraphQL', defaultQuery, credentials: 'same-origin' } as never);
          return { html };
        },
      };
    },
  };
}
