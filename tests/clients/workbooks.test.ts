// Every kind of workbook landlink writes (plan, review, templates, spot-check list, start-check list), written by
// the built CLI and opened in LibreOffice: each sheet reads back in LibreOffice with the texts and numbers landlink
// wrote (formulas recalculated), and each workbook renders to a PDF whose text carries the first sheet's header and
// whose first page, as a picture, is not blank. Needs soffice and poppler-utils: missing → fails with how to install.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEveryWorkbookKind, type WrittenWorkbook } from '../report/helpers/every-workbook.js';
import { loadWorkbook } from '../report/helpers/workbook.js';
import { convert, recalculatedSheets } from './helpers/soffice.js';
import { firstPage, pdfText } from './helpers/poppler.js';

let dir: string;
let written: WrittenWorkbook[];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landlink-lo-kinds-'));
  written = await writeEveryWorkbookKind(join(dir, 'cli'));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** What a cell shows as LibreOffice's raw CSV export writes it: numbers (and formula results) as numbers, text as is. */
function expectedText(cell: ExcelJS.Cell): string | number | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined; // exceljs repeats the merge's value; the file does not
  const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && !(v instanceof Date)) return cell.text; // rich text, hyperlink
  return undefined; // dates and booleans: shown per number format, not compared here
}

/** A number as LibreOffice's CSV export writes it: percent-formatted cells keep their % sign even unformatted. */
function numberOf(text: string | undefined): number {
  if (text?.endsWith('%')) return Number((Number(text.slice(0, -1)) / 100).toPrecision(15));
  return Number(text);
}

// one representative of each kind (the eleven review workbooks and seven templates share their writers)
const kinds = ['plan', 'review', 'template', 'spot-check', 'start-list'] as const;
const pick = (kind: (typeof kinds)[number]) => written.filter((w) => w.kind === kind).slice(0, kind === 'template' ? 7 : 2);

describe('every workbook kind in LibreOffice', () => {
  it.each(kinds)('%s: every sheet reads back in LibreOffice (recalculated) with the texts and numbers landlink wrote', async (kind) => {
    for (const w of pick(kind)) {
      const wb = await loadWorkbook(w.file);
      const names = wb.worksheets.map((ws) => ws.name);
      const sheets = await recalculatedSheets(w.file, names);
      let compared = 0;
      for (const ws of wb.worksheets) {
        const lo = sheets.get(ws.name)!;
        ws.eachRow((row, r) => row.eachCell((cell, c) => {
          const want = expectedText(cell);
          if (want === undefined) return;
          const got = lo[r - 1]?.[c - 1];
          const where = `${w.name} ${ws.name}!${cell.address}`;
          if (typeof want === 'number') expect(numberOf(got), where).toBe(want);
          else expect(got, where).toBe(want);
          compared++;
        }));
      }
      expect(compared, w.name).toBeGreaterThan(10);
    }
  });

  it.each(kinds)('%s: renders to PDF (text carries the first sheet\'s header) and its first page to a non-blank PNG', async (kind) => {
    for (const w of pick(kind)) {
      const out = join(dir, 'pdf', kind);
      await mkdir(out, { recursive: true });
      const [pdf] = await convert(w.file, 'pdf', out, false);
      expect(basename(pdf!)).toBe(basename(w.file).replace(/\.xlsx$/, '.pdf'));
      expect((await readFile(pdf!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const first = (await loadWorkbook(w.file)).worksheets[0]!;
      const header = String(first.getCell(1, 1).text).trim();
      expect(header.length, `${w.name}: first cell`).toBeGreaterThan(0);
      expect((await pdfText(pdf!)).replace(/\s+/g, ''), `${w.name}: PDF text`).toContain(header.replace(/\s+/g, ''));
      const page = await firstPage(pdf!, out, basename(w.file, '.xlsx'));
      expect(page.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(page.darkPixels, `${w.name}: first page is blank`).toBeGreaterThan(100);
    }
  });
});
