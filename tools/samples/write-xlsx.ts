// xlsx with exceljs's in-memory writer (its streaming writer is slower and, read back, corrupts Chinese text): merged title rows above a bold, frozen
// header; numbers as numbers with a number format, dates as UTC dates; fixed workbook metadata and fixed zip
// timestamps, so two runs give the same bytes.
import ExcelJS from 'exceljs';
import { utcDate } from './format.js';
import { fixZipTimestamps } from '../../src/xlsx/index.js';
import type { RenderedTable } from './render.js';

export async function xlsxBytes(table: RenderedTable, year: number): Promise<Buffer> {
  const fixed = new Date(Date.UTC(year + 1, 0, 8, 1, 0, 0));
  const wb = new ExcelJS.Workbook();
  wb.creator = '浙江省建设用地供应动态监管系统（landlink 样例）';
  wb.lastModifiedBy = 'landlink samples';
  wb.created = fixed;
  wb.modified = fixed;
  const ws = wb.addWorksheet(table.sheet ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: table.headerRow }] });
  const width = table.header.length;

  table.title.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    cell.font = i === 0 ? { bold: true, size: 14 } : { size: 10 };
    cell.alignment = { horizontal: i === 0 ? 'center' : 'left' };
    ws.mergeCells(i + 1, 1, i + 1, width);
  });

  const header = ws.getRow(table.headerRow);
  table.header.forEach((h, j) => {
    const cell = header.getCell(j + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  table.widths.forEach((w, j) => { ws.getColumn(j + 1).width = w; });

  table.rows.forEach((cells, i) => {
    const row = ws.getRow(table.headerRow + 1 + i);
    cells.forEach((c, j) => {
      if (c === null) return;
      const cell = row.getCell(j + 1);
      if (typeof c === 'string') {
        cell.value = c;
      } else if ('number' in c) {
        cell.value = Number(c.number);
        cell.numFmt = c.format;
      } else {
        cell.value = utcDate(c.date);
        cell.numFmt = c.format;
      }
    });
  });

  if (table.notes) {
    const notes = wb.addWorksheet(table.notes.sheet);
    notes.getColumn(1).width = 90;
    table.notes.lines.forEach((line, i) => { notes.getCell(i + 1, 1).value = line; });
  }
  return fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()), fixed);
}
