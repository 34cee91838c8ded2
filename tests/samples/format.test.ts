import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { addMonths, ceilTo, dayInYear, exactText, floorTo, formatDate, withSeparators } from '../../tools/samples/format.js';
import { Rng } from '../../tools/samples/prng.js';

describe('sample formatting (exact areas, inputs.md date formats)', () => {
  it.each([
    { style: 'iso', want: '2025-03-31' },
    { style: 'slash', want: '2025/3/31' },
    { style: 'dot', want: '2025.3.31' },
    { style: 'cjk', want: '2025年3月31日' },
    { style: 'compact', want: '20250331' },
  ] as const)('writes dates as $style', ({ style, want }) => {
    expect(formatDate('2025-03-31', style)).toBe(want);
  });

  it('refuses to write a figure that would need rounding', () => {
    expect(exactText(Exact.parseDecimal('1.2300'), 4)).toBe('1.2300');
    expect(() => exactText(Exact.of(31, 30), 4)).toThrow(RangeError);
  });

  it.each([
    { name: '31/30 (15.5 亩 in 公顷)', value: Exact.of(31, 30), decimals: 2, ceil: '1.04', floor: '1.03' },
    { name: '2.5', value: Exact.parseDecimal('2.5'), decimals: 0, ceil: '3', floor: '2' },
    { name: '-1.25', value: Exact.parseDecimal('-1.25'), decimals: 1, ceil: '-1.2', floor: '-1.3' },
    { name: '4.5 (already exact)', value: Exact.parseDecimal('4.5'), decimals: 1, ceil: '4.5', floor: '4.5' },
  ])('ceil/floor $name to $decimals places', ({ value, decimals, ceil, floor }) => {
    expect(ceilTo(value, decimals).toFixed(decimals)).toBe(ceil);
    expect(floorTo(value, decimals).toFixed(decimals)).toBe(floor);
  });

  it.each([
    { text: '12345.60', want: '12,345.60' },
    { text: '999.5', want: '999.5' },
    { text: '1000000', want: '1,000,000' },
  ])('thousands separators: $text', ({ text, want }) => expect(withSeparators(text)).toBe(want));

  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('dayInYear gives working days of that year only', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 500; i++) {
      const d = dayInYear(rng, 2025);
      expect(d.startsWith('2025-')).toBe(true);
      const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
      expect(dow === 0 || dow === 6).toBe(false);
    }
  });
});
