import type { AuthChecker } from 'type-graphql';
import type { SubgraphContext } from './context.js';

/** `@Authorized()` requires a signed-in member (or a trusted service); `@Authorized('ADMIN')` an admin. */
export const memberAuthChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  const { identity } = context;
  if (identity.kind === 'anonymous') return false;
  if (roles.includes('ADMIN')) return identity.isAdmin || identity.kind === 'service';
  return true;
};
