// supply rows (inputs.md "## supply"), with what the national land-market site's exports need:
// - 备案类型 absent → derived: 供地方式 划拨 → 划拨决定书; 协议/招标/拍卖/挂牌出让, 租赁, 作价出资 → 出让合同; else the
//   电子监管号's letter after region + year: A (划拨) → 划拨决定书, B (出让) → 出让合同, C (租赁) → 出让合同 (as 供地方式
//   租赁 does; the national site's exports use C for 租赁). A 备案类型 column that is present but empty is a
//   missing required value (cell-required), not derived: the column says the file states it.
// - 土地来源 as a number (the national site publishes the hectares already construction land): equal to
//   面积 → 现有建设用地 ('existing'), 0 → 新增建设用地 ('new-state'), in between → 新增建设用地(来自存量库)
//   ('new-from-stock-pool'); that number is the row's stockAreaHa unless a 存量面积 column gives one.
// - 存量面积 is left as given (null when empty): the default "= 供地面积 when 土地来源 is a stock source" is
//   the pipeline's (domain.md Decisions 4 credits "the declared stock area (存量面积, or the supply area when
//   that is empty too)", and warns that it is not survey-verified — it needs to know it was empty).
import type { Exact } from '../../domain/exact.js';
import type { FilingType, LandSource, SupplyMethod } from '../../domain/vocabulary.js';
import { supplySpec } from '../columns/supply.js';
import { type LandSourceCell, report } from '../convert.js';
import { specRowBuilder } from './build.js';
import type { RowFields } from './common.js';

const ID_LETTER = /^\d{10}([A-Za-z])/;
const FILING_BY_LETTER: Record<string, FilingType> = { A: 'allocation', B: 'transfer', C: 'transfer' };

export function deriveFilingType(method: SupplyMethod | null, supervisionId: string): FilingType | null {
  if (method !== null) return method === 'allocation' ? 'allocation' : 'transfer';
  const letter = ID_LETTER.exec(supervisionId)?.[1]?.toUpperCase();
  return letter !== undefined ? FILING_BY_LETTER[letter] ?? null : null;
}

function landSourceOf(r: RowFields, cell: LandSourceCell | null, area: Exact | null): { source: LandSource | null; existingHa: Exact | null } {
  if (cell === null) return { source: null, existingHa: null };
  if ('source' in cell) return { source: cell.source, existingHa: null };
  const x = cell.existingHa;
  const bad = (expected: string) => {
    report(r.ctx, 'land-source-number-invalid', { column: r.column('landSource') ?? '土地来源', value: x.toString(), expected });
    return { source: null, existingHa: null };
  };
  if (x.isNegative()) return bad(area?.toString() ?? '（未知）');
  if (x.isZero()) return { source: 'new-state', existingHa: x };
  if (area === null) return bad('（供地面积缺失）');
  if (x.gt(area)) return bad(area.toString());
  return { source: x.eq(area) ? 'existing' : 'new-from-stock-pool', existingHa: x };
}

export const buildSupplyRow = specRowBuilder(supplySpec, {
  derive(row, r) {
    let filingType = row.filingType;
    if (!r.has('filingType')) {
      filingType = deriveFilingType(row.supplyMethod, row.supervisionId);
      if (filingType === null) report(r.ctx, 'filing-type-underivable', { column: r.column('supervisionId') ?? '电子监管号', value: row.supervisionId });
    }
    const land = landSourceOf(r, row.landSource, row.supplyAreaHa);
    return {
      filingType,
      landSource: land.source,
      stockAreaHa: row.stockAreaHa ?? land.existingHa,
      standaloneSite: row.standaloneSite === null ? null : row.standaloneSite === 'yes',
    };
  },
  regionFallbackId: (row) => row.supervisionId,
});
