// Chinese labels of the result's enumerations, for workbooks (glossary.md). English ids stay in code.
import type { DeductionReason, ProjectStatus, Sanction } from '../pipeline/types.js';
import { cityOpinions, inspectionConclusions, type CityOpinion, type InspectionConclusion } from '../domain/vocabulary.js';
import type { SourceRef } from '../domain/rows.js';
import { deductionReasons, sanctions } from '../policy/supervision.js';

/** 认定状态 (outputs.md 项目明细; domain.md 决定 3). */
export const statusLabel: Record<ProjectStatus, string> = { credited: '认定', pending: '待补正', rejected: '不予认定', fraud: '弄虚作假' };
/** 扣减原因, 处罚措施: the Measures' supervision tables are the single source (policy/supervision.ts). */
export const reasonLabel = Object.fromEntries(Object.entries(deductionReasons).map(([k, v]) => [k, v.label])) as Record<DeductionReason, string>;
export const sanctionLabel = Object.fromEntries(Object.entries(sanctions).map(([k, v]) => [k, v.label])) as Record<Sanction, string>;

export const NO_FEEDBACK = '未反馈';

export function opinionLabel(o: CityOpinion | null): string {
  return o === null ? NO_FEEDBACK : cityOpinions.find((t) => t.id === o)?.label ?? o;
}

export function inspectionLabel(c: InspectionConclusion | null): string {
  return c === null ? '' : inspectionConclusions.find((t) => t.id === c)?.label ?? c;
}

/** 来源: file:sheet:row (file:row for CSV). */
export function sourceText(s: SourceRef): string {
  return s.sheet ? `${s.file}:${s.sheet}:${s.row}` : `${s.file}:${s.row}`;
}

/** Input kinds as users name them (inputs.md). */
export const kindLabel: Record<import('../ingest/types.js').InputFileInfo['kind'], string> = {
  supply: '供地备案',
  redevelopment: '低效用地再开发',
  reclamation: '增减挂钩复垦',
  evidence: '材料清单',
  inspection: '核查结果',
  'start-check': '开工核查',
  ledger: '已挂钩台账',
  carried: '结转扣减',
  feedback: '审核意见',
};
