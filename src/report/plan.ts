// The provincial plan workbook `out/<year>/挂钩方案-<year>.xlsx` (outputs.md "The provincial plan workbook";
// 浙土资发〔2017〕19号 四、3 编制挂钩方案): exactly the seven sheets 汇总, 分县, 项目明细, 扣减明细, 问题清单, 参数, 台账.
// Pure model here, one module per sheet in plan/; bytes by xlsx/write.ts; written atomically.
import type { ComputeResult } from '../pipeline/types.js';
import type { SheetRows, WorkbookModel } from '../xlsx/index.js';
import { renderWorkbook, type RenderOptions } from '../xlsx/index.js';
import { writeFileAtomic } from './atomic.js';
import { countySheet } from './plan/county-sheet.js';
import { summarySheet } from './plan/summary-sheet.js';
import { projectsSheet } from './plan/projects-sheet.js';
import { deductionsSheet } from './plan/deductions-sheet.js';
import { findingsSheet } from './plan/findings-sheet.js';
import { parametersSheet } from './plan/parameters-sheet.js';
import { ledgerSheet } from './plan/ledger-sheet.js';
import type { FormulaFallback } from './plan/figure-cells.js';
import type { IndicatorsResult } from '../indicators/types.js';
import { indicatorsCharts, indicatorsPlanSheet } from './indicators-sheet.js';
import { summaryCharts } from './plan/summary-charts.js';
import { allProjects } from '../pipeline/all-projects.js';
import { regionByCode } from '../domain/divisions.js';

export interface PlanMeta {
  toolVersion: string;
  /** The action plan's indicators (docs/decisions.md "Indicators"): when given, a sheet 指标 follows the seven sheets of outputs.md. */
  indicators?: IndicatorsResult;
}

export const planSheetNames = ['汇总', '分县', '项目明细', '扣减明细', '问题清单', '参数', '台账'] as const;

/** The plan's fixed file date: 31 March of year+1, the Measures' deadline for the plan (四、3 每年3月底前). */
export function planDate(year: number): Date {
  return new Date(Date.UTC(year + 1, 2, 31));
}

export function planFileName(year: number): string {
  return `挂钩方案-${year}.xlsx`;
}

/**
 * The city of each project id a finding names (for 问题清单's folding, plan/fold-findings.ts): a 10× year has tens of
 * thousands of findings and hundreds of thousands of projects, so only the named ids are kept.
 */
function projectCity(result: ComputeResult): (projectId: string) => string | undefined {
  const named = new Set<string>();
  for (const f of result.findings) if (f.projectId !== undefined) named.add(f.projectId);
  const cities = new Map<string, string>();
  for (const p of allProjects(result)) {
    if (!named.has(p.id)) continue;
    const city = p.countyCode ? regionByCode(p.countyCode)?.cityName : undefined;
    if (city !== undefined && !cities.has(p.id)) cities.set(p.id, city);
  }
  return (id) => cities.get(id);
}

/**
 * The workbook model, and the figures that could not be written as formulas (none under the default policy: see
 * plan/formula.ts for why ROUND(credited/3, 4) equals the Measures' quota).
 */
export function planWorkbookModel(result: ComputeResult, meta: PlanMeta): { model: WorkbookModel<SheetRows>; fallbacks: FormulaFallback[] } {
  const fallbacks: FormulaFallback[] = [];
  const date = planDate(result.year);
  const county = countySheet(result, fallbacks);
  const summary = summarySheet(result, county.layout, fallbacks);
  summary.charts = summaryCharts(summary, result.year, result.cities.length);
  const model: WorkbookModel<SheetRows> = {
    meta: {
      creator: 'landlink',
      title: `${result.year}年度存量建设用地盘活与新增建设用地计划分配挂钩方案`,
      subject: '浙土资发〔2017〕19号 挂钩方案',
      keywords: `landlink ${meta.toolVersion}`,
      date,
    },
    sheets: [
      summary,
      county.sheet,
      projectsSheet(result),
      deductionsSheet(result),
      findingsSheet(result.year, result.findings, projectCity(result)),
      parametersSheet(result, { toolVersion: meta.toolVersion, date }),
      ledgerSheet(result),
    ],
  };
  return { model, fallbacks };
}

/**
 * Writes the plan workbook to `file` atomically (the previous file stays intact if anything fails); `onProgress`
 * hears every few thousand rows which sheet is being written (so the CLI spinner keeps moving on a large year).
 */
export async function writePlanWorkbook(result: ComputeResult, file: string, meta: PlanMeta, options: RenderOptions = {}): Promise<void> {
  await writeFileAtomic(file, () => renderPlanWorkbook(result, meta, options));
}

/** The plan workbook's bytes (compute writes them together with the JSON, as one set). */
export function renderPlanWorkbook(result: ComputeResult, meta: PlanMeta, options: RenderOptions = {}): Promise<Buffer> {
  const { model } = planWorkbookModel(result, meta);
  if (meta.indicators) {
    const sheet = indicatorsPlanSheet(meta.indicators);
    model.sheets.push({ ...sheet, charts: indicatorsCharts(meta.indicators, sheet) });
  }
  return renderWorkbook(model, options);
}
