// Rows kept column by column (src/domain/packed-rows.ts): each row made again equals the row added — the same keys
// in the same order, the same values — whatever the rows hold.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedRows, fieldOf, type PackedLayout } from '../../src/domain/packed-rows.js';
import { Exact } from '../../src/domain/exact.js';
import type { SourceRef } from '../../src/domain/rows.js';

interface Row { source: SourceRef; columns?: Partial<Record<string, string>>; id: string; kind: string | null; note: string | null; area: Exact | null }
const layout: PackedLayout<Row> = { id: 'shared', kind: 'shared', note: 'each', area: 'each' };
const headersA = { id: '项目编号', kind: '材料类型' };
const headersB = { id: '编号' };

const arbRow: fc.Arbitrary<Row> = fc.record({
  file: fc.constantFrom('材料清单.csv', '材料清单（补）.xlsx', 'b.csv'),
  sheet: fc.constantFrom(undefined, '材料清单', 'Sheet1'),
  row: fc.integer({ min: 2, max: 2_000_000 }),
  columns: fc.constantFrom(undefined, headersA, headersB),
  id: fc.oneof(fc.string(), fc.constantFrom('3301022025A00001', '项目一', ''), fc.string({ unit: 'binary' })),
  kind: fc.constantFrom(null, 'ownership-confirmation', 'opinion'),
  note: fc.oneof(fc.constant(null), fc.string()),
  area: fc.oneof(fc.constant(null), fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n })).map(([n, d]) => Exact.of(n, d))),
}).map(({ file, sheet, row, columns, ...fields }) => ({
  source: sheet === undefined ? { file, row } : { file, sheet, row },
  ...(columns === undefined ? {} : { columns }),
  ...fields,
}));

describe('PackedRows', () => {
  it('at(i) is the i-th row added: equal, with its keys in order, a new object each time', () => {
    fc.assert(fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
      const packed = new PackedRows(layout);
      for (const r of rows) packed.add(r);
      expect(packed.length).toBe(rows.length);
      rows.forEach((r, i) => {
        const back = packed.at(i)!;
        expect(back).toStrictEqual(r);
        expect(Object.keys(back)).toEqual(Object.keys(r));
        expect(Object.keys(back.source)).toEqual(Object.keys(r.source));
        expect(packed.at(i)).not.toBe(back);
      });
      expect([...packed]).toStrictEqual(rows);
      expect(packed.toJSON()).toStrictEqual(rows);
      const ids = fieldOf(packed, 'id');
      const kinds = fieldOf(rows, 'kind');
      rows.forEach((r, i) => { expect(ids(i)).toBe(r.id); expect(kinds(i)).toBe(r.kind); });
    }), { numRuns: 200 });
  });

  it('positions out of range give undefined, negative ones count from the end (as Array#at)', () => {
    const packed = new PackedRows(layout);
    const rows: Row[] = [
      { source: { file: 'a.csv', row: 2 }, id: 'A', kind: null, note: null, area: null },
      { source: { file: 'a.csv', row: 3 }, id: 'B', kind: 'opinion', note: '说明', area: Exact.of(1n, 4n) },
    ];
    for (const r of rows) packed.add(r);
    for (const i of [-3, -2, -1, -0.5, 0, 1, 2, 1.5, -1.5]) expect(packed.at(i)).toStrictEqual(rows.at(i));
    expect(() => packed.reader('source' as never)).toThrow(RangeError);
  });

  it('many rows: the columns grow past their chunks and give every row back', () => {
    const packed = new PackedRows(layout);
    const n = 150_000;
    for (let i = 0; i < n; i++) packed.add({ source: { file: 'big.csv', row: i + 2 }, columns: headersA, id: `3301022025A${String(i).padStart(5, '0')}`, kind: i % 3 ? 'opinion' : null, note: i % 7 ? null : `第${i}行`, area: null });
    for (const i of [0, 65_535, 65_536, 99_999, n - 1]) {
      expect(packed.at(i)).toStrictEqual({ source: { file: 'big.csv', row: i + 2 }, columns: headersA, id: `3301022025A${String(i).padStart(5, '0')}`, kind: i % 3 ? 'opinion' : null, note: i % 7 ? null : `第${i}行`, area: null });
    }
  });
});
