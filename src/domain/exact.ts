// Exact rational numbers for areas, plot ratios and quotas (domain.md Decisions 2: "no binary floating
// point; 15.5 亩 is exactly 31/30 公顷"). A thin wrapper over fraction.js (BigInt numerator/denominator)
// so that the rest of the code never sees a JS number for an area, and so the library can be swapped.
import Fraction from 'fraction.js';

export class Exact {
  private constructor(private readonly f: Fraction) {}

  static readonly ZERO = new Exact(new Fraction(0));
  static readonly ONE = new Exact(new Fraction(1));

  /** From a plain decimal string such as "123.45", "-0.5", "1e3" is NOT accepted. Throws on anything else. */
  static parseDecimal(text: string): Exact {
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) throw new RangeError(`not a plain decimal: ${JSON.stringify(text)}`);
    const negative = text.startsWith('-');
    const body = text.replace(/^[+-]/, '');
    const [intPart = '0', fracPart = ''] = body.split('.');
    const n = BigInt((intPart || '0') + fracPart) * (negative ? -1n : 1n);
    const d = 10n ** BigInt(fracPart.length);
    return new Exact(new Fraction(n, d));
  }

  /** From an integer or a ratio of integers. */
  static of(n: bigint | number, d: bigint | number = 1n): Exact {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
    if (typeof d === 'number' && !Number.isSafeInteger(d)) throw new RangeError(`not an integer: ${d}`);
    return new Exact(new Fraction(BigInt(n), BigInt(d)));
  }

  /**
   * From a JS number read out of a spreadsheet cell (Excel stores numbers as binary doubles).
   * We take the shortest decimal that round-trips (what Excel shows), never the binary expansion:
   * 0.1 → 1/10, not 3602879701896397/36028797018963968.
   */
  static fromCellNumber(value: number): Exact {
    if (!Number.isFinite(value)) throw new RangeError(`not finite: ${value}`);
    const text = value.toString();
    if (/e/i.test(text)) {
      const [mant = '0', expText = '0'] = text.toLowerCase().split('e');
      const exp = Number(expText);
      const m = Exact.parseDecimal(mant);
      const scale = Exact.of(10n ** BigInt(Math.abs(exp)));
      return exp >= 0 ? m.mul(scale) : m.div(scale);
    }
    return Exact.parseDecimal(text);
  }

  get numerator(): bigint { return (this.f.s as bigint) * (this.f.n as bigint); }
  get denominator(): bigint { return this.f.d as bigint; }

  add(o: Exact): Exact { return new Exact(this.f.add(o.f)); }
  sub(o: Exact): Exact { return new Exact(this.f.sub(o.f)); }
  mul(o: Exact | number): Exact { return new Exact(this.f.mul(o instanceof Exact ? o.f : Exact.of(o).f)); }
  div(o: Exact | number): Exact {
    const d = o instanceof Exact ? o : Exact.of(o);
    if (d.isZero()) throw new RangeError('division by zero');
    return new Exact(this.f.div(d.f));
  }
  neg(): Exact { return new Exact(this.f.neg()); }
  cmp(o: Exact): -1 | 0 | 1 { const c = this.f.compare(o.f); return c < 0 ? -1 : c > 0 ? 1 : 0; }
  eq(o: Exact): boolean { return this.cmp(o) === 0; }
  lt(o: Exact): boolean { return this.cmp(o) < 0; }
  lte(o: Exact): boolean { return this.cmp(o) <= 0; }
  gt(o: Exact): boolean { return this.cmp(o) > 0; }
  gte(o: Exact): boolean { return this.cmp(o) >= 0; }
  isZero(): boolean { return this.numerator === 0n; }
  isNegative(): boolean { return this.numerator < 0n; }
  min(o: Exact): Exact { return this.lte(o) ? this : o; }
  max(o: Exact): Exact { return this.gte(o) ? this : o; }

  /** Round half away from zero ("四舍五入", half-up for the non-negative figures of the Measures). */
  roundHalfUp(decimals: number): Exact {
    const scale = 10n ** BigInt(decimals);
    const n = this.numerator;
    const d = this.denominator;
    const abs = n < 0n ? -n : n;
    // floor((abs*scale)/d + 1/2) = floor((2*abs*scale + d) / (2d))
    const q = (2n * abs * scale + d) / (2n * d);
    return new Exact(new Fraction(n < 0n ? -q : q, scale));
  }

  /** Decimal text rounded half-up to `decimals` places, always with exactly that many places. */
  toFixed(decimals: number): string {
    const r = this.roundHalfUp(decimals);
    const scale = 10n ** BigInt(decimals);
    // r = n/d with d dividing scale
    const scaled = (r.numerator * scale) / r.denominator;
    const neg = scaled < 0n;
    const digits = (neg ? -scaled : scaled).toString().padStart(decimals + 1, '0');
    const intPart = digits.slice(0, digits.length - decimals);
    const fracPart = digits.slice(digits.length - decimals);
    return (neg ? '-' : '') + intPart + (decimals > 0 ? '.' + fracPart : '');
  }

  /** Shortest exact decimal text when the value terminates within `maxDecimals`, else rounded. */
  toDecimalString(maxDecimals = 10): string {
    const fixed = this.toFixed(maxDecimals);
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  }

  /**
   * A JS number for output only (JSON, workbook cells), from an already-rounded value: the decimal text
   * is converted once, so 0.0173 prints as 0.0173. Never use it for arithmetic.
   */
  toNumber(decimals: number): number { return Number(this.toFixed(decimals)); }

  toString(): string { return this.toDecimalString(); }

  static sum(values: Iterable<Exact>): Exact {
    let acc = Exact.ZERO;
    for (const v of values) acc = acc.add(v);
    return acc;
  }
}

// Units (inputs.md "Areas"; glossary: 1 公顷 = 15 亩 = 10,000 m²).
export type AreaUnit = 'ha' | 'mu' | 'm2';
export const HA_PER: Record<AreaUnit, Exact> = {
  ha: Exact.ONE,
  mu: Exact.of(1, 15),
  m2: Exact.of(1, 10_000),
};
export function toHectares(value: Exact, unit: AreaUnit): Exact { return value.mul(HA_PER[unit]); }
export function hectaresToMu(ha: Exact): Exact { return ha.mul(15); }
