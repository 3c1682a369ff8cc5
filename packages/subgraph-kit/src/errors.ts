import { GraphQLError } from 'graphql';

/** Every error code a client of Alambic can receive (the README lists them with their meaning). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_ERROR'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Field errors carry no HTTP status: one refused field must not turn a whole response into a 4xx
 * (the gateway would then drop the subgraph's answer). A request refused as a whole passes `httpStatus`. */
export class AuthenticationError extends GraphQLError {
  constructor(message = 'Connexion requise.', httpStatus?: number) {
    super(message, { extensions: { code: 'UNAUTHENTICATED' satisfies ErrorCode, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'Action non autorisée.') {
    super(message, { extensions: { code: 'FORBIDDEN' satisfies ErrorCode } });
  }
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode, ...(field ? { field } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' satisfies ErrorCode } });
  }
}

/** An upstream tool (Odoo, TiBillet, Oceco) could not answer; the message names it in plain words. */
export class UpstreamGraphQLError extends GraphQLError {
  constructor(source: string, message: string, code: 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_ERROR' = 'UPSTREAM_UNAVAILABLE') {
    super(message, { extensions: { code: code satisfies ErrorCode, source } });
  }
}

/** Codes thrown on purpose; anything else is masked before it reaches a client. */
export const knownCodes = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_ERROR',
  'SUBGRAPH_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);
