import { randomUUID } from 'node:crypto';
import { signIdentity, verifyIdentity, type Identity } from '@alambic/subgraph-kit';

export const SESSION_COOKIE = 'alambic_session';
export const SESSION_TTL_SECONDS = 7 * 24 * 3600;

export interface Session {
  memberId: string;
  isAdmin: boolean;
}

/** A session cookie is a signed, expiring identity (the same format as the subgraph header, another secret). */
export function signSession(session: Session, secret: string): string {
  return signIdentity({ kind: 'member', memberId: session.memberId, isAdmin: session.isAdmin, requestId: 'session' }, secret, SESSION_TTL_SECONDS);
}

/** The identity of a request arriving now: the member of a valid session cookie, or anonymous. */
export function identityFromCookie(cookie: string | undefined, secret: string, requestId: string = randomUUID()): Identity {
  const startedAt = Date.now();
  if (cookie) {
    try {
      const session = verifyIdentity(cookie, secret);
      if (session.kind === 'member' && session.memberId) return { ...session, requestId, startedAt };
    } catch {
      // An expired or forged cookie is simply no session.
    }
  }
  return { kind: 'anonymous', memberId: null, isAdmin: false, requestId, startedAt };
}
