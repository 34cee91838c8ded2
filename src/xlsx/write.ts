// The workbook writer: renders a pure WorkbookModel to xlsx bytes with a small SpreadsheetML writer over node:zlib
// (exceljs's in-memory writer took 20 s CPU and ~1 GB for the largest workbook of BENCHMARKS.md; its streaming
// writer is several times slower than this one). Sheets are written row by row as their (possibly lazy) rows are
// produced and deflated as they go; only the compressed workbook is held.
import { rowCount, type SheetRows, type WorkbookModel } from './model.js';
import { THEME_XML } from './theme.js';
import { appXml, commentsXml, contentTypesXml, coreXml, rootRelsXml, sheetRelsXml, vmlXml, workbookRelsXml, workbookXml } from './write-parts.js';
import { chartXml, drawingRelsXml, drawingXml } from './write-chart.js';
import { sheetBytes, writeSheet, type Note, type RenderProgress } from './write-sheet.js';
import { SharedStrings } from './write-strings.js';
import { StyleSheet } from './write-styles.js';
import { ZipWriter } from './zip-write.js';

export type { RenderProgress } from './write-sheet.js';

/**
 * A sheet (or string table) of fewer rows than this is deflated into output buffers of SMALL_OUTPUT bytes instead
 * of the streamed compressor's default (4 MB, zip-write.ts), which such a part would hold mostly empty until the
 * workbook is finished. The deflated bytes do not depend on the output buffer's size.
 */
const SMALL_ROWS = 10_000;
const SMALL_OUTPUT = 64 << 10;

export interface RenderOptions {
  /** Called every few thousand rows (and at the end of each sheet) with the sheet and the rows written so far. */
  onProgress?: (p: RenderProgress) => void;
}

/**
 * Renders a workbook model to xlsx bytes; the same model always gives the same bytes (fixed entry dates, no random
 * ids). Yields to the event loop every few thousand rows, so a spinner keeps turning while a big sheet is written.
 */
export async function renderWorkbook(model: WorkbookModel<SheetRows>, options: RenderOptions = {}): Promise<Buffer> {
  const zip = new ZipWriter(model.meta.date);
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const sheets = model.sheets;
  const ctx = { styles, strings, onProgress: options.onProgress, bytes: sheetBytes() };
  const commented: number[] = [];
  let drawings = 0;
  let charts = 0;
  for (const [i, sheet] of sheets.entries()) {
    let notes: Note[] = [];
    const output = rowCount(sheet.rows) < SMALL_ROWS ? SMALL_OUTPUT : undefined;
    await zip.addStreamed(`xl/worksheets/sheet${i + 1}.xml`, async (write) => { notes = await writeSheet(sheet, ctx, write); }, output);
    const n = notes.length ? commented.length + 1 : undefined;
    const sheetCharts = sheet.charts ?? [];
    const d = sheetCharts.length ? ++drawings : undefined;
    if (n !== undefined || d !== undefined) zip.add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheetRelsXml(n, d));
    if (n !== undefined) {
      commented.push(n);
      zip.add(`xl/comments${n}.xml`, commentsXml(notes));
      zip.add(`xl/drawings/vmlDrawing${n}.vml`, vmlXml(notes, n));
    }
    if (d !== undefined) {
      zip.add(`xl/drawings/drawing${d}.xml`, drawingXml(sheetCharts));
      zip.add(`xl/drawings/_rels/drawing${d}.xml.rels`, drawingRelsXml(charts + 1, sheetCharts.length));
      for (const chart of sheetCharts) zip.add(`xl/charts/chart${++charts}.xml`, chartXml(sheet, chart));
    }
  }
  await zip.addStreamed('xl/sharedStrings.xml', (write) => strings.write(write), strings.entries < SMALL_ROWS ? SMALL_OUTPUT : undefined);
  zip.add('xl/styles.xml', styles.toXml());
  zip.add('xl/theme/theme1.xml', THEME_XML);
  zip.add('[Content_Types].xml', contentTypesXml(sheets.length, commented, drawings, charts), true);
  zip.add('_rels/.rels', rootRelsXml(), true);
  zip.add('docProps/app.xml', appXml(sheets.map((s) => s.name)), true);
  zip.add('docProps/core.xml', coreXml(model.meta), true);
  zip.add('xl/workbook.xml', workbookXml(sheets), true);
  zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length), true);
  return zip.finish();
}
