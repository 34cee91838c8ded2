// Test-side readers of the xlsx files we write: exceljs for cells/styles (its reader, independent of our model
// code), yauzl for the raw XML of a part.
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';

export async function loadWorkbook(file: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

export interface FormulaCellInfo { sheet: string; row: number; col: number; address: string; formula: string; result: number }

export function formulaCells(wb: ExcelJS.Workbook): FormulaCellInfo[] {
  const out: FormulaCellInfo[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Formula) {
        out.push({ sheet: ws.name, row: r, col: c, address: cell.address, formula: cell.formula, result: cell.result as number });
      }
    }));
  });
  return out;
}

/** Plain values of a sheet as text rows (formulas: cached result), for comparisons. */
export function sheetValues(ws: ExcelJS.Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const vals: (string | number | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result as number) : cell.value;
      vals[c - 1] = v === null || v === undefined ? null : typeof v === 'object' ? String(cell.text) : (v as string | number);
    });
    rows[r - 1] = vals;
  });
  return rows;
}

/** The uncompressed text of one zip entry (e.g. 'xl/worksheets/sheet3.xml'). */
export async function zipEntryText(bytes: Buffer, name: string): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e || !z ? rej(e ?? new Error('not a zip')) : res(z))));
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== name) { zip.readEntry(); return; }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) { reject(err ?? new Error(`cannot read ${name}`)); return; }
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => { zip.close(); resolve(Buffer.concat(chunks).toString('utf8')); });
      });
    });
    zip.on('end', () => reject(new Error(`no entry ${name}`)));
    zip.readEntry();
  });
}

export async function zipEntryNames(bytes: Buffer): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e || !z ? rej(e ?? new Error('not a zip')) : res(z))));
  return new Promise((resolve) => {
    const names: string[] = [];
    zip.on('entry', (e: yauzl.Entry) => { names.push(e.fileName); zip.readEntry(); });
    zip.on('end', () => resolve(names));
    zip.readEntry();
  });
}
