// 台账 — the ids credited this year, in the ledger's columns (inputs.md ledger: 项目编号, 挂钩年度, 认定面积(公顷),
// 行政区代码), so that the sheet can be appended to 已挂钩台账 as it is (domain.md 决定 7: credited at most once).
import type { ComputeResult } from '../../pipeline/types.js';
import { lazyRows, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
import { haStyle, intStyle, textStyle } from '../styles.js';
import { planPrint } from './print.js';
import { numberPerRow } from './row-memo.js';

export const LEDGER_SHEET = '台账';

/** Rows are produced on demand (BENCHMARKS.md: the 10× year). */
export function ledgerSheet(result: ComputeResult): SheetModel<LazyRows> {
  const d = result.policy.roundingDecimals;
  const header = ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'];
  const ledger = result.ledger;
  const credited = numberPerRow(ledger.length, (i) => ledger[i]!.creditedHa.roundHalfUp(d).toNumber(d));
  const rows = lazyRows(ledger.length + 1, (i): CellInput[] => {
    if (i === 0) return header;
    const e = ledger[i - 1]!;
    return [
      { value: e.projectId, style: textStyle },
      { value: e.linkageYear, style: intStyle },
      { value: credited(i - 1), style: haStyle },
      { value: e.countyCode, style: textStyle },
    ];
  });
  return { name: LEDGER_SHEET, columns: header.map(() => ({ maxWidth: 30 })), rows, headerRow: 1, autoFilter: true, print: planPrint(result.year, LEDGER_SHEET) };
}
