import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseNumberText } from '../../src/ingest/numbers.js';

describe('numbers (inputs.md: thousands separators, full-width digits; exact)', () => {
  it.each([
    { text: '1234.5', want: '1234.5' },
    { text: '1,234.5', want: '1234.5' },
    { text: '１２３．５', want: '123.5' },
    { text: '１２３，４５６．７８', want: '123456.78' },
    { text: ' -0.5 ', want: '-0.5' },
    { text: '\u22120.5', want: '-0.5' },
    { text: '+3', want: '3' },
    { text: '.5', want: '0.5' },
    { text: '12.', want: '12' },
    { text: '0.000001', want: '0.000001' },
    { text: '1.669100', want: '1.6691' },
  ])('$text → $want', ({ text, want }) => {
    const r = parseNumberText(text);
    expect(r.ok && r.value.toDecimalString(12)).toBe(want);
  });
  it.each([
    { text: '1e5', reason: 'scientific' },
    { text: '1.2E+3', reason: 'scientific' },
    { text: 'NaN', reason: 'not-a-number' },
    { text: 'Infinity', reason: 'not-a-number' },
    { text: '0x1A', reason: 'not-a-number' },
    { text: '12%', reason: 'not-a-number' },
    { text: '12.5亩', reason: 'not-a-number' },
    { text: '1 234', reason: 'not-a-number' },
    { text: '1,23', reason: 'not-a-number' },
    { text: '①', reason: 'not-a-number' },
    { text: '10²', reason: 'not-a-number' },
    { text: '', reason: 'not-a-number' },
    { text: '-', reason: 'not-a-number' },
  ])('refuses $text ($reason)', ({ text, reason }) => {
    const r = parseNumberText(text);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });
  it('a real cell number is its shortest decimal (0.1 is exactly 1/10)', () => {
    const r = parseNumberCell(0.1);
    expect(r.ok && r.value.numerator).toBe(1n);
    expect(r.ok && r.value.denominator).toBe(10n);
  });
  it('a real cell number in scientific form is accepted (Excel stores 1.5E-7 that way)', () => {
    const r = parseNumberCell(1.5e-7);
    expect(r.ok && r.value.toDecimalString(10)).toBe('0.00000015');
  });
  it.each([NaN, Infinity, true, null, { error: '#N/A' }])('refuses the cell %j', (cell) => {
    expect(parseNumberCell(cell as never).ok).toBe(false);
  });
});
