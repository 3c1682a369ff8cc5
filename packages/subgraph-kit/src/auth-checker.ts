import type { AuthChecker } from 'type-graphql';
import type { SubgraphContext } from './context.js';
import { AuthenticationError, ForbiddenError } from './errors.js';

/** `@Authorized()` requires a signed-in member (or a trusted service); `@Authorized('ADMIN')` an admin.
 * Refusals are thrown as our own errors, so their message is French and their code stable. */
export const memberAuthChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  const { identity } = context;
  if (identity.kind === 'anonymous') throw new AuthenticationError('Connexion requise : connectez-vous pour voir ces données.');
  if (roles.includes('ADMIN') && !(identity.isAdmin || identity.kind === 'service')) {
    throw new ForbiddenError('Action réservée aux administrateur·rices du hub.');
  }
  return true;
};
