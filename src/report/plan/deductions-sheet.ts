// 扣减明细 — one row per deduction (outputs.md 4): 双倍扣减对应项目的年度新增建设用地指标
// (浙土资发〔2017〕19号 五、监督检查): 扣减指标 = 扣减倍数 × 项目对应指标 (= 基数面积 ÷ ratio), shown rounded. After the
// spec's columns: the basis (申报面积 for fraud on a year-Y project, 认定面积 otherwise, 结转扣减; domain.md 决定 5, 5c, 6),
// its exact area and the computation, so the shown figures reconcile (a rounded project quota × 2 need not equal
// the rounded deduction).
import { regionByCode } from '../../domain/divisions.js';
import type { ComputeResult, DeductionResult } from '../../pipeline/types.js';
import { lazyColumns, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
import { haStyle, intStyle, textStyle } from '../styles.js';
import { reasonLabel, sourceText } from '../labels.js';
import { planPrint } from './print.js';
import { deductionBases } from '../../policy/supervision.js';

export const DEDUCTIONS_SHEET = '扣减明细';

/** Rows are produced on demand (BENCHMARKS.md: the 10× year). */
export function deductionsSheet(result: ComputeResult): SheetModel<LazyRows> {
  const d = result.policy.roundingDecimals;
  const header = ['项目编号', '行政区代码', '挂钩年度', '原因', '项目对应指标(公顷)', '扣减倍数', '扣减指标(公顷)', '行政区', '来源', '扣减基数', '基数面积(公顷)', '计算式'];
  const deductions = result.deductions;
  const cells: readonly ((x: DeductionResult) => CellInput)[] = [
    (x) => ({ value: x.id, style: textStyle }),
    (x) => ({ value: x.countyCode, style: textStyle }),
    (x) => ({ value: x.year, style: intStyle }),
    (x) => reasonLabel[x.reason],
    (x) => ({ value: x.projectQuotaHa.toNumber(d), style: haStyle }),
    (x) => ({ value: x.multiplier, style: intStyle }),
    (x) => ({ value: x.deductionHa.toNumber(d), style: haStyle }),
    (x) => regionByCode(x.countyCode)?.name ?? null,
    (x) => sourceText(x.source),
    (x) => deductionBases[x.basis].label,
    (x) => Number(x.basisHa.toDecimalString(10)), // General format: every decimal of the basis shows
    (x) => `${deductionBases[x.basis].label} ${x.basisHa.toDecimalString(10)} ÷ ${x.ratio} × ${x.multiplier} = ${x.deductionHa.toFixed(d)}`,
  ];
  const rows = lazyColumns(header, deductions.length, cells.map((cell) => (i: number) => cell(deductions[i]!)));
  return {
    name: DEDUCTIONS_SHEET,
    columns: header.map(() => ({ maxWidth: 36 })),
    rows,
    headerRow: 1,
    autoFilter: true,
    print: planPrint(result.year, '扣减明细'),
  };
}
