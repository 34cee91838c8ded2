// A data row that repeats the header (files joined one after the other) is told apart from data without matching
// every cell when the cell starts with an ASCII digit (src/ingest/rows/index.ts): the answer must be the one matching
// every cell gives — for every kind, for random rows of header names, aliases, digit-led and full-width texts, and
// for a kind one of whose header names starts with a digit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kindSpecs, type KindSpec } from '../../src/ingest/columns/index.js';
import { type HeaderColumn, type HeaderMatch, locateHeader, matchHeaderCell } from '../../src/ingest/header.js';
import { repeatsHeader } from '../../src/ingest/rows/index.js';
import type { RawRow } from '../../src/ingest/table.js';

/** The rule without the shortcut: at least half of the matched columns hold a header name of their own field, tried
 *  only when the first or the second does. */
function reference(raw: RawRow, header: HeaderMatch, spec: KindSpec): boolean {
  const cols = [...header.byField.values()];
  if (cols.length < 2) return false;
  const same = (col: HeaderColumn): boolean => {
    const cell = raw.cells[col.index];
    return typeof cell === 'string' && matchHeaderCell(cell, spec)?.spec.field === col.spec.field;
  };
  if (!same(cols[0]!) && !same(cols[1]!)) return false;
  return cols.filter(same).length * 2 >= cols.length;
}

function headerOf(spec: KindSpec): HeaderMatch {
  const names = spec.columns.map((c) => c.header);
  return locateHeader({ rows: [{ row: 1, cells: names }], date1904: false, encoding: 'utf-8', unreadableRows: [] }, spec, 'x.csv');
}

const texts = (spec: KindSpec) => fc.oneof(
  fc.constantFrom(...spec.columns.flatMap((c) => [c.header, ...c.aliases, ` ${c.header}`, `${c.header}(公顷)`])),
  fc.constantFrom('3301022025A09696', '2023', '0.5', '１２３', '２０２３年', '2号地块', '2 号', '12(公顷)', ' 2023', ''),
  fc.string({ maxLength: 6 }),
);

describe('a row repeating the header', () => {
  for (const [kind, spec] of Object.entries(kindSpecs) as [string, KindSpec][]) {
    it(`${kind}: the shortcut for digit-led cells answers as matching every cell does`, () => {
      const header = headerOf(spec);
      const width = spec.columns.length;
      fc.assert(fc.property(fc.array(texts(spec), { minLength: width, maxLength: width }), fc.boolean(), (cells, headerLike) => {
        // half of the rows start from the header itself, so that repeats are common
        const row: RawRow = { row: 9, cells: headerLike ? cells.map((c, i) => (i % 2 === 0 ? spec.columns[i]!.header : c)) : cells };
        expect(repeatsHeader(row, header, spec)).toBe(reference(row, header, spec));
      }), { numRuns: 300 });
    });
  }

  it('a kind with a header name that starts with a digit still matches it in a repeated header', () => {
    const base = kindSpecs.ledger;
    const spec = { ...base, columns: base.columns.map((c, i) => (i === 0 ? { ...c, aliases: [...c.aliases, '2023项目编号'] } : c)) } as KindSpec;
    const header = headerOf(spec);
    // three of the five columns: with the digit-led name not matched it would be two, not a repeated header
    const row: RawRow = { row: 9, cells: ['2023项目编号', '挂钩年度', '认定面积', '330102', '上城区'] };
    expect(repeatsHeader(row, header, spec)).toBe(true);
    expect(reference(row, header, spec)).toBe(true);
    expect(repeatsHeader({ row: 10, cells: ['2023A0001', '2023', '0.5', '330102', '上城区'] }, header, spec)).toBe(false);
  });
});
