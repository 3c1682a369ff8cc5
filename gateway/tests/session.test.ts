import { describe, expect, it } from 'vitest';
import { identityFromCookie, signSession } from '../src/session.js';

const secret = 'x'.repeat(40);

describe('session cookie', () => {
  it('identifies the member of a valid cookie', () => {
    const before = Date.now();
    const identity = identityFromCookie(signSession({ memberId: 'm1', isAdmin: false }, secret), secret, 'req-1');
    expect(identity).toEqual({ kind: 'member', memberId: 'm1', isAdmin: false, requestId: 'req-1', startedAt: expect.any(Number) });
    expect(identity.startedAt).toBeGreaterThanOrEqual(before);
  });

  it('treats a missing, forged or foreign cookie as anonymous', () => {
    expect(identityFromCookie(undefined, secret).kind).toBe('anonymous');
    expect(identityFromCookie('v1.abc.def', secret).kind).toBe('anonymous');
    expect(identityFromCookie(signSession({ memberId: 'm1', isAdmin: true }, 'y'.repeat(40)), secret).kind).toBe('anonymous');
  });
});
