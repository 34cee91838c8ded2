// Small files for the cycle's I/O tests, written in a temp folder: plan workbooks with a 台账 sheet, ledgers,
// supply CSVs. Workbooks go through the same model and writer as the tool's own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CellInput } from '../../src/xlsx/index.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { tableSheet } from '../../src/cycle/workbook-model.js';

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export async function writeXlsx(path: string, sheets: { name: string; header: string[]; rows: CellInput[][] }[]): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await renderWorkbook({
    meta: { creator: 'test', title: 'test', date: new Date(Date.UTC(2025, 0, 1)) },
    sheets: sheets.map((s) => tableSheet(s.name, s.header.map((header) => ({ header })), s.rows)),
  }));
}

/** A plan workbook as `compute` writes it, reduced to a summary sheet and the 台账 sheet (outputs.md 1., 7.). */
export async function writePlan(path: string, rows: [string, number, number, string][], ledgerSheet = '台账'): Promise<void> {
  await writeXlsx(path, [
    { name: '汇总', header: ['设区市代码', '设区市'], rows: [['330100', '杭州市']] },
    { name: ledgerSheet, header: ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'], rows },
  ]);
}

export const SUPPLY_HEADER = '电子监管号,行政区代码,项目名称,坐落,备案类型,土地来源,存量类型,供地面积(公顷),签订日期,约定开工日期,实际开工日期';

export function supplyCsv(rows: string[]): string { return [SUPPLY_HEADER, ...rows].join('\n') + '\n'; }
