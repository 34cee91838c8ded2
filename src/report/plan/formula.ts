// Formulas that carry their exact value. Each quota cell of 汇总/分县 is written as an Excel formula with the value
// landlink computed as its cached result (outputs.md); building the formula text and its exact value from the same
// expression lets the writer check, before writing, that the formula reproduces the computed figure.
//
// Why the spreadsheet's binary arithmetic cannot change a result: every ROUND(x, d) here has an argument whose exact
// value is either a multiple of 10^-d (sums and differences of cells that hold d-decimal figures; binary noise of
// ~1e-15 is then rounded away) or at least 10^-3 units away from a rounding half-point (checked: `safe`). For the
// quota ROUND(C/3, 4), C being the county's credited area rounded to 4 decimals, c/3 (c = C in units of 10^-4) has a
// fractional part 0, 1/3 or 2/3, never near 1/2 — and it also equals ROUND(exact credited/3, 4), the Measures'
// quota (domain.md 决定 2): with exact = (c + e)·10^-4, e ∈ [-1/2, 1/2), (c + e)/3 stays within 1/6 of c/3, so
// it rounds (half-up) to the same integer. The same holds for any odd integer ratio; for another ratio the check
// below may fail and the writer then stores the computed value with a note instead of a formula.
import { Exact } from '../../domain/exact.js';

export interface Expr {
  text: string;
  value: Exact;
  /** False when binary floating point could round differently from exact arithmetic. */
  safe: boolean;
  /** True for a bare reference, literal or function call (needs no parentheses as an operand). */
  atomic: boolean;
}

const HALF_MARGIN = Exact.of(1, 1000);

/** A cell reference whose cell holds `value` (a figure already rounded to the sheet's decimals). */
export function ref(address: string, value: Exact): Expr {
  return { text: address, value, safe: true, atomic: true };
}

/** A numeric literal such as the ratio 3 (written in its shortest decimal form). */
export function lit(value: Exact): Expr {
  return { text: value.toDecimalString(12), value, safe: true, atomic: true };
}

function operand(e: Expr): string { return e.atomic ? e.text : `(${e.text})`; }

export function sub(a: Expr, b: Expr): Expr {
  return { text: `${a.text}-${operand(b)}`, value: a.value.sub(b.value), safe: a.safe && b.safe, atomic: false };
}
export function mul(a: Expr, b: Expr): Expr {
  return { text: `${operand(a)}*${operand(b)}`, value: a.value.mul(b.value), safe: a.safe && b.safe, atomic: false };
}
export function div(a: Expr, b: Expr): Expr {
  return { text: `${operand(a)}/${operand(b)}`, value: a.value.div(b.value), safe: a.safe && b.safe, atomic: false };
}

/** True when x, in units of 10^-d, is an integer or keeps a margin from the half-point between two integers. */
export function roundingIsStable(x: Exact, decimals: number): boolean {
  const units = x.mul(Exact.of(10n ** BigInt(decimals)));
  const abs = units.isNegative() ? units.neg() : units;
  const floor = abs.numerator / abs.denominator;
  const frac = abs.sub(Exact.of(floor));
  if (frac.isZero()) return true;
  const distance = frac.sub(Exact.of(1, 2));
  return (distance.isNegative() ? distance.neg() : distance).gte(HALF_MARGIN);
}

/** ROUND(x, d): half away from zero, like Excel and LibreOffice (= half-up for the non-negative figures). */
export function round(x: Expr, decimals: number): Expr {
  return {
    text: `ROUND(${x.text},${decimals})`,
    value: x.value.roundHalfUp(decimals),
    safe: x.safe && roundingIsStable(x.value, decimals),
    atomic: true,
  };
}

export function max(a: Expr, b: Expr): Expr {
  return { text: `MAX(${a.text},${b.text})`, value: a.value.max(b.value), safe: a.safe && b.safe, atomic: true };
}

/** SUM(range) over cells whose values are given. */
export function sum(range: string, values: readonly Exact[]): Expr {
  return { text: `SUM(${range})`, value: Exact.sum(values), safe: true, atomic: true };
}

/** SUMIF(criteriaRange, criterion, sumRange) with the values of the matching cells given. */
export function sumif(criteriaRange: string, criterion: string, sumRange: string, matching: readonly Exact[]): Expr {
  return { text: `SUMIF(${criteriaRange},${criterion},${sumRange})`, value: Exact.sum(matching), safe: true, atomic: true };
}
