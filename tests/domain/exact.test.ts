import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Exact, toHectares, hectaresToMu } from '../../src/domain/exact.js';

describe('Exact (domain.md Decisions 2)', () => {
  it('15.5 亩 is exactly 31/30 公顷', () => {
    const ha = toHectares(Exact.parseDecimal('15.5'), 'mu');
    expect([ha.numerator, ha.denominator]).toEqual([31n, 30n]);
  });
  it('12,000 m² ÷ 3.0 plot ratio is exactly 0.4 公顷', () => {
    expect(toHectares(Exact.parseDecimal('12000'), 'm2').div(Exact.parseDecimal('3.0')).eq(Exact.parseDecimal('0.4'))).toBe(true);
  });
  it('rounds half-up at the 5th decimal: 517.5 m² → quota 0.01725 → 0.0173', () => {
    const quota = toHectares(Exact.parseDecimal('517.5'), 'm2').div(3);
    expect(quota.toFixed(4)).toBe('0.0173');
    expect(Exact.parseDecimal('0.01724999').toFixed(4)).toBe('0.0172');
  });
  it('a cell number becomes its shortest decimal, not its binary expansion', () => {
    expect(Exact.fromCellNumber(0.1).eq(Exact.of(1, 10))).toBe(true);
    expect(Exact.fromCellNumber(1e-7).eq(Exact.of(1, 10_000_000))).toBe(true);
    expect(Exact.fromCellNumber(1.5e21).eq(Exact.of(15n * 10n ** 20n))).toBe(true);
  });
  it('refuses non-decimal text', () => {
    for (const bad of ['', ' ', '1e3', '0x1A', 'NaN', '1,000', '--1']) expect(() => Exact.parseDecimal(bad)).toThrow(RangeError);
  });
  it('亩 = 公顷 × 15 and toFixed pads', () => {
    expect(hectaresToMu(Exact.parseDecimal('0.2')).toFixed(2)).toBe('3.00');
    expect(Exact.ZERO.toFixed(4)).toBe('0.0000');
  });
  it('rounding is half-up and idempotent for any decimal (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), (n, places) => {
      const x = Exact.of(n, 10n ** BigInt(places));
      const r = x.roundHalfUp(4);
      expect(r.roundHalfUp(4).eq(r)).toBe(true);
      expect(r.sub(x).mul(10_000).lte(Exact.of(1, 2))).toBe(true);
      expect(x.sub(r).mul(10_000).lt(Exact.of(1, 2))).toBe(true);
    }));
  });
});

describe('Exact.revive (a value after a worker thread\'s structured clone)', () => {
  it('gives back an equal Exact for any value', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
      const x = Exact.of(n, d);
      const back = Exact.revive(structuredClone(x));
      expect(back).toBeInstanceOf(Exact);
      expect(back.eq(x)).toBe(true);
      expect([back.numerator, back.denominator]).toEqual([x.numerator, x.denominator]);
    }));
  });

  it('refuses what no Exact clones to: numbers, a zero or negative denominator, a fraction not in lowest terms', () => {
    for (const bad of [null, {}, { num: 1, den: 2 }, { num: 1n, den: 0n }, { num: 1n, den: -2n }, { num: 2n, den: 4n }, { num: 0n, den: 5n }]) {
      expect(() => Exact.revive(bad)).toThrow(TypeError);
    }
  });
});
