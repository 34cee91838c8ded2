// How every sheet of the plan workbook prints (outputs.md: landscape, fitted to width, header rows repeated, the
// title with the year as page header, page x/y as footer — xlsx/write-sheet.ts writes the setup).
import type { SheetModel } from '../../xlsx/index.js';

export function planPrint(year: number, sheet: string): NonNullable<SheetModel['print']> {
  return { landscape: true, title: `${year}年度存量建设用地盘活挂钩方案 ${sheet}` };
}
