import { describe, expect, it } from 'vitest';
import { excelSerialToIso, isoFromParts, parseDateCell, parseDateText } from '../../src/ingest/dates.js';

describe('date formats (inputs.md)', () => {
  it.each([
    { text: '2025-03-31', want: '2025-03-31' },
    { text: '2025/3/31', want: '2025-03-31' },
    { text: '2025.3.31', want: '2025-03-31' },
    { text: '2025年3月31日', want: '2025-03-31' },
    { text: '2025年03月31日', want: '2025-03-31' },
    { text: '2025年3月31', want: '2025-03-31' },
    { text: '２０２５年３月３１日', want: '2025-03-31' },
    { text: '20250331', want: '2025-03-31' },
    { text: '2007/9/7 0:00:00', want: '2007-09-07' },
    { text: '2007/9/1 15:54:21', want: '2007-09-01' },
    { text: '2025-03-31T00:00:00.000Z', want: '2025-03-31' },
    { text: '2024-02-29', want: '2024-02-29' },
    { text: '45747', want: '2025-03-31' },
  ])('$text → $want', ({ text, want }) => {
    expect(parseDateText(text)).toBe(want);
  });
  it.each([
    '2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025/3-31', '03/31/2025', '31.3.2025', '2025',
    '25-3-31', '2025-03-31 25:00', '20251301', 'NaN', 'Nah-ish', '2025年2月30日',
  ])('refuses %j', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
  it.each(['1900-01-01', '1901年01月02日', '1901-01-02', '19000101'])('%j is the "no date" placeholder', (text) => {
    expect(parseDateText(text)).toBe('placeholder');
  });
});

describe('Excel serial dates', () => {
  it.each([
    { serial: 61, date1904: false, want: '1900-03-01' },
    { serial: 45747, date1904: false, want: '2025-03-31' },
    { serial: 45747.75, date1904: false, want: '2025-03-31' },
    { serial: 43830, date1904: false, want: '2019-12-31' },
    { serial: 2958465, date1904: false, want: '9999-12-31' },
    { serial: 0, date1904: true, want: '1904-01-01' },
    { serial: 44285, date1904: true, want: '2025-03-31' },
  ])('$serial (1904: $date1904) → $want', ({ serial, date1904, want }) => {
    expect(excelSerialToIso(serial, date1904)).toBe(want);
  });
  it.each([60, 59, 2, -1, 2958466, NaN])('serial %d is invalid in the 1900 system', (serial) => {
    expect(excelSerialToIso(serial, false)).toBeNull();
  });
  it.each([0, 1])('serial %d is a placeholder in the 1900 system', (serial) => {
    expect(excelSerialToIso(serial, false)).toBe('placeholder');
  });
  it('the 1900 and 1904 systems differ by 1462 days', () => {
    expect(excelSerialToIso(45747, false)).toBe(excelSerialToIso(45747 - 1462, true));
  });
});

describe('parseDateCell', () => {
  it.each([
    { cell: 45747, want: '2025-03-31' },
    { cell: 20250331, want: '2025-03-31' },
    { cell: '2025/3/31', want: '2025-03-31' },
    { cell: 1, want: null },
    { cell: 368, want: null },          // 1901-01-02 as a serial
  ])('$cell → $want', ({ cell, want }) => {
    expect(parseDateCell(cell, false)).toEqual({ ok: true, value: want });
  });
  it.each([true, 60, { error: '#VALUE!' }, 20251331])('refuses %j', (cell) => {
    expect(parseDateCell(cell as never, false)).toEqual({ ok: false });
  });
  it('round-trips every day of 1900–2100 through isoFromParts and the serial', () => {
    let serial = 61;
    const wrong: string[] = [];
    for (let y = 1900; y <= 2100; y++) for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) {
      const iso = isoFromParts(y, m, d);
      if (iso === null || iso < '1900-03-01') continue;
      const got = excelSerialToIso(serial, false);
      if (got !== iso) wrong.push(`${serial}: ${String(got)} ≠ ${iso}`);
      serial++;
    }
    expect(wrong).toEqual([]);
    expect(serial - 1).toBe(73415);   // Excel: =DATE(2100,12,31) is 73415
  });
});
