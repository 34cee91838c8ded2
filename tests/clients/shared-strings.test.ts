// A workbook whose shared string table holds texts twice (src/xlsx/write-sheet.ts ColumnStrings: a column of texts
// that are rarely in the table already is appended without a look-up) read by LibreOffice: every cell shows its
// own text. Without soffice this test FAILS with the install command (never skip).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyRows, renderWorkbook, type CellInput, type SheetModel, type SheetRows } from '../../src/xlsx/index.js';
import { PROBE_CELLS } from '../../src/xlsx/write-sheet.js';
import { zipEntryText } from '../report/helpers/workbook.js';
import { sheetsAsLibreOfficeReadsThem } from './helpers/soffice.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-lo-sst-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const n = 3 * PROBE_CELLS;
const counties = ['上城区', '西湖区', '余杭区'];
const header = ['编号', '行政区', '名称'];
/** Unique ids and names (appended after PROBE_CELLS look-ups), a repeated county, a name used again now and then. */
const first = (i: number): string[] => [`3301${String(i).padStart(8, '0')}`, counties[i % 3]!, i % 11 === 0 ? '同名项目' : `项目${i}`];
/** The same ids again, then ids of its own: some found in the table, the rest stored a second time or anew. */
const second = (i: number): string[] => [`3301${String(i % 2 ? i : n + i).padStart(8, '0')}`, counties[i % 3]!, `项目${n - i}`];

function sheet(name: string, make: (i: number) => string[]): SheetModel<SheetRows> {
  return { name, columns: [{}, {}, {}], rows: lazyRows(n + 1, (i): CellInput[] => (i === 0 ? header : make(i))), headerRow: 1 };
}

describe('a shared string table holding a text twice, in LibreOffice', () => {
  it('every cell reads back as its own text', async () => {
    const bytes = await renderWorkbook({ meta: { creator: 'landlink', title: 't', date: new Date(Date.UTC(2026, 2, 31)) }, sheets: [sheet('明细', first), sheet('复核', second)] });
    const sst = await zipEntryText(bytes, 'xl/sharedStrings.xml');
    const entries = [...sst.matchAll(/<si>(.*?)<\/si>/g)].map((m) => m[1]);
    expect(new Set(entries).size).toBeLessThan(entries.length); // the table does hold texts twice
    const file = join(dir, 'sst.xlsx');
    await writeFile(file, bytes);
    const sheets = await sheetsAsLibreOfficeReadsThem(file, ['明细', '复核']);
    for (const [name, make] of [['明细', first], ['复核', second]] as const) {
      const expected = [header, ...Array.from({ length: n }, (_, i) => make(i + 1))];
      expect(sheets.get(name)!.map((r) => r.slice(0, 3))).toEqual(expected);
    }
  });
});
