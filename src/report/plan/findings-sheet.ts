// 问题清单 — every finding of the run (outputs.md 5): 级别, 代码, 说明, 项目编号, 文件, 工作表, 行, 列, then 依据
// and 处理建议 from the catalogue (style.md "Cite the source once, derive the rest"). Severities are coloured.
import { messageOf, severityLabel, specOf } from '../../findings/index.js';
import type { Finding } from '../../findings/types.js';
import { lazyRows, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
import { intStyle, severityStyle, textStyle, wrapStyle } from '../styles.js';

export const FINDINGS_SHEET = '问题清单';

export function findingRow(f: Finding): CellInput[] {
  const spec = specOf(f.code);
  return [
    { value: severityLabel[f.severity], style: { ...severityStyle[f.severity], align: 'center' } },
    f.code,
    { value: messageOf(f), style: wrapStyle },
    { value: f.projectId ?? null, style: textStyle },
    f.location.file ?? null,
    f.location.sheet ?? null,
    { value: f.location.row ?? null, style: intStyle },
    f.location.column ?? null,
    spec?.article ?? null,
    { value: spec?.hint ?? null, style: wrapStyle },
  ];
}

/** Rows are produced on demand (issue 7: a 10× year has tens of thousands of findings). */
export function findingsSheet(year: number, findings: readonly Finding[]): SheetModel<LazyRows> {
  const header = ['级别', '代码', '说明', '项目编号', '文件', '工作表', '行', '列', '依据', '处理建议'];
  return {
    name: FINDINGS_SHEET,
    columns: header.map((_, i) => ({ maxWidth: i === 2 || i === 9 ? 60 : 30 })),
    rows: lazyRows(findings.length + 1, (i) => (i === 0 ? header : findingRow(findings[i - 1]!))),
    headerRow: 1,
    autoFilter: true,
    print: { landscape: true, title: `${year}年度存量建设用地盘活挂钩方案 问题清单` },
  };
}
