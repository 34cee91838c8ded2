// The shared string table of the writer (src/xlsx/write-strings.ts, write-sheet.ts ColumnStrings): a column whose
// texts repeat is looked up (each text stored once); a column of texts that are rarely in the table already is
// appended without a look-up, so the table may hold a text twice. Either way every cell reads back as its text, in
// this module's reader and in exceljs, `count` is the number of string cells and `uniqueCount` the number of entries.
import { describe, expect, it } from 'vitest';
import { lazyRows, readXlsxSheet, renderWorkbook, type CellInput, type SheetModel, type SheetRows, type WorkbookModel } from '../../src/xlsx/index.js';
import { MIN_HITS, PROBE_CELLS } from '../../src/xlsx/write-sheet.js';
import { keepsSpace } from '../../src/xlsx/xml.js';
import { loadWorkbook, sheetValues, zipEntryText } from '../report/helpers/workbook.js';
import { limits } from './limits.js';

const date = new Date(Date.UTC(2026, 2, 31));
const counties = ['上城区', '西湖区', '余杭区', '临安区'];

/** Row i: a unique id, a county (4 texts), a name that repeats every 7 rows after row 2 × PROBE_CELLS, a number. */
function row(i: number): CellInput[] {
  return [`3301${String(i).padStart(8, '0')}`, counties[i % 4]!, i > 2 * PROBE_CELLS && i % 7 === 0 ? '同名项目' : `项目${i}`, i];
}

function sheet(name: string, n: number, make: (i: number) => CellInput[]): SheetModel<SheetRows> {
  return { name, columns: [{}, {}, {}, {}], rows: lazyRows(n + 1, (i) => (i === 0 ? ['编号', '行政区', '名称', '序号'] : make(i))), headerRow: 1 };
}

function model(...sheets: SheetModel<SheetRows>[]): WorkbookModel<SheetRows> {
  return { meta: { creator: 'landlink', title: 't', date }, sheets };
}

interface Table { count: number; uniqueCount: number; entries: string[] }

async function tableOf(bytes: Buffer): Promise<Table> {
  const xml = await zipEntryText(bytes, 'xl/sharedStrings.xml');
  const head = /<sst [^>]*count="(\d+)" uniqueCount="(\d+)"/.exec(xml)!;
  const entries = [...xml.matchAll(/<si><t(?: xml:space="preserve")?>(.*?)<\/t><\/si>/gs)].map((m) => m[1]!);
  return { count: Number(head[1]), uniqueCount: Number(head[2]), entries };
}

async function readBack(bytes: Buffer, name: string): Promise<CellInput[][]> {
  const { rows } = await readXlsxSheet(bytes, { sheetNames: [name], limits });
  return rows.map((r) => Array.from({ length: 4 }, (_, ci) => (r.cells[ci] as CellInput | undefined) ?? null));
}

const expected = (n: number, make: (i: number) => CellInput[]) => [['编号', '行政区', '名称', '序号'], ...Array.from({ length: n }, (_, i) => make(i + 1))];

describe('the shared string table', () => {
  const n = 3 * PROBE_CELLS + 500;

  it('a small sheet stores each text once', async () => {
    const bytes = await renderWorkbook(model(sheet('明细', 300, row)));
    const table = await tableOf(bytes);
    expect(new Set(table.entries).size).toBe(table.entries.length);
    expect(table.uniqueCount).toBe(table.entries.length);
    expect(table.count).toBe(4 + 300 * 3);
    expect(await readBack(bytes, '明细')).toEqual(expected(300, row));
  });

  it('repeated and unique columns: every cell keeps its text, the unique ones are appended, the counts are right', async () => {
    // the second sheet repeats the first one's ids (found in the table at first) and then ids of its own
    const again = (i: number): CellInput[] => [`3301${String(i <= PROBE_CELLS ? i : n + i).padStart(8, '0')}`, counties[i % 4]!, `项目${i}`, i];
    const bytes = await renderWorkbook(model(sheet('明细', n, row), sheet('复核', n, again)));
    expect(await readBack(bytes, '明细')).toEqual(expected(n, row));
    expect(await readBack(bytes, '复核')).toEqual(expected(n, again));
    const table = await tableOf(bytes);
    expect(table.count).toBe(2 * (4 + n * 3));
    expect(table.uniqueCount).toBe(table.entries.length);
    // the counties are stored once; the ids and names of the first sheet are appended after PROBE_CELLS look-ups,
    // so the second sheet's (found only for its first cells) are stored again, and so is the repeated name
    for (const county of counties) expect(table.entries.filter((t) => t === county)).toHaveLength(1);
    const stored = (t: string) => table.entries.filter((e) => e === t).length;
    expect(stored('330100000001')).toBe(1);
    expect(stored(`3301${String(2 * PROBE_CELLS).padStart(8, '0')}`)).toBe(1);
    expect(stored('项目1')).toBe(1);
    expect(stored(`项目${2 * PROBE_CELLS}`)).toBe(2);
    expect(stored('同名项目')).toBeGreaterThan(1);
    expect(table.entries.length).toBeLessThan(2 * (4 + n * 3));
    // exceljs reads it too
    const wb = await loadWorkbook(bytes);
    expect(sheetValues(wb.getWorksheet('复核')!).slice(0, 3)).toEqual(expected(2, again));
    expect(sheetValues(wb.getWorksheet('明细')!)[n]).toEqual(row(n));
  });

  it('a column that repeats keeps being looked up: its texts are stored once however long the sheet', async () => {
    // a text equal to the one above it is not looked up at all; these alternate, so every cell is looked up
    expect(MIN_HITS).toBeLessThan(PROBE_CELLS);
    const names = (i: number): CellInput[] => [`编号${i % 50}`, counties[i % 4]!, `名称${i % 3}`, i];
    const bytes = await renderWorkbook(model(sheet('明细', n, names)));
    const table = await tableOf(bytes);
    expect(new Set(table.entries).size).toBe(table.entries.length);
    expect(await readBack(bytes, '明细')).toEqual(expected(n, names));
  });

  it('is deterministic', async () => {
    const [a, b] = [await renderWorkbook(model(sheet('明细', n, row))), await renderWorkbook(model(sheet('明细', n, row)))];
    expect(a.equals(b)).toBe(true);
  });
});

describe('keepsSpace', () => {
  it('agrees with /^\\s|\\s$|[\\n\\r\\t]/ for every code unit at the start, inside and at the end', () => {
    const pattern = /^\s|\s$|[\n\r\t]/;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}a`, `a${ch}b`, `ab${ch}`]) {
        if (keepsSpace(text) !== pattern.test(text)) throw new Error(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(keepsSpace('')).toBe(false);
  });
});
