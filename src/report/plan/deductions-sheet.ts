// 扣减明细 — one row per deduction (outputs.md 4): 双倍扣减对应项目的年度新增建设用地指标
// (浙土资发〔2017〕19号 五、监督检查): 扣减指标 = 扣减倍数 × 项目对应指标 (= 基数面积 ÷ ratio), shown rounded. After the
// spec's columns: the basis (申报面积 for fraud on a year-Y project, 认定面积 otherwise, 结转扣减; domain.md 决定 5, 5c, 6),
// its exact area and the computation, so the shown figures reconcile (a rounded project quota × 2 need not equal
// the rounded deduction).
import { regionByCode } from '../../domain/divisions.js';
import type { ComputeResult } from '../../pipeline/types.js';
import { lazyRows, type CellInput, type LazyRows, type SheetModel } from '../../xlsx/index.js';
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
  const rows = lazyRows(deductions.length + 1, (i): CellInput[] => {
    if (i === 0) return header;
    const x = deductions[i - 1]!;
    return [
      { value: x.id, style: textStyle },
      { value: x.countyCode, style: textStyle },
      { value: x.year, style: intStyle },
      reasonLabel[x.reason],
      { value: x.projectQuotaHa.roundHalfUp(d).toNumber(d), style: haStyle },
      { value: x.multiplier, style: intStyle },
      { value: x.deductionHa.roundHalfUp(d).toNumber(d), style: haStyle },
      regionByCode(x.countyCode)?.name ?? null,
      sourceText(x.source),
      deductionBases[x.basis].label,
      Number(x.basisHa.toDecimalString(10)), // General format: every decimal of the basis shows
      `${deductionBases[x.basis].label} ${x.basisHa.toDecimalString(10)} ÷ ${x.ratio} × ${x.multiplier} = ${x.deductionHa.toFixed(d)}`,
    ];
  });
  return {
    name: DEDUCTIONS_SHEET,
    columns: header.map(() => ({ maxWidth: 36 })),
    rows,
    headerRow: 1,
    autoFilter: true,
    print: planPrint(result.year, '扣减明细'),
  };
}
