// Acting as a city: open a returned review workbook in a spreadsheet library (exceljs here, as Excel/WPS would),
// fill or tamper with cells, save it under a (possibly other) name.
import ExcelJS from 'exceljs';

export type Edit = (wb: ExcelJS.Workbook) => void;

export async function editWorkbook(from: string, to: string, ...edits: Edit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const e of edits) e(wb);
  await wb.xlsx.writeFile(to);
}

/** Sets the opinion (column N) and note (column O) of the row whose project id (column A) is `id`. */
export function opinion(id: string, value: string, note?: string): Edit {
  return (wb) => {
    for (const ws of wb.worksheets) {
      if (ws.name === '说明' || ws.name === '_landlink') continue;
      ws.eachRow((row) => {
        if (row.getCell(1).value !== id) return;
        row.getCell(14).value = value;
        if (note !== undefined) row.getCell(15).value = note;
      });
    }
  };
}

export function setCell(sheet: string, address: string, value: ExcelJS.CellValue): Edit {
  return (wb) => { wb.getWorksheet(sheet)!.getCell(address).value = value; };
}

export function removeSheet(sheet: string): Edit {
  return (wb) => { wb.removeWorksheet(wb.getWorksheet(sheet)!.id); };
}
