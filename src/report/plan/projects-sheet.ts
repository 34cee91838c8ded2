// 项目明细 — one row per linkage candidate (outputs.md 3), in the result's id order, with 坐落 after the required
// columns and 代码 (the finding codes) last. 认定状态 is coloured (认定 green, 待补正 yellow, 不予认定 grey, 弄虚作假 red).
import type { ComputeResult } from '../../pipeline/types.js';
import { lazyColumns, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
import { allProjects } from '../../pipeline/all-projects.js';
import { projectColumns, type PlanProject, type ProjectColumnKey } from './project-columns.js';
import { planPrint } from './print.js';
import { numberPerRow } from './row-memo.js';

export const PROJECTS_SHEET = '项目明细';

const order: readonly ProjectColumnKey[] = [
  'id', 'countyCode', 'countyName', 'cityName', 'name', 'category', 'categoryName', 'declaredHa', 'creditedHa', 'status',
  'cityOpinion', 'inspection', 'findings', 'source', 'location', 'codes',
];

/** Rows are produced on demand (BENCHMARKS.md: at 10× this sheet is ~1.5 million cells). */
export function projectsSheet(result: ComputeResult): SheetModel<LazyRows> {
  const d = result.policy.roundingDecimals;
  const cols = order.map((k) => projectColumns[k]);
  const header: CellInput[] = cols.map((c) => c.header);
  const projects = allProjects(result); // 项目明细: the Measures' projects, then the reward's
  const area = (c: { cell: (p: PlanProject, d: number) => number }) => numberPerRow(projects.length, (i) => c.cell(projects[i]!, d));
  const memo: Partial<Record<ProjectColumnKey, (i: number) => CellInput>> = { declaredHa: area(projectColumns.declaredHa), creditedHa: area(projectColumns.creditedHa) };
  const cells = order.map((k) => memo[k] ?? ((i: number) => projectColumns[k].cell(projects[i]!, d)));
  const rows = lazyColumns(header, projects.length, cells);
  return {
    name: PROJECTS_SHEET,
    columns: cols.map((c) => ({ style: 'style' in c ? c.style : undefined, maxWidth: 'maxWidth' in c ? c.maxWidth : undefined })),
    rows,
    headerRow: 1,
    autoFilter: true,
    print: planPrint(result.year, '项目明细'),
  };
}
