// src/app/ledger-columns.ts keeps the ledger column by column, its ids as bytes in the reader's duplicate-id list
// (ReadFileOptions.ids); the ids named in batches (want) — as the main thread sends them, file by file — pick
// (picked) exactly the rows that ledgerRowsNamed keeps for all of them at once, in reading order, each as read —
// whatever the ids: repeats, empty ids (asked for or not), ids beyond Latin-1, ids asked for that the ledger lacks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LedgerColumns, rowsOf } from '../../src/app/ledger-columns.js';
import { Exact } from '../../src/domain/exact.js';
import type { LedgerRow } from '../../src/domain/rows.js';
import { ledgerRowsNamed } from '../../src/pipeline/ledger.js';

const columns = { projectId: '项目编号', linkageYear: '挂钩年度' };
const areas = [Exact.parseDecimal('0.5'), Exact.parseDecimal('1.25')];
const regions = [{ code: '330102' }, { code: '330106' }];

function ledgerRow(projectId: string, row: number, year: number | null): LedgerRow {
  return {
    source: { file: '已挂钩台账.csv', row }, columns, projectId, linkageYear: year,
    creditedAreaHa: row % 3 === 0 ? null : areas[row % 2]!, region: row % 5 === 0 ? null : regions[row % 2]!,
  };
}

/** The ledger as the reader hands it over: the id noted first (RowAssembler), then the row. */
function kept(rows: readonly LedgerRow[]): LedgerColumns {
  const c = new LedgerColumns();
  for (const r of rows) { c.ids.add(r.projectId, r.source.row); c.add(r); }
  return c;
}

const id = fc.oneof(fc.constantFrom('', 'A1', 'A2', '3301022017A00373', '甲1', '\uD800'), fc.string({ unit: 'binary', maxLength: 4 }));

describe('LedgerColumns', () => {
  it('the ids named in batches pick the rows ledgerRowsNamed keeps for all of them, in reading order, each as read', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ id, year: fc.option(fc.integer({ min: 2015, max: 2019 })) }), { maxLength: 200 }),
      fc.array(fc.array(id, { maxLength: 8 }), { maxLength: 4 }),
      (entries, batches) => {
        const rows = entries.map((e, i) => ledgerRow(e.id, i + 2, e.year));
        const expected = rows.filter(ledgerRowsNamed(new Set(batches.flat())));
        const columns = kept(rows);
        for (const b of batches) columns.want(b);
        expect(rowsOf(columns.picked())).toEqual(expected);
      },
    ), { seed: 20261207, numRuns: 300 });
  });

  it('a large ledger: the ids asked for and the first row of each year', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ledgerRow(`3301022017A${String(i).padStart(6, '0')}`, i + 2, 2015 + (i % 4)));
    const columns = kept(rows);
    columns.want(['3301022017A000007', '3301022017A149999']);
    columns.want(['3301022017A070000', 'nowhere', '']);
    expect(rowsOf(columns.picked()).map((r) => r.source.row)).toEqual([2, 3, 4, 5, 9, 70_002, 150_001]);
  });

  it('each row\'s source has the reader\'s keys in the reader\'s order (file, sheet of a workbook, row): the JSON names them so', () => {
    for (const sheet of [undefined, '台账']) {
      const rows = [ledgerRow('A1', 2, 2016), ledgerRow('B2', 3, 2017)].map((r) => ({ ...r, source: sheet === undefined ? { file: r.source.file, row: r.source.row } : { file: r.source.file, sheet, row: r.source.row } }));
      const sources = rowsOf(kept(rows).picked()).map((r) => r.source);
      expect(sources.map((s) => JSON.stringify(s))).toEqual(rows.map((r) => JSON.stringify(r.source)));
    }
  });

  it('no ids named: the first row of each year only', () => {
    expect(rowsOf(kept([ledgerRow('A1', 2, 2022), ledgerRow('B2', 3, 2022), ledgerRow('B2', 4, 2023)]).picked()).map((r) => r.source.row)).toEqual([2, 4]);
  });

  it('a row whose id the reader did not note, or one added after ids were named, is a bug, not a silent mismatch', () => {
    expect(() => new LedgerColumns().add(ledgerRow('A1', 2, 2017))).toThrow(/id noted/);
    const columns = kept([ledgerRow('A1', 2, 2017)]);
    columns.want(['A1']);
    columns.ids.add('B2', 3);
    expect(() => columns.add(ledgerRow('B2', 3, 2017))).toThrow(/after want/);
  });
});
