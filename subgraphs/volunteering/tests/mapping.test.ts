import { describe, expect, it } from 'vitest';
import { balancesOf, creditsOf, parseOcecoDate, parseOcecoId, toVolunteerAction, unitOf } from '../src/oceco/mapping.js';

const org = '5d9f0c0e40bb4e2b3c8b4567';

describe('Oceco mapping', () => {
  it('accepts both id forms, EJSON oids and DDP’s “-” prefix, and rejects the rest', () => {
    expect(parseOcecoId({ _str: '5f7c00000000000000001000' })).toBe('5f7c00000000000000001000');
    expect(parseOcecoId('5f7c00000000000000001000')).toBe('5f7c00000000000000001000');
    expect(parseOcecoId({ $type: 'oid', $value: '5f7c00000000000000001000' })).toBe('5f7c00000000000000001000');
    expect(parseOcecoId('-5f7c00000000000000001000')).toBe('5f7c00000000000000001000');
    expect(parseOcecoId('-not-hex')).toBe('-not-hex');
    expect(parseOcecoId('')).toBeNull();
    expect(parseOcecoId(42)).toBeNull();
    expect(parseOcecoId({ id: 'x' })).toBeNull();
  });

  it('reads offset strings, ISO dates, EJSON dates and unix seconds', () => {
    expect(parseOcecoDate('2020-10-17T22:05:00+04:00')?.toISOString()).toBe('2020-10-17T18:05:00.000Z');
    expect(parseOcecoDate({ $date: 0 })?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(parseOcecoDate(1602500000)?.toISOString()).toBe('2020-10-12T10:53:20.000Z');
    expect(parseOcecoDate('pas une date')).toBeNull();
    expect(parseOcecoDate(undefined)).toBeNull();
  });

  it('reads the balance of the organisation only, 0 when the wallet is absent', () => {
    const citoyen = { userWallet: { [org]: { userCredits: 7 }, other: { userCredits: 99 } } };
    expect(creditsOf(citoyen, org)).toBe(7);
    expect(creditsOf({}, org)).toBe(0);
    expect(creditsOf({ userWallet: { other: { userCredits: 3 } } }, org)).toBe(0);
    expect(creditsOf({ userWallet: { [org]: { userCredits: 'x' } } }, org)).toBe(0);
    expect(balancesOf(new Map<string, Record<string, unknown>>([['a', citoyen], ['b', {}]]), org)).toEqual(new Map([['a', 7], ['b', 0]]));
  });

  it('takes the unit label from oceco.account.textUnite, « R » by default', () => {
    expect(unitOf({ oceco: { account: { textUnite: 'Ti-Rand' } } })).toBe('Ti-Rand');
    expect(unitOf({ oceco: { account: { textUnite: '  ' } } })).toBe('R');
    expect(unitOf({ oceco: {} })).toBe('R');
    expect(unitOf(undefined)).toBe('R');
  });

  it('maps an action with participants in every state', () => {
    const action = toVolunteerAction({
      _id: { _str: '5f7c00000000000000001000' },
      name: 'Tenir le bar',
      parentType: 'events',
      parentId: '5f3c00000000000000000100',
      status: 'todo',
      credits: 3,
      min: 1,
      max: 4,
      startDate: '2020-10-17T16:00:00.000Z',
      links: { contributors: { a: { type: 'citoyens' }, b: {}, c: {}, d: {} } },
      finishedBy: { b: 'toModerate', c: 'validated', d: 'novalidated' },
    });
    expect(action).toMatchObject({ id: '5f7c00000000000000001000', credits: 3, min: 1, max: 4, endDate: null, status: 'todo', parentType: 'events' });
    expect(action?.participants).toEqual([
      { citoyenId: 'a', state: 'JOINED' },
      { citoyenId: 'b', state: 'TO_MODERATE' },
      { citoyenId: 'c', state: 'VALIDATED' },
      { citoyenId: 'd', state: 'REFUSED' },
    ]);
    expect(toVolunteerAction({ _id: 'x', parentType: 'nowhere', parentId: 'y' })).toBeNull();
  });
});
