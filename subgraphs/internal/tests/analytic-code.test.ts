import { describe, expect, it } from 'vitest';
import { codeProblem, nextFreeCode, recode } from '../src/circle/analytic-code.js';
import { peakFillers, termsOverlap } from '../src/role/terms.js';

describe('the digits rule of analytic codes', () => {
  it('accepts a child that extends its parent with its own digit and zeros below', () => {
    expect(codeProblem('1100', 'POLE', '1000')).toBeNull();
    expect(codeProblem('1110', 'PROJECT', '1100')).toBeNull();
    expect(codeProblem('1010', 'PROJECT', '1000')).toBeNull();
    expect(codeProblem('1111', 'ACTION', '1110')).toBeNull();
    expect(codeProblem('7000', 'GROUP', null)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(codeProblem('12a0', 'POLE', '1000')).toMatch(/quatre chiffres/);
    expect(codeProblem('0000', 'GROUP', null)).toMatch(/position 1/);
    expect(codeProblem('2100', 'POLE', '1000')).toMatch(/doit commencer par 1/);
    expect(codeProblem('1101', 'POLE', '1000')).toMatch(/zéros/);
  });

  it('picks the first free digit at the level, and recodes descendants under a new prefix', () => {
    expect(nextFreeCode('PROJECT', '1100', new Set(['1110', '1120']))).toBe('1130');
    expect(nextFreeCode('GROUP', null, new Set(['1000', '2000']))).toBe('3000');
    expect(nextFreeCode('POLE', '1000', new Set(Array.from({ length: 9 }, (_, i) => `1${i + 1}00`)))).toBeNull();
    expect(recode('1111', 2, '1220')).toBe('1221');
  });
});

describe('terms', () => {
  it('overlap when they share a day, open terms running forever', () => {
    expect(termsOverlap({ startsOn: '2026-01-01', endsOn: '2026-03-31' }, { startsOn: '2026-03-31', endsOn: null })).toBe(true);
    expect(termsOverlap({ startsOn: '2026-01-01', endsOn: '2026-03-30' }, { startsOn: '2026-03-31', endsOn: null })).toBe(false);
  });

  it('count the most fillers on one day, not every term that touches the period', () => {
    const others = [
      { startsOn: '2026-01-01', endsOn: '2026-03-31' },
      { startsOn: '2026-04-01', endsOn: null },
    ];
    expect(peakFillers({ startsOn: '2026-01-01', endsOn: null }, others)).toBe(2);
    expect(peakFillers({ startsOn: '2026-01-01', endsOn: null }, [...others, { startsOn: '2026-05-01', endsOn: null }])).toBe(3);
  });
});
