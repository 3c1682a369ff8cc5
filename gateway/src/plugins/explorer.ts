import type { ApolloServerPlugin } from '@apollo/server';

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

/** A GraphiQL explorer that works with no internet: everything is inlined in one page, rendered once. GraphiQL's
 * bundle (15 MB of heap) is loaded on the first visit only: most hubs serve pages and queries, not the explorer. */
export function useOfflineExplorer(): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            async html() {
              const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
              html ??= renderGraphiQL({ endpoint: '/graphql', title: 'Alambic — explorateur GraphQL', defaultQuery, credentials: 'same-origin' } as never);
              return html;
            },
          };
        },
      };
    },
  };
}
