// Exact areas and calendar dates as the sample files write them. Areas are generated as whole units of the
// precision a file keeps (m², 0.01 m², 0.01 亩) so that every written figure is exactly the intended value
// (house rule: no binary floating point for areas). Dates are 'YYYY-MM-DD' strings: time-zone free.
import { Exact } from '../../src/domain/exact.js';
import type { Rng } from './prng.js';

export type IsoDate = string;

export const M2_PER_HA = 10_000;
export const MU_PER_HA = 15;

export function haFromM2(m2: number | bigint, hundredths = false): Exact {
  return hundredths ? Exact.of(m2, 100 * M2_PER_HA) : Exact.of(m2, M2_PER_HA);
}
export function haFromMuHundredths(muHundredths: number): Exact { return Exact.of(muHundredths, 100 * MU_PER_HA); }
export function haToM2(ha: Exact): Exact { return ha.mul(M2_PER_HA); }
export function haToMu(ha: Exact): Exact { return ha.mul(MU_PER_HA); }

/** The value's decimal text with exactly `decimals` places; refuses to round (a written figure must be exact). */
export function exactText(value: Exact, decimals: number): string {
  if (!value.roundHalfUp(decimals).eq(value)) throw new RangeError(`${value.toString()} needs more than ${decimals} decimals`);
  return value.toFixed(decimals);
}

/** Smallest multiple of 10^-decimals that is ≥ value. */
export function ceilTo(value: Exact, decimals: number): Exact {
  const scale = 10n ** BigInt(decimals);
  const n = value.numerator * scale;
  const d = value.denominator;
  const q = n >= 0n ? (n + d - 1n) / d : n / d;
  return Exact.of(q, scale);
}

/** Largest multiple of 10^-decimals that is ≤ value. */
export function floorTo(value: Exact, decimals: number): Exact {
  const scale = 10n ** BigInt(decimals);
  const n = value.numerator * scale;
  const d = value.denominator;
  const q = n >= 0n ? n / d : -((-n + d - 1n) / d);
  return Exact.of(q, scale);
}

/** "12,345.60" — thousands separators as some exports print them. */
export function withSeparators(text: string): string {
  const [int = '', frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Year-end rush: more filings in December, as in real supply data. */
const monthWeights = [6, 6, 8, 8, 8, 9, 8, 8, 9, 9, 10, 14] as const;

function daysIn(year: number, month: number): number { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** A day of `year`, months weighted toward December; working days only (Mon–Fri). */
export function dayInYear(rng: Rng, year: number, range: { from?: number; to?: number } = {}): IsoDate {
  const from = range.from ?? 1;
  const to = range.to ?? 12;
  let total = 0;
  for (let m = from; m <= to; m++) total += monthWeights[m - 1] as number;
  let x = rng.next() * total;
  let month = from;
  for (let m = from; m <= to; m++) {
    x -= monthWeights[m - 1] as number;
    if (x < 0) { month = m; break; }
    month = m;
  }
  let day = rng.int(1, daysIn(year, month));
  for (let i = 0; i < 7; i++) {
    const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (dow !== 0 && dow !== 6) break;
    day = day >= daysIn(year, month) ? 1 : day + 1;
  }
  return isoDate(year, month, day);
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoDate(ny, nm, Math.min(d, daysIn(ny, nm)));
}

export type DateStyle = 'iso' | 'slash' | 'dot' | 'cjk' | 'compact';

/** The date formats of inputs.md "Reading rules". */
export function formatDate(date: IsoDate, style: DateStyle): string {
  const [y, m, d] = parts(date);
  switch (style) {
    case 'iso': return date;
    case 'slash': return `${y}/${m}/${d}`;
    case 'dot': return `${y}.${m}.${d}`;
    case 'cjk': return `${y}年${m}月${d}日`;
    case 'compact': return date.replace(/-/g, '');
  }
}

/** A JS Date at UTC midnight: exceljs writes a Date by its UTC time, not the local time. */
export function utcDate(date: IsoDate): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d));
}
