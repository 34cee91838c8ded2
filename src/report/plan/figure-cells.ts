// The figure columns shared by 汇总 and 分县 (outputs.md): 认定存量面积, one column per category, 挂钩指标 = ÷ratio,
// 扣减指标, 核定指标 (公顷, 亩), 结转扣减 — and the cell that holds a figure, as a formula when it provably
// reproduces the computed value, else as the value with a note saying why.
import { Exact } from '../../domain/exact.js';
import { categories, categoryIds, type CategoryId } from '../../policy/categories.js';
import type { Figures } from '../../pipeline/types.js';
import type { Cell, CellStyle } from '../../xlsx/index.js';
import { haStyle, muStyle } from '../styles.js';
import type { Expr } from './formula.js';

export type FigureKey = 'creditedHa' | `cat${CategoryId}` | 'quotaHa' | 'deductionHa' | 'netQuotaHa' | 'netQuotaMu' | 'carriedDeductionHa';

export const figureKeys: readonly FigureKey[] = [
  'creditedHa', ...categoryIds.map((id) => `cat${id}` as const), 'quotaHa', 'deductionHa', 'netQuotaHa', 'netQuotaMu', 'carriedDeductionHa',
];

export function figureHeader(key: FigureKey): string {
  switch (key) {
    case 'creditedHa': return '认定存量面积(公顷)';
    case 'quotaHa': return '挂钩指标(公顷)';
    case 'deductionHa': return '扣减指标(公顷)';
    case 'netQuotaHa': return '核定指标(公顷)';
    case 'netQuotaMu': return '核定指标(亩)';
    case 'carriedDeductionHa': return '结转扣减(公顷)';
    default: {
      const id = Number(key.slice(3)) as CategoryId;
      // three short lines, so that a narrow column never breaks a word (outputs.md does not fix these headers)
      return `其中：${id}类\n${categories[id].short}\n(公顷)`;
    }
  }
}

export function figureStyle(key: FigureKey): CellStyle { return key === 'netQuotaMu' ? muStyle : haStyle; }

/** The exact figure for a key (亩 = 公顷 × 15, domain.md 决定 2). */
export function figureValue(f: Figures, key: FigureKey): Exact {
  switch (key) {
    case 'creditedHa': return f.creditedHa;
    case 'quotaHa': return f.quotaHa;
    case 'deductionHa': return f.deductionHa;
    case 'netQuotaHa': return f.netQuotaHa;
    case 'netQuotaMu': return f.netQuotaHa.mul(15);
    case 'carriedDeductionHa': return f.carriedDeductionHa;
    default: return f.byCategory[Number(key.slice(3)) as CategoryId];
  }
}

/** A plain figure cell (rounded half-up to `decimals`, the value shown and stored). */
export function valueCell(value: Exact, decimals: number, style: CellStyle, note?: string): Cell {
  const cell: Cell = { value: value.roundHalfUp(decimals).toNumber(decimals), style };
  if (note !== undefined) cell.note = note;
  return cell;
}

export interface FormulaFallback { address: string; formula: string; expected: string; got: string; safe: boolean }

/**
 * The cell for a computed figure: the formula with the figure as cached result when the formula's exact value equals
 * the figure and binary arithmetic cannot change it; otherwise the figure itself, with a note (and the fallback is
 * recorded so that tests can insist there is none under the default policy).
 */
export function figureCell(expr: Expr, expected: Exact, decimals: number, style: CellStyle, address: string, fallbacks: FormulaFallback[], why: string): Cell {
  if (expr.safe && expr.value.eq(expected)) {
    return { value: { formula: expr.text, result: expected.roundHalfUp(decimals).toNumber(decimals) }, style };
  }
  fallbacks.push({ address, formula: expr.text, expected: expected.toDecimalString(12), got: expr.value.toDecimalString(12), safe: expr.safe });
  return valueCell(expected, decimals, style, why);
}

export const zero = Exact.ZERO;
