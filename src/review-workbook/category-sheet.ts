// One sheet per category with projects (outputs.md "The per-city review workbook"): per project its columns from
// 项目明细 (areas and status are the province's preliminary result from the evidence, hence 初审), its findings as
// text, then the city's 审核意见 (a dropdown 同意 / 不同意 / 需补正) and 说明 — the only unlocked cells.
import { regionByCode } from '../domain/divisions.js';
import { cityOpinions } from '../domain/vocabulary.js';
import { messageOf, severityLabel } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { ProjectResult } from '../pipeline/types.js';
import { categories, type CategoryId } from '../policy/categories.js';
import { safeSheetName } from '../report/file-names.js';
import { sourceText, statusLabel } from '../report/labels.js';
import { fills, haStyle, statusStyle, textStyle, wrapStyle } from '../report/styles.js';
import { colLetter, type CellInput, type CellStyle, type SheetModel } from '../xlsx/index.js';
import { lockedHeaders, NOTE_HEADER, OPINION_COLUMN, OPINION_HEADER, reviewHeaders } from './layout.js';

/** The sheet of a category: 1类-回收收购 … (a name Excel accepts). */
export function categorySheetName(id: CategoryId): string {
  return safeSheetName(`${id}类-${categories[id].short}`);
}

const editable: CellStyle = { unlocked: true, fill: fills.editable };
const maxWidths: Partial<Record<string, number>> = { 项目名称: 30, 坐落: 30, 问题说明: 50, 来源: 40 };
const fixedWidths: Partial<Record<string, number>> = { [OPINION_HEADER]: 12, [NOTE_HEADER]: 36 };

/**
 * The findings the city reviews: those about the project and its evidence. Findings about the city's own review
 * (codes city-… of the opinion stage, feedback-… of the read-back) are left out: at extract time the city has not
 * answered yet, and "未反馈" on every row would only confuse.
 */
export function reviewFindings(p: ProjectResult): Finding[] {
  return p.findings.filter((f) => !f.code.startsWith('city-') && !f.code.startsWith('feedback-'));
}

/** The findings of a project, one line each: 【错误】message. */
export function findingsText(p: ProjectResult): string | null {
  const lines = reviewFindings(p).map((f) => `【${severityLabel[f.severity]}】${messageOf(f)}`);
  return lines.length ? [...new Set(lines)].join('\n') : null;
}

function projectRow(p: ProjectResult, decimals: number): CellInput[] {
  const row: CellInput[] = [
    { value: p.id, style: textStyle },
    { value: p.countyCode, style: textStyle },
    p.countyCode ? regionByCode(p.countyCode)?.name ?? null : null,
    { value: p.projectName, style: wrapStyle },
    { value: p.location, style: wrapStyle },
    p.category,
    categories[p.category].name,
    { value: p.declaredHa.roundHalfUp(decimals).toNumber(decimals), style: haStyle },
    { value: p.creditedHa.roundHalfUp(decimals).toNumber(decimals), style: haStyle },
    { value: statusLabel[p.status], style: { ...statusStyle[p.status], align: 'center' } },
    [...new Set(reviewFindings(p).map((f) => f.code))].join(', ') || null,
    { value: findingsText(p), style: wrapStyle },
    sourceText(p.source),
    { value: null, style: { ...editable, align: 'center' } },
    { value: null, style: { ...editable, wrap: true } },
  ];
  if (row.length !== reviewHeaders.length) throw new Error('review row does not match its header');
  return row;
}

export function categorySheet(id: CategoryId, projects: readonly ProjectResult[], year: number, cityName: string, decimals: number): SheetModel {
  const last = projects.length + 1;
  const opinion = colLetter(OPINION_COLUMN);
  return {
    name: categorySheetName(id),
    columns: reviewHeaders.map((h) => ({ maxWidth: maxWidths[h] ?? 24, width: fixedWidths[h] })),
    rows: [
      reviewHeaders.map((h, i) => (i >= lockedHeaders.length ? { value: h, style: { fill: fills.yellow } } : h)),
      ...projects.map((p) => projectRow(p, decimals)),
    ],
    headerRow: 1,
    autoFilter: true,
    protect: true,
    validations: projects.length ? [{
      range: `${opinion}2:${opinion}${last}`,
      list: cityOpinions.map((o) => o.label),
      error: '请从下拉列表中选择：同意、不同意或需补正。',
      prompt: '同意 / 不同意 / 需补正',
    }] : [],
    print: { landscape: true, title: `${year}年度存量建设用地盘活挂钩项目审核表 ${cityName} ${categories[id].short}` },
  };
}
