// The cycle commands' own option values, parsed at the edge: a bad one is exit 2 with the value and what was expected.
import { Exact } from '../domain/exact.js';
import { InputError, finding } from '../findings/index.js';
import type { IsoDate } from '../domain/rows.js';

/** --rate: a share in (0, 1], as `0.1`, `10%` or `１０％`; exact (no binary floating point). */
export function parseRate(text: string): Exact {
  const t = text.normalize('NFKC').trim();
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1).trim() : t;
  let rate: Exact | null = null;
  try {
    rate = Exact.parseDecimal(body);
    if (percent) rate = rate.div(100);
  } catch {
    rate = null;
  }
  if (rate === null || !rate.gt(Exact.ZERO) || rate.gt(Exact.ONE)) {
    throw new InputError(finding('argument-invalid', { value: `--rate ${text}`, expected: '0 到 1 之间的比例，如 0.1 或 10%' }));
  }
  return rate;
}

/** --today / --as-of: a calendar date YYYY-MM-DD that exists. */
export function parseIsoDate(text: string, option: string): IsoDate {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  throw new InputError(finding('argument-invalid', { value: `${option} ${text}`, expected: '日期 YYYY-MM-DD，如 2025-12-31' }));
}

/** --seed: any non-empty text (trimmed). */
export function parseSeed(text: string): string {
  const t = text.trim();
  if (t === '') throw new InputError(finding('argument-invalid', { value: '--seed', expected: '非空的文字或数字' }));
  return t;
}
