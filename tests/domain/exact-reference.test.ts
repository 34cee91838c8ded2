// exact.ts against a reference (the speed-up in BENCHMARKS.md replaced its fraction.js core with hand-written BigInt arithmetic): on random
// decimals, cell numbers and operation chains the new Exact gives the same canonical numerator/denominator and the
// same text as fraction.js 5 (the library it wrapped before). Results must stay byte-identical.
import fc from 'fast-check';
import Fraction from 'fraction.js';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';

/** The old implementation's parse: decimal text → Fraction. */
function refParse(text: string): Fraction {
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  const [intPart = '0', fracPart = ''] = body.split('.');
  return new Fraction(BigInt((intPart || '0') + fracPart) * (negative ? -1n : 1n), 10n ** BigInt(fracPart.length));
}

/** The old implementation's fromCellNumber. */
function refCell(value: number): Fraction {
  const text = value.toString();
  if (/e/i.test(text)) {
    const [mant = '0', expText = '0'] = text.toLowerCase().split('e');
    const exp = Number(expText);
    const scale = new Fraction(10n ** BigInt(Math.abs(exp)));
    return exp >= 0 ? refParse(mant).mul(scale) : refParse(mant).div(scale);
  }
  return refParse(text);
}

const parts = (f: Fraction): [bigint, bigint] => [f.s * f.n, f.d];
const same = (e: Exact, f: Fraction): void => { expect([e.numerator, e.denominator]).toEqual(parts(f)); };

const decimalText = fc.tuple(
  fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{0,9}$/), fc.option(fc.stringMatching(/^\d{0,8}$/), { nil: undefined }),
).filter(([, i, f]) => i !== '' || (f !== undefined && f !== '')).map(([s, i, f]) => (f === undefined ? `${s}${i}` : `${s}${i}.${f}`));

const cellNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.integer({ min: 0, max: 8 }).map((k) => n / 10 ** k)),
  fc.constantFrom(0, -0, 0.1, 0.2 + 0.1, 1.005, 1e-7, 1.5e21, 123456789.123456, 2 ** 53, 2 ** 53 + 2, 5e-324, 1e15, 999999999999999.9),
);

describe('Exact agrees with fraction.js', () => {
  it('parseDecimal', () => {
    fc.assert(fc.property(decimalText, (t) => { same(Exact.parseDecimal(t), refParse(t)); }), { numRuns: 2000 });
  });

  it('fromCellNumber (the shortest round-trip decimal of the double)', () => {
    fc.assert(fc.property(cellNumber, (v) => { same(Exact.fromCellNumber(v), refCell(v)); }), { numRuns: 5000 });
  });

  it.each([
    { name: 'add', op: (a: Exact, b: Exact) => a.add(b), ref: (a: Fraction, b: Fraction) => a.add(b) },
    { name: 'sub', op: (a: Exact, b: Exact) => a.sub(b), ref: (a: Fraction, b: Fraction) => a.sub(b) },
    { name: 'mul', op: (a: Exact, b: Exact) => a.mul(b), ref: (a: Fraction, b: Fraction) => a.mul(b) },
    { name: 'div', op: (a: Exact, b: Exact) => (b.isZero() ? a : a.div(b)), ref: (a: Fraction, b: Fraction) => (b.n === 0n ? a : a.div(b)) },
  ])('$name, chained', ({ op, ref }) => {
    fc.assert(fc.property(fc.array(decimalText, { minLength: 2, maxLength: 6 }), (texts) => {
      let e = Exact.parseDecimal(texts[0]!);
      let f = refParse(texts[0]!);
      for (const t of texts.slice(1)) { e = op(e, Exact.parseDecimal(t)); f = ref(f, refParse(t)); }
      same(e, f);
    }), { numRuns: 500 });
  });

  it('cmp, eq, roundHalfUp, toFixed and toDecimalString', () => {
    fc.assert(fc.property(decimalText, decimalText, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 6 }), (a, b, d, places) => {
      const x = Exact.parseDecimal(a).div(d);
      const y = Exact.parseDecimal(b);
      const fx = refParse(a).div(d);
      const fy = refParse(b);
      const c = fx.compare(fy);
      expect(x.cmp(y)).toBe(c < 0 ? -1 : c > 0 ? 1 : 0);
      expect(x.eq(y)).toBe(c === 0);
      // the old roundHalfUp: floor((2|n|·10^p + d) / 2d), sign restored
      const [n, den] = parts(fx);
      const scale = 10n ** BigInt(places);
      const q = (2n * (n < 0n ? -n : n) * scale + den) / (2n * den);
      same(x.roundHalfUp(places), new Fraction(n < 0n ? -q : q, scale));
      const digits = q.toString().padStart(places + 1, '0');
      const text = (n < 0n && q !== 0n ? '-' : '') + digits.slice(0, digits.length - places) + (places > 0 ? '.' + digits.slice(digits.length - places) : '');
      expect(x.toFixed(places)).toBe(text);
    }), { numRuns: 2000 });
  });

  it('canonical zero and signs', () => {
    expect([Exact.parseDecimal('-0.000').numerator, Exact.parseDecimal('-0.000').denominator]).toEqual([0n, 1n]);
    expect([Exact.of(3, -6).numerator, Exact.of(3, -6).denominator]).toEqual([-1n, 2n]);
    expect(() => Exact.of(1, 0)).toThrow(RangeError);
    expect(() => Exact.ONE.div(Exact.ZERO)).toThrow(RangeError);
  });
});

describe('toNumber is the number its decimal text parses to', () => {
  const ratio = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }));
  it('on random fractions, cell numbers and decimals (0 to 24 places)', () => {
    const values = fc.oneof(ratio.map(([n, d]) => Exact.of(n, d)), cellNumber.map((v) => Exact.fromCellNumber(v)), decimalText.map((t) => Exact.parseDecimal(t)));
    fc.assert(fc.property(values, fc.integer({ min: 0, max: 24 }), (e, places) => {
      expect(Object.is(e.toNumber(places), Number(e.toFixed(places)))).toBe(true);
    }), { numRuns: 5000 });
  });
  it('at the edges: rounding to zero, 2^53, halves', () => {
    for (const [text, places] of [['-0.00004', 4], ['-0.00005', 4], ['9007199254740993', 0], ['900719925474.09935', 4], ['0.00005', 4], ['1.00005', 4], ['-2.5', 0]] as const) {
      const e = Exact.parseDecimal(text);
      expect(Object.is(e.toNumber(places), Number(e.toFixed(places)))).toBe(true);
    }
  });
});
