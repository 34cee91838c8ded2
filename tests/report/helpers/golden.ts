// Golden files as text (reviewable in a diff): each sheet of a workbook as CSV of the values a spreadsheet shows (number
// formats applied), plus one listing of every formula; compared with committed copies, regenerated with
// UPDATE_GOLDEN=1 and reviewed as a diff.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { expect } from 'vitest';
import { displayText } from '../../../src/xlsx/index.js';

export function sheetAsCsv(ws: ExcelJS.Worksheet): string {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) { cells[c - 1] = ''; return; }
      const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result as number) : (cell.value as string | number | null);
      cells[c - 1] = displayText(v ?? null, cell.numFmt);
    });
    rows[r - 1] = Array.from(cells, (x) => x ?? '');
  });
  return stringify(Array.from(rows, (r) => r ?? []), { record_delimiter: '\n' });
}

export function formulasAsText(wb: ExcelJS.Workbook): string {
  const lines: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) lines.push(`${ws.name}!${cell.address}\t=${cell.formula}\t${cell.result as number}`);
  })));
  return lines.join('\n') + '\n';
}

/** Compares `files` (name → text) with `dir`; with UPDATE_GOLDEN=1 writes them instead. */
export async function expectGolden(dir: string, files: Map<string, string>): Promise<void> {
  if (process.env.UPDATE_GOLDEN === '1') {
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) await writeFile(join(dir, name), text);
  }
  for (const [name, text] of files) {
    const path = join(dir, name);
    expect(existsSync(path), `${path} missing: run UPDATE_GOLDEN=1 npx vitest run tests/report and review the diff`).toBe(true);
    expect(text, `${name} differs from the golden copy (UPDATE_GOLDEN=1 to accept, then review the diff)`).toBe(await readFile(path, 'utf8'));
  }
}
