import type { CombinedError } from '@urql/core';
import type { GraphQLError } from 'graphql';

/** The codes the gateway sends that the UI reacts to (see the README's table of error codes). */
export type ErrorCode = 'UNAUTHENTICATED' | 'SUBGRAPH_UNAVAILABLE' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_ERROR';

function codeOf(error: GraphQLError): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The tool a GraphQL error names in `extensions.source` ("Odoo", "TiBillet", "Oceco"), if any. */
export function sourceOf(error: GraphQLError): string | undefined {
  const source = error.extensions?.source;
  return typeof source === 'string' && source !== '' ? source : undefined;
}

export function hasCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return !!error?.graphQLErrors.some((e) => codeOf(e) === code);
}

/** True when the session is missing or expired: the page should send the member to /connexion. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  if (!error) return false;
  const status = (error.response as Response | undefined)?.status;
  return status === 401 || hasCode(error, 'UNAUTHENTICATED');
}

/** Names of the tools reported unavailable, without duplicates, e.g. ["Odoo"]. */
export function unavailableSources(error: CombinedError | undefined): string[] {
  const names = (error?.graphQLErrors ?? [])
    .filter((e) => codeOf(e) === 'UPSTREAM_UNAVAILABLE' || codeOf(e) === 'UPSTREAM_ERROR' || sourceOf(e))
    .map((e) => sourceOf(e) ?? 'externe');
  return [...new Set(names)];
}

/** The tool behind the errors at a path that starts with `prefix` (e.g. ["circles", 3, "actuals"]). */
export function sourceAt(error: CombinedError | undefined, prefix: readonly (string | number)[]): string | undefined {
  const match = error?.graphQLErrors.find((e) => prefix.every((part, i) => e.path?.[i] === part));
  return match ? sourceOf(match) : undefined;
}

/** A sentence in French for a request that gave no usable data. */
export function describeError(error: CombinedError): string {
  if (isUnauthenticated(error)) return 'Votre session a expiré : reconnectez-vous.';
  if (error.networkError) return 'Le serveur Alambic ne répond pas. Vérifiez votre connexion puis réessayez.';
  if (hasCode(error, 'SUBGRAPH_UNAVAILABLE')) {
    return 'Une partie du hub est indisponible pour le moment. Réessayez dans un instant.';
  }
  const sources = unavailableSources(error);
  if (sources.length > 0) return `Données ${sources.join(', ')} indisponibles pour le moment.`;
  const message = error.graphQLErrors[0]?.message;
  return message ? `Erreur : ${message}` : 'Une erreur inattendue est survenue.';
}
