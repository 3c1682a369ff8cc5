import { describe, expect, it } from 'vitest';
import { signIdentity, verifyIdentity, type Identity } from '../src/identity.js';

const member: Identity = { kind: 'member', memberId: 'm1', isAdmin: false, requestId: 'r1' };

describe('identity header', () => {
  it('round-trips a signed identity', () => {
    expect(verifyIdentity(signIdentity(member, 's3cret'), 's3cret')).toEqual(member);
  });

  it('refuses a missing header', () => {
    expect(() => verifyIdentity(undefined, 's3cret')).toThrow(/absente/);
  });

  it('refuses a header signed with another secret', () => {
    expect(() => verifyIdentity(signIdentity(member, 'other'), 's3cret')).toThrow(/signature/);
  });

  it('refuses a tampered payload', () => {
    const [v, , sig] = signIdentity(member, 's3cret').split('.');
    const forged = Buffer.from(JSON.stringify({ ...member, isAdmin: true, exp: 9e9 })).toString('base64url');
    expect(() => verifyIdentity(`${v}.${forged}.${sig}`, 's3cret')).toThrow(/signature/);
  });

  it('refuses an expired identity', () => {
    const token = signIdentity(member, 's3cret', 30, Date.now() - 60_000);
    expect(() => verifyIdentity(token, 's3cret')).toThrow(/expirée/);
  });
});
