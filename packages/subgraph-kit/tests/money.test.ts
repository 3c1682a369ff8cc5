import { describe, expect, it } from 'vitest';
import { centsFromDecimal, centsFromUpstreamNumber, formatCents } from '../src/money.js';

describe('money', () => {
  it('parses unpadded decimals exactly', () => {
    expect(centsFromDecimal('10')).toBe(1000);
    expect(centsFromDecimal('12.5')).toBe(1250);
    expect(centsFromDecimal('-3.07')).toBe(-307);
  });

  it('refuses more than two decimals and garbage', () => {
    expect(() => centsFromDecimal('1.234')).toThrow(/invalide/);
    expect(() => centsFromDecimal('abc')).toThrow(/invalide/);
  });

  it('formats cents with two decimals', () => {
    expect(formatCents(123450)).toBe('1234.50');
    expect(formatCents(-5)).toBe('-0.05');
    expect(formatCents(0)).toBe('0.00');
  });

  it('rounds an upstream double once, at the boundary', () => {
    expect(centsFromUpstreamNumber(0.1 + 0.2)).toBe(30);
    expect(centsFromUpstreamNumber(-1234.5)).toBe(-123450);
  });
});
