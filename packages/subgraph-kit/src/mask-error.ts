import type { GraphQLFormattedError } from 'graphql';
import { knownCodes } from './errors.js';

/** Keeps errors thrown on purpose and replaces anything unexpected by a plain message:
 * no stack trace, no internal URL, no secret reaches a client. */
export function maskError(formatted: GraphQLFormattedError, onUnexpected?: (error: GraphQLFormattedError) => void): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (typeof code === 'string' && knownCodes.has(code)) {
    return { ...formatted, message: stripUrls(formatted.message), extensions };
  }
  onUnexpected?.(formatted);
  return {
    message: 'Erreur interne du hub. L’incident est journalisé.',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const urlPattern = /\b(?:https?|wss?):\/\/[^\s"')]+/g;

/** Removes URLs (which may name internal hosts or carry credentials) from a message. */
export function stripUrls(message: string): string {
  return message.replace(urlPattern, '[adresse masquée]');
}
