import { describe, expect, it } from 'vitest';
import { isActiveTerm, isVacant, todayInReunion } from '../src/role/vacancy.js';

describe('vacancy', () => {
  const role = { required: true, minFillers: 1 };

  it('counts an open term as active from its first day', () => {
    expect(isActiveTerm({ startsOn: '2026-01-01', endsOn: null }, '2026-01-01')).toBe(true);
    expect(isActiveTerm({ startsOn: '2026-01-02', endsOn: null }, '2026-01-01')).toBe(false);
  });

  it('makes a required role vacant once its only term has ended', () => {
    expect(isVacant(role, [{ startsOn: '2025-01-01', endsOn: '2026-06-30' }], '2026-06-30')).toBe(false);
    expect(isVacant(role, [{ startsOn: '2025-01-01', endsOn: '2026-06-30' }], '2026-07-01')).toBe(true);
  });

  it('needs as many active fillers as the minimum', () => {
    const twoNeeded = { required: true, minFillers: 2 };
    expect(isVacant(twoNeeded, [{ startsOn: '2025-01-01', endsOn: null }], '2026-01-01')).toBe(true);
  });

  it('never reports an optional role as vacant', () => {
    expect(isVacant({ required: false, minFillers: 1 }, [], '2026-01-01')).toBe(false);
  });

  it('judges today in Indian/Reunion (UTC+4)', () => {
    expect(todayInReunion(new Date('2026-06-30T20:30:00Z'))).toBe('2026-07-01');
  });
});
