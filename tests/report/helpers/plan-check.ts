// Recalculates a plan workbook and compares every formula cell with the cached value we wrote and with the --json
// figure: in process with a JavaScript formula engine (npm test), or in LibreOffice (tests/clients/).
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ComputeResult } from '../../../src/pipeline/types.js';
import { planFileName, writePlanWorkbook } from '../../../src/report/plan.js';
import { toJsonDocument } from '../../../src/report/json.js';
import { figureKeys, type FigureKey } from '../../../src/report/plan/figure-cells.js';
import { formulaCells, loadWorkbook, type FormulaCellInfo } from './workbook.js';
import { recalculateWorkbook } from './formula-engine.js';

type JsonFigures = { code?: string; cityCode?: string; creditedHa: number; quotaHa: number; deductionHa: number; netQuotaHa: number; carriedDeductionHa: number; byCategory?: Record<string, number> };
type JsonDoc = { province: JsonFigures; cities: JsonFigures[]; counties: JsonFigures[] };

/** The --json figure a formula cell of 汇总/分县 shows (categories of a city: the sum of its counties' JSON figures). */
export function jsonFigureOf(doc: JsonDoc, cell: FormulaCellInfo, cityCount: number): number | undefined {
  const from = cell.sheet === '汇总' ? 3 : 4; // first figure column (1-based)
  const key: FigureKey | undefined = figureKeys[cell.col - from];
  if (key === undefined) return undefined;
  const f = cell.sheet === '汇总' ? (cell.row - 2 < cityCount ? doc.cities[cell.row - 2] : doc.province) : doc.counties[cell.row - 2];
  if (!f) return undefined;
  if (key === 'netQuotaMu') return Number((f.netQuotaHa * 15).toFixed(4));
  if (key.startsWith('cat')) {
    if (f.byCategory) return f.byCategory[key.slice(3)];
    const counties = doc.counties.filter((c) => f.code === undefined || c.cityCode === f.code);
    return Number(counties.reduce((s, c) => s + (c.byCategory?.[key.slice(3)] ?? 0), 0).toFixed(4));
  }
  return f[key as keyof JsonFigures] as number;
}

/** A recalculation: the value the recalculating program shows for each formula cell of the file. */
export type Recalculation = (file: string, formulas: readonly FormulaCellInfo[]) => Promise<(cell: FormulaCellInfo) => unknown>;

/** The in-process recalculation (tests/report/helpers/formula-engine.ts). */
export const inProcess: Recalculation = async (file) => {
  const values = new Map(recalculateWorkbook(await loadWorkbook(file)).map((c) => [`${c.sheet}!${c.address}`, c.value]));
  return (cell) => values.get(`${cell.sheet}!${cell.address}`);
};

/** Writes the plan into `dir`, recalculates it, checks; returns how many cells were checked. */
export async function checkPlan(result: ComputeResult, dir: string, recalculate: Recalculation = inProcess): Promise<{ formulas: number; withJson: number }> {
  const file = join(dir, planFileName(result.year));
  await writePlanWorkbook(result, file, { toolVersion: 'test' });
  const formulas = formulaCells(await loadWorkbook(file));
  const valueOf = await recalculate(file, formulas);
  const doc = toJsonDocument(result) as unknown as JsonDoc;
  let withJson = 0;
  for (const f of formulas) {
    const value = valueOf(f);
    expect(value, `${f.sheet}!${f.address} missing in the recalculation`).toBeDefined();
    expect(Number(value), `${f.sheet}!${f.address} = ${f.formula}: recalculated ${String(value)}, cached ${f.result}`).toBe(f.result);
    const json = jsonFigureOf(doc, f, result.cities.length);
    if (json !== undefined) {
      expect(f.result, `${f.sheet}!${f.address} vs --json`).toBe(json);
      withJson++;
    }
  }
  return { formulas: formulas.length, withJson };
}
