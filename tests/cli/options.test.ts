// The argument parsers every command shares (src/cli/options.ts): a value is taken in the forms an officer types
// (full-width digits, 10%), anything else is refused as `argument-invalid` (exit 2, docs/spec/outputs.md).
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { InputError } from '../../src/findings/index.js';
import { parseIsoDate, parseRate, parseSeed, parseYear } from '../../src/cli/options.js';

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.finding.code;
    throw e;
  }
  return undefined;
}

describe('parseYear', () => {
  it.each([
    { text: '2025', year: 2025 },
    { text: ' 2024 ', year: 2024 },
    { text: '２０２５', year: 2025 },
    { text: '2000', year: 2000 },
    { text: '2100', year: 2100 },
  ])('$text → $year', ({ text, year }) => expect(parseYear(text)).toBe(year));

  it.each(['1999', '2101', '25', '2025年', '20255', ''])('%j is refused', (text) => {
    expect(refusal(() => parseYear(text))).toBe('argument-invalid');
  });
});

describe('parseRate', () => {
  it.each([
    { text: '0.1', rate: Exact.of(1, 10) },
    { text: '10%', rate: Exact.of(1, 10) },
    { text: '１０％', rate: Exact.of(1, 10) },
    { text: '1', rate: Exact.ONE },
    { text: '33.3%', rate: Exact.of(333, 1000) },
  ])('$text is exactly the share', ({ text, rate }) => expect(parseRate(text).eq(rate)).toBe(true));

  it.each(['0', '0%', '1.5', '101%', '-10%', 'abc', ''])('%j is refused', (text) => {
    expect(refusal(() => parseRate(text))).toBe('argument-invalid');
  });
});

describe('parseIsoDate', () => {
  it.each([
    { text: '2025-12-31', date: '2025-12-31' },
    { text: '2025-2-3', date: '2025-02-03' },
    { text: '２０２４-０２-２９', date: '2024-02-29' },
  ])('$text → $date', ({ text, date }) => expect(parseIsoDate(text, '--today')).toBe(date));

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025/12/31', '20251231', 'today'])('%j is refused', (text) => {
    expect(refusal(() => parseIsoDate(text, '--as-of'))).toBe('argument-invalid');
  });

  it('names the option in the refusal', () => {
    try {
      parseIsoDate('2025-13-01', '--as-of');
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).finding.location.value).toBe('--as-of 2025-13-01');
    }
  });
});

describe('parseSeed', () => {
  it.each([
    { text: ' S-1 ', seed: 'S-1' },
    { text: '2025', seed: '2025' },
    { text: '抽查 第一轮', seed: '抽查 第一轮' },
  ])('$text → $seed', ({ text, seed }) => expect(parseSeed(text)).toBe(seed));

  it.each(['', '   '])('%j is refused', (text) => expect(refusal(() => parseSeed(text))).toBe('argument-invalid'));
});
