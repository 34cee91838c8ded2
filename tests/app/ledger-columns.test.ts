// The ledger as the reading worker keeps it (src/app/ledger-columns.ts): the ids named in batches — as the main thread
// sends them, file by file — pick the rows that ledgerRowsNamed keeps for all of them at once, in reading order, and
// rowsOf gives those rows back as they were added.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LedgerColumns, rowsOf } from '../../src/app/ledger-columns.js';
import { Exact } from '../../src/domain/exact.js';
import type { LedgerRow } from '../../src/domain/rows.js';
import { ledgerRowsNamed } from '../../src/pipeline/ledger.js';

const columns = [{ field: 'projectId', header: '项目编号', index: 0 }] as unknown as LedgerRow['columns'];
const regions = [{ code: '330102' }, { code: '330105' }];
const areas = [Exact.parseDecimal('0.5'), Exact.parseDecimal('1.25')];

function ledgerRow(row: number, projectId: string, linkageYear: number | null, area: number, region: number): LedgerRow {
  return {
    source: { file: '已挂钩台账.csv', row }, columns, projectId, linkageYear,
    creditedAreaHa: areas[area] ?? null, region: regions[region] ?? null,
  };
}

const ids = fc.constantFrom('A1', 'B2', 'C3', 'D4', 'E5', 'F6', '项目7', '');
const rowArb = fc.tuple(ids, fc.option(fc.constantFrom(2021, 2022, 2023), { nil: null }), fc.nat(2), fc.nat(2));

describe('LedgerColumns', () => {
  it('ids named in batches keep the rows that ledgerRowsNamed keeps for all of them, in reading order', () => {
    fc.assert(fc.property(fc.array(rowArb, { maxLength: 60 }), fc.array(fc.array(ids, { maxLength: 5 }), { maxLength: 4 }), (spec, batches) => {
      const rows = spec.map(([id, year, area, region], i) => ledgerRow(i + 2, id, year, area, region));
      const kept = new LedgerColumns();
      for (const r of rows) kept.add(r);
      for (const b of batches) kept.want(b);
      const expected = rows.filter(ledgerRowsNamed(new Set(batches.flat())));
      expect(rowsOf(kept.picked())).toEqual(expected);
    }));
  });

  it('no ids named: the first row of each year only', () => {
    const kept = new LedgerColumns();
    for (const r of [ledgerRow(2, 'A1', 2022, 0, 0), ledgerRow(3, 'B2', 2022, 1, 1), ledgerRow(4, 'B2', 2023, 0, 0)]) kept.add(r);
    expect(rowsOf(kept.picked()).map((r) => r.source.row)).toEqual([2, 4]);
  });

  it('a row added after ids were named is a bug, not a row left out', () => {
    const kept = new LedgerColumns();
    kept.add(ledgerRow(2, 'A1', 2022, 0, 0));
    kept.want(['A1']);
    expect(() => kept.add(ledgerRow(3, 'B2', 2022, 0, 0))).toThrow(/after want/);
  });
});
