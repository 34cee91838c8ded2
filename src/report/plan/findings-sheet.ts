// 问题清单 — the findings of the run (outputs.md 5): 级别, 说明, 项目编号, 文件, 工作表, 行, 列, 依据, 处理建议 and last
// 代码 (the finding code, for support and scripts: the only column that holds it). 依据 and 处理建议 come from the
// catalogue (one source per code). Identical findings of one city's projects are one row (plan/fold-findings.ts).
// Severities are coloured.
import { severityLabel, specOf } from '../../findings/index.js';
import type { Finding } from '../../findings/types.js';
import { lazyColumns, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
import { intStyle, severityStyleCentred, textStyle, wrapStyle } from '../styles.js';
import { foldFindings, type FindingLine } from './fold-findings.js';
import { planPrint } from './print.js';

export const FINDINGS_SHEET = '问题清单';

export const findingsHeader = ['级别', '说明', '项目编号', '文件', '工作表', '行', '列', '依据', '处理建议', '代码'] as const;

/** The cells of a row of 问题清单, column by column. */
const findingCells: readonly ((line: FindingLine) => CellInput)[] = [
  (line) => ({ value: severityLabel[line.finding.severity], style: severityStyleCentred[line.finding.severity] }),
  (line) => ({ value: line.message, style: wrapStyle }),
  (line) => ({ value: line.projectId ?? null, style: textStyle }),
  (line) => line.location.file ?? null,
  (line) => line.location.sheet ?? null,
  (line) => ({ value: line.location.row ?? null, style: intStyle }),
  (line) => line.location.column ?? null,
  (line) => specOf(line.finding.code)?.article ?? null,
  (line) => ({ value: specOf(line.finding.code)?.hint ?? null, style: wrapStyle }),
  (line) => line.finding.code,
];

export function findingRow(line: FindingLine): CellInput[] {
  return findingCells.map((cell) => cell(line));
}

/** Rows are produced on demand (a 10× year has tens of thousands of findings); `cityOf` names a project's city. */
export function findingsSheet(year: number, findings: readonly Finding[], cityOf: (projectId: string) => string | undefined): SheetModel<LazyRows> {
  const lines = foldFindings(findings, cityOf);
  return {
    name: FINDINGS_SHEET,
    columns: findingsHeader.map((_, i) => ({ maxWidth: i === 1 || i === 8 ? 60 : 30 })),
    rows: lazyColumns(findingsHeader, lines.length, findingCells.map((cell) => (i: number) => cell(lines[i]!))),
    headerRow: 1,
    autoFilter: true,
    print: planPrint(year, FINDINGS_SHEET),
  };
}
