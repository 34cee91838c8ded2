// One sheet per category with projects (outputs.md "The per-city review workbook"): per project its columns from
// 项目明细 (areas and status are the province's preliminary result from the evidence, hence 初审), its findings as
// text, then the city's 审核意见 (a dropdown 同意 / 不同意 / 需补正) and 说明 — the only unlocked cells.
import { regionByCode } from '../../domain/divisions.js';
import { messageOf, severityLabel } from '../../findings/index.js';
import { categories, type CategoryId } from '../../policy/categories.js';
import type { ProjectResult } from '../../pipeline/types.js';
import { cityOpinions } from '../../policy/vocabulary.js';
import type { CellInput, CellStyle, SheetModel } from '../model.js';
import { fills, haStyle, statusStyle, textStyle, wrapStyle } from '../styles.js';
import { colLetter, sourceText, statusLabel } from '../labels.js';
import { categorySheetName, lockedHeaders, NOTE_COLUMN, OPINION_COLUMN, reviewHeaders } from './layout.js';

const editable: CellStyle = { unlocked: true, fill: fills.editable };

/** The findings of a project, one line each: 【错误】message. */
export function findingsText(p: ProjectResult): string | null {
  const lines = p.findings.map((f) => `【${severityLabel[f.severity]}】${messageOf(f)}`);
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
    [...new Set(p.findings.map((f) => f.code))].join(', ') || null,
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
    columns: reviewHeaders.map((h, i) => ({
      maxWidth: i === 3 || i === 4 ? 30 : i === 11 ? 50 : i === NOTE_COLUMN ? 40 : 24,
      width: i === OPINION_COLUMN ? 12 : i === NOTE_COLUMN ? 36 : undefined,
    })),
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
