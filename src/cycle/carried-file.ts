// The carried-forward deductions of a plan (domain.md 决定 6; inputs.md "carried — 结转扣减"): `ledger add` reads the
// plan workbook's 分县 sheet (行政区代码, 结转扣减(公顷)) and writes the counties with a carried amount into the next
// year's folder as 结转扣减.csv (行政区代码, 年度, 结转扣减(公顷)), which `compute` of that year deducts first.
import { join } from 'node:path';
import { InputError, finding, messageOf } from '../findings/index.js';
import { writeFileAtomic } from '../report/atomic.js';
import { COUNTY_SHEET } from '../report/plan/county-sheet.js';
import { ledgerBytes } from './ledger-file.js';
import { readKindTable } from './table-read.js';

export const CARRIED_FILE_NAME = '结转扣减.csv';
export const CARRIED_HEADERS = ['行政区代码', '年度', '结转扣减(公顷)'] as const;

export interface CarriedLine { countyCode: string; year: number; carriedHa: string }

/** The counties of the plan's 分县 sheet with a carried deduction above 0, in the sheet's order. */
export async function readPlanCarried(planPath: string, year: number): Promise<CarriedLine[]> {
  const noCountySheet = new InputError(finding('plan-ledger-missing', { file: planPath }));
  let t;
  try {
    t = await readKindTable(planPath, 'carried', { sheet: COUNTY_SHEET, missingSheet: () => noCountySheet });
  } catch (e) {
    if (e === noCountySheet) return []; // a plan without 分县 (a reduced or older workbook): nothing to carry
    throw e;
  }
  const bad = t.findings.find((f) => f.severity === 'error');
  if (bad) throw new InputError(finding('plan-ledger-invalid', { ...bad.location, file: t.file, sheet: COUNTY_SHEET }, { params: { detail: messageOf(bad) } }));
  return t.rows.flatMap((r) => (r.region !== null && r.carriedHa !== null && !r.carriedHa.isZero()
    ? [{ countyCode: r.region.code, year, carriedHa: r.carriedHa.toFixed(4) }] : []));
}

/** Writes 结转扣减.csv into `dir` (replacing one written by an earlier run); nothing when there is nothing carried. */
export async function writeCarried(dir: string, lines: readonly CarriedLine[]): Promise<string | null> {
  if (lines.length === 0) return null;
  const path = join(dir, CARRIED_FILE_NAME);
  const grid = [[...CARRIED_HEADERS], ...lines.map((l) => [l.countyCode, l.year, l.carriedHa])];
  await writeFileAtomic(path, () => ledgerBytes(grid, 'text', lines[0]!.year));
  return path;
}
