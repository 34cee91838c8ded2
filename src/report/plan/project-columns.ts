// The project columns of 项目明细 (outputs.md 3), shared with the per-city review workbooks (outputs.md "Per
// project: the project's columns from 项目明细"). Single projects are shown rounded half-up to 4 decimals
// (domain.md 决定 2).
import { regionByCode } from '../../domain/divisions.js';
import { categories } from '../../policy/categories.js';
import type { AnyProject } from '../../pipeline/all-projects.js';
import { isRewardCategory, rewardCategory } from '../../policy/reward.js';
import type { CellInput, CellStyle } from '../../xlsx/index.js';
import { problemLabels } from '../../findings/index.js';
import { haStyle, statusStyleCentred, textStyle, wrapStyle } from '../styles.js';
import { inspectionLabel, opinionLabel, sourceText, statusLabel } from '../labels.js';

/** A row of 项目明细: a project of the Measures' seven categories, or of the opt-in reward (policy/reward.ts). */
export type PlanProject = AnyProject;


export interface ProjectColumn {
  header: string;
  cell(p: PlanProject, decimals: number): CellInput;
  style?: CellStyle;
  maxWidth?: number;
}

/** The same problems as finding codes (代码, the last column: for support and scripts; 用户手册 8.10). */
function uniqueCodes(p: PlanProject): string {
  return [...new Set(p.findings.map((f) => f.code))].join(', ');
}

export const projectColumns = {
  id: { header: '项目编号', cell: (p) => ({ value: p.id, style: textStyle }), maxWidth: 28 },
  countyCode: { header: '行政区代码', cell: (p) => ({ value: p.countyCode, style: textStyle }) },
  countyName: { header: '行政区', cell: (p) => (p.countyCode ? regionByCode(p.countyCode)?.name ?? null : null) },
  cityName: { header: '设区市', cell: (p) => (p.countyCode ? regionByCode(p.countyCode)?.cityName ?? null : null) },
  name: { header: '项目名称', cell: (p) => p.projectName, maxWidth: 40, style: wrapStyle },
  location: { header: '坐落', cell: (p) => p.location, maxWidth: 40, style: wrapStyle },
  category: { header: '类别', cell: (p) => (isRewardCategory(p.category) ? rewardCategory.label : p.category) },
  categoryName: { header: '类别名称', cell: (p) => (isRewardCategory(p.category) ? rewardCategory.name : categories[p.category].name), maxWidth: 24, style: wrapStyle },
  declaredHa: { header: '申报面积(公顷)', cell: (p, d) => p.declaredHa.toNumber(d), style: haStyle },
  creditedHa: { header: '认定面积(公顷)', cell: (p, d) => p.creditedHa.toNumber(d), style: haStyle },
  status: { header: '认定状态', cell: (p) => ({ value: statusLabel[p.status], style: statusStyleCentred[p.status] }) },
  cityOpinion: { header: '设区市意见', cell: (p) => opinionLabel(p.cityOpinion) },
  inspection: { header: '核查结论', cell: (p) => inspectionLabel(p.inspection) || null },
  findings: { header: '问题', cell: (p) => problemLabels(p.findings) || null, maxWidth: 36, style: wrapStyle },
  source: { header: '来源', cell: (p) => sourceText(p.source), maxWidth: 36 },
  codes: { header: '代码', cell: (p) => uniqueCodes(p) || null, maxWidth: 36, style: wrapStyle },
} as const satisfies Record<string, ProjectColumn>;

export type ProjectColumnKey = keyof typeof projectColumns;
