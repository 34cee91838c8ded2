// Exact rational numbers for areas, plot ratios and quotas (domain.md Decisions 2: "no binary floating
// point; 15.5 亩 is exactly 31/30 公顷"). A BigInt numerator over a BigInt denominator, always in lowest terms
// with a positive denominator, so that the rest of the code never sees a JS number for an area.
// (BENCHMARKS.md: this used to wrap fraction.js; the library allocated a Fraction and three BigInts per value and
// parsed decimal text through several regexes. Same values, same canonical numerator/denominator, a third of
// the allocations — the representation is private, so the swap changed nothing outside this file.)

const DECIMAL = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))$/;
/** 10^k as BigInt, for the short decimals of spreadsheet cells. */
const POW10: bigint[] = Array.from({ length: 31 }, (_, k) => 10n ** BigInt(k));
const pow10 = (k: number): bigint => POW10[k] ?? 10n ** BigInt(k);
/** 10^k as a double, exact for k ≤ 22. */
const DOUBLE_POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * The denominators of reduced short decimals (divisors of 10^k: 2^i·5^j), one BigInt each: every area parsed from a
 * cell made a BigInt of its own for one of a few dozen denominators: ≈ 150,000 BigInts (3.6 MB) fewer at ten times
 * Zhejiang's year (BENCHMARKS.md "The 10× peak, fifth pass").
 */
const DENOMINATORS = new Map<number, bigint>();
function denominator(d: number): bigint {
  let b = DENOMINATORS.get(d);
  if (b === undefined) { b = BigInt(d); DENOMINATORS.set(d, b); }
  return b;
}
/** 2^53: the integers up to it are exact doubles. */
const MAX_EXACT_INTEGER = 2n ** 53n;

/** Greatest common divisor of two non-negative integers (Euclid). */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) { const t = a % b; a = b; b = t; }
  return a;
}

export class Exact {
  /** Lowest terms, den > 0. */
  private constructor(private readonly num: bigint, private readonly den: bigint) {}

  /** n/d in lowest terms with a positive denominator. */
  private static make(n: bigint, d: bigint): Exact {
    if (d === 0n) throw new RangeError('division by zero');
    if (d < 0n) { n = -n; d = -d; }
    if (n === 0n) return Exact.ZERO;
    if (d === 1n) return new Exact(n, 1n);
    const g = gcd(n < 0n ? -n : n, d);
    return g === 1n ? new Exact(n, d) : new Exact(n / g, d / g);
  }

  static readonly ZERO = new Exact(0n, 1n);
  static readonly ONE = new Exact(1n, 1n);

  /** n / 10^k for an integer |n| < 10^15 and k ≤ 15, reduced in doubles (exact below 2^53) before any BigInt is made:
   *  the same lowest terms as make(BigInt(n), 10^k) with a third of its BigInt work (BENCHMARKS.md "Reading CPU at 1×"). */
  private static fromScaled(n: number, k: number): Exact {
    if (n === 0) return Exact.ZERO;
    const d = DOUBLE_POW10[k]!;
    let a = n < 0 ? -n : n, b = d;
    while (b !== 0) { const t = a % b; a = b; b = t; }
    return a === d ? new Exact(BigInt(n / d), 1n) : new Exact(BigInt(n / a), denominator(d / a));
  }

  /** From a plain decimal string such as "123.45", "-0.5", "1e3" is NOT accepted. Throws on anything else. */
  static parseDecimal(text: string): Exact {
    // Unsigned text of at most 15 digits (what cells hold): read in doubles, all exact.
    if (text.length <= 16) {
      let n = 0, digits = 0, k = -1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) { n = n * 10 + (c - 48); digits++; if (k >= 0) k++; }
        else if (c === 46 && k < 0) k = 0;
        else { digits = -1; break; }
      }
      if (digits > 0 && digits <= 15) return Exact.fromScaled(n, k < 0 ? 0 : k);
    }
    const m = DECIMAL.exec(text);
    if (!m) throw new RangeError(`not a plain decimal: ${JSON.stringify(text)}`);
    const intPart = m[2] ?? '';
    let fracPart = m[3] ?? m[4] ?? '';
    // Trailing zeros of the fraction change nothing ("1.50" = 3/2): drop them before building the BigInts.
    let end = fracPart.length;
    while (end > 0 && fracPart.charCodeAt(end - 1) === 48) end--;
    if (end !== fracPart.length) fracPart = fracPart.slice(0, end);
    const n = BigInt((intPart || '0') + fracPart);
    return Exact.make(m[1] === '-' ? -n : n, pow10(fracPart.length));
  }

  /** The value again after a structured clone (a worker thread's message: src/app/read-worker.ts), which keeps
   *  the fields but not the class. Anything but a lowest-terms fraction with a positive denominator is refused. */
  static revive(cloned: unknown): Exact {
    const { num, den } = (cloned ?? {}) as { num?: unknown; den?: unknown };
    if (typeof num !== 'bigint' || typeof den !== 'bigint' || den <= 0n) throw new TypeError('not a cloned Exact');
    const value = Exact.make(num, den);
    if (value.num !== num || value.den !== den) throw new TypeError('not a cloned Exact (not in lowest terms)');
    return value;
  }

  /** From an integer or a ratio of integers. */
  static of(n: bigint | number, d: bigint | number = 1n): Exact {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
    if (typeof d === 'number' && !Number.isSafeInteger(d)) throw new RangeError(`not an integer: ${d}`);
    return Exact.make(BigInt(n), BigInt(d));
  }

  /**
   * From a JS number read out of a spreadsheet cell (Excel stores numbers as binary doubles).
   * We take the shortest decimal that round-trips (what Excel shows), never the binary expansion:
   * 0.1 → 1/10, not 3602879701896397/36028797018963968.
   */
  static fromCellNumber(value: number): Exact {
    if (!Number.isFinite(value)) throw new RangeError(`not finite: ${value}`);
    // Fast path, same result: the first k ≤ 6 for which value × 10^k is an integer s below 10^15 whose s / 10^k
    // gives back the same double. s / 10^k is then a decimal of at most 15 significant digits that round-trips,
    // and two different decimals of at most 15 significant digits never round to one double (DBL_DIG = 15), so it
    // is the value of the shortest round-trip text that the slow path below parses.
    let scale = 1;
    for (let k = 0; k <= 6; k++, scale *= 10) {
      const s = value * scale;
      if (Number.isInteger(s)) {
        if (Math.abs(s) < 1e15 && s / scale === value) return Exact.fromScaled(s, k);
        break;
      }
    }
    const text = value.toString();
    const e = text.indexOf('e');
    if (e >= 0) {
      const exp = Number(text.slice(e + 1));
      const m = Exact.parseDecimal(text.slice(0, e));
      const scale = pow10(Math.abs(exp));
      return exp >= 0 ? Exact.make(m.num * scale, m.den) : Exact.make(m.num, m.den * scale);
    }
    return Exact.parseDecimal(text);
  }

  get numerator(): bigint { return this.num; }
  get denominator(): bigint { return this.den; }

  add(o: Exact): Exact {
    if (this.den === o.den) return Exact.make(this.num + o.num, this.den);
    return Exact.make(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Exact): Exact {
    if (this.den === o.den) return Exact.make(this.num - o.num, this.den);
    return Exact.make(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Exact | number): Exact {
    const x = o instanceof Exact ? o : Exact.of(o);
    return Exact.make(this.num * x.num, this.den * x.den);
  }
  div(o: Exact | number): Exact {
    const d = o instanceof Exact ? o : Exact.of(o);
    if (d.isZero()) throw new RangeError('division by zero');
    return Exact.make(this.num * d.den, this.den * d.num);
  }
  neg(): Exact { return this.num === 0n ? this : new Exact(-this.num, this.den); }
  cmp(o: Exact): -1 | 0 | 1 {
    const a = this.den === o.den ? this.num : this.num * o.den;
    const b = this.den === o.den ? o.num : o.num * this.den;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  eq(o: Exact): boolean { return this.num === o.num && this.den === o.den; }
  lt(o: Exact): boolean { return this.cmp(o) < 0; }
  lte(o: Exact): boolean { return this.cmp(o) <= 0; }
  gt(o: Exact): boolean { return this.cmp(o) > 0; }
  gte(o: Exact): boolean { return this.cmp(o) >= 0; }
  isZero(): boolean { return this.num === 0n; }
  isNegative(): boolean { return this.num < 0n; }
  min(o: Exact): Exact { return this.lte(o) ? this : o; }
  max(o: Exact): Exact { return this.gte(o) ? this : o; }

  /** Round half away from zero ("四舍五入", half-up for the non-negative figures of the Measures). */
  roundHalfUp(decimals: number): Exact {
    const scale = pow10(decimals);
    const n = this.num;
    const d = this.den;
    if (scale % d === 0n) return this; // already has at most `decimals` places
    const abs = n < 0n ? -n : n;
    // floor((abs*scale)/d + 1/2) = floor((2*abs*scale + d) / (2d))
    const q = (2n * abs * scale + d) / (2n * d);
    return Exact.make(n < 0n ? -q : q, scale);
  }

  /** Decimal text rounded half-up to `decimals` places, always with exactly that many places. */
  toFixed(decimals: number): string {
    const r = this.roundHalfUp(decimals);
    const scale = pow10(decimals);
    // r = n/d with d dividing scale
    const scaled = (r.num * scale) / r.den;
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
   * A JS number for output only (JSON, workbook cells): the value rounded half-up to `decimals` places, as the
   * number its toFixed text parses to, so 0.0173 prints as 0.0173 (`x.roundHalfUp(d).toNumber(d)` is
   * `x.toNumber(d)`). Never use it for arithmetic.
   */
  toNumber(decimals: number): number {
    // Number(this.toFixed(decimals)) without the text: the rounded value is ±q / 10^decimals, and while q and
    // 10^decimals are exact doubles, one correctly rounded division gives the double nearest to that decimal, which
    // is what parsing its text gives (ECMA-262 Number::divide, StringToNumber). Every figure of a workbook or a JSON
    // goes through here (the plan workbook's writer, BENCHMARKS.md).
    const scale = pow10(decimals);
    const n = this.num;
    const d = this.den;
    const abs = n < 0n ? -n : n;
    const q = scale % d === 0n ? abs * (scale / d) : (2n * abs * scale + d) / (2n * d);
    if (decimals > 22 || q > MAX_EXACT_INTEGER) return Number(this.toFixed(decimals));
    const x = Number(q) / Number(scale);
    return n < 0n && q !== 0n ? -x : x; // toFixed writes no sign for a value rounded to 0
  }

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
