import { createHmac, timingSafeEqual } from 'node:crypto';
import { AuthenticationError } from './errors.js';

/** The header through which the gateway tells a subgraph who is asking. */
export const IDENTITY_HEADER = 'x-alambic-identity';

export type IdentityKind = 'member' | 'anonymous' | 'service';

export interface Identity {
  kind: IdentityKind;
  /** The member asking, for kind `member`. */
  memberId: string | null;
  isAdmin: boolean;
  /** Correlates the logs of one client request across the gateway and the subgraphs. */
  requestId: string;
  /** When that client request reached the gateway (ms since the epoch): an upstream read begun after it is as fresh
   * as one its own subgraph calls would begin, so every call of one request can share it. */
  startedAt?: number;
}

interface SignedPayload extends Identity {
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** Signs an identity for one subgraph call; it expires after `ttlSeconds`. */
export function signIdentity(identity: Identity, secret: string, ttlSeconds = 60, now = Date.now()): string {
  const payload: SignedPayload = { ...identity, exp: Math.floor(now / 1000) + ttlSeconds };
  const body = b64(JSON.stringify(payload));
  return `v1.${body}.${b64(mac(secret, body))}`;
}

/** Checks the signature and expiry of an identity header; throws `AuthenticationError` otherwise. */
export function verifyIdentity(header: string | string[] | undefined, secret: string, now = Date.now()): Identity {
  if (typeof header !== 'string' || header.length === 0) {
    throw new AuthenticationError('Requête refusée : identité signée absente (passez par la passerelle Alambic).', 401);
  }
  const [version, body, signature] = header.split('.');
  if (version !== 'v1' || !body || !signature) {
    throw new AuthenticationError('Requête refusée : identité mal formée.', 401);
  }
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AuthenticationError('Requête refusée : signature d’identité invalide.', 401);
  }
  let payload: SignedPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SignedPayload;
  } catch {
    throw new AuthenticationError('Requête refusée : identité illisible.', 401);
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < now) {
    throw new AuthenticationError('Requête refusée : identité expirée.', 401);
  }
  const identity: Identity = { kind: payload.kind, memberId: payload.memberId ?? null, isAdmin: Boolean(payload.isAdmin), requestId: payload.requestId };
  return typeof payload.startedAt === 'number' ? { ...identity, startedAt: payload.startedAt } : identity;
}
