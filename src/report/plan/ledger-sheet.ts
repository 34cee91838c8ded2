// 台账 — the ids credited this year, in the ledger's columns (inputs.md ledger: 项目编号, 挂钩年度, 认定面积(公顷),
// 行政区代码), so that the sheet can be appended to 已挂钩台账 as it is (domain.md 决定 7: credited at most once).
import type { ComputeResult } from '../../pipeline/types.js';
import { lazyColumns, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
import { haStyle, intStyle, textStyle } from '../styles.js';
import { planPrint } from './print.js';
import { numberPerRow } from './row-memo.js';

export const LEDGER_SHEET = '台账';

/** Rows are produced on demand (BENCHMARKS.md: the 10× year). */
export function ledgerSheet(result: ComputeResult): SheetModel<LazyRows> {
  const d = result.policy.roundingDecimals;
  const header = ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'];
  const ledger = result.ledger;
  const credited = numberPerRow(ledger.length, (i) => ledger[i]!.creditedHa.toNumber(d));
  const cells: readonly ((i: number) => CellInput)[] = [
    (i) => ({ value: ledger[i]!.projectId, style: textStyle }),
    (i) => ({ value: ledger[i]!.linkageYear, style: intStyle }),
    (i) => ({ value: credited(i), style: haStyle }),
    (i) => ({ value: ledger[i]!.countyCode, style: textStyle }),
  ];
  const rows = lazyColumns(header, ledger.length, cells);
  return { name: LEDGER_SHEET, columns: header.map(() => ({ maxWidth: 30 })), rows, headerRow: 1, autoFilter: true, print: planPrint(result.year, LEDGER_SHEET) };
}
