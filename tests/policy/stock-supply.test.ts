// One definition of stock supply (policy/stock-supply.ts) for the linkage and the indicators: every 土地来源 ×
// 征收类型 × 存量类型 combination, with the indicator's stock / new / stock-pool and the linkage category side by side.
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { defaultIndicatorOptions } from '../../src/indicators/options.js';
import { stockPartOf } from '../../src/indicators/rows.js';
import { recogniseSupply } from '../../src/policy/sources.js';
import { stockSupplyOf } from '../../src/policy/stock-supply.js';
import { labelOf, landSources, requisitionTypes, stockTypes } from '../../src/domain/vocabulary.js';
import type { LandSource, RequisitionType, StockType } from '../../src/domain/vocabulary.js';
import { frac, supply } from '../indicators/fixture.js';

type Indicator = 'stock' | 'new' | 'stock-pool' | 'no-land-source';

interface Case {
  source: LandSource | null;
  /** Only for 农用地转用和土地征收: the 征收类型 decides. */
  requisition?: RequisitionType | null;
  /** Only for 国有存量建设用地: the 存量类型 decides the category. */
  stockType?: StockType | null;
  indicator: Indicator;
  linkage: string;
}

/** Written from 浙土资发〔2017〕19号 一、1–5 and the 审核要求表 项目信息来源, not from the implementation's tables. */
const table: Case[] = [
  { source: 'state-stock', stockType: 'reclaimed', indicator: 'stock', linkage: 'category 1' },
  { source: 'state-stock', stockType: 'idle', indicator: 'stock', linkage: 'category 2' },
  { source: 'state-stock', stockType: 'urban-village', indicator: 'stock', linkage: 'category 3' },
  { source: 'state-stock', stockType: 'demolition', indicator: 'stock', linkage: 'category 4' },
  { source: 'state-stock', stockType: 'other', indicator: 'stock', linkage: 'not-linkage' },
  { source: 'state-stock', stockType: null, indicator: 'stock', linkage: 'stock-type-missing' },
  // 一、5 "政府征收后办理供地手续…的集体存量建设用地"; 审核要求表 第五类 来源1
  { source: 'conversion-requisition', requisition: 'collective-construction', indicator: 'stock', linkage: 'category 5' },
  { source: 'conversion-requisition', requisition: 'collective-farmland', indicator: 'new', linkage: 'not-linkage' },
  { source: 'conversion-requisition', requisition: 'other', indicator: 'new', linkage: 'not-linkage' },
  { source: 'conversion-requisition', requisition: null, indicator: 'new', linkage: 'not-linkage' },
  // 一、5 "集体经济组织按规定重新办理供地手续"; 审核要求表 第五类 来源2
  { source: 'collective-stock', indicator: 'stock', linkage: 'category 5' },
  // the national land market site's values (docs/spec/inputs.md)
  { source: 'existing', indicator: 'stock', linkage: 'stock-unclassified' },
  { source: 'new-from-stock-pool', indicator: 'stock-pool', linkage: 'stock-unclassified' },
  { source: 'new-state', indicator: 'new', linkage: 'not-linkage' },
  { source: 'unused', indicator: 'new', linkage: 'not-linkage' },
  { source: null, indicator: 'no-land-source', linkage: 'source-unknown' },
];

/** The table's case for a combination: the fields a land source does not read are ignored. */
function caseOf(source: LandSource | null, requisition: RequisitionType | null, stockType: StockType | null): Case {
  const found = table.filter((c) => c.source === source
    && (source !== 'conversion-requisition' || c.requisition === requisition)
    && (source !== 'state-stock' || c.stockType === stockType));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const combos = [null, ...landSources.map((t) => t.id)].flatMap((source) =>
  [null, ...requisitionTypes.map((t) => t.id)].flatMap((requisition) =>
    [null, ...stockTypes.map((t) => t.id)].map((stockType) => ({
      source, requisition, stockType,
      name: [source && labelOf(landSources, source), requisition && labelOf(requisitionTypes, requisition), stockType && labelOf(stockTypes, stockType)]
        .map((v) => v ?? '—').join(' / '),
    }))));

function rowOf(source: LandSource | null, requisition: RequisitionType | null, stockType: StockType | null, stockHa: string | null) {
  // The supply system files 集体存量建设用地 under 集体建设用地, everything else under 出让合同 (or 划拨决定书).
  return supply({ id: 'S1', row: 2, county: '330102', source, filing: source === 'collective-stock' ? 'collective' : 'transfer',
    requisition, stockType, ha: '2.5', stockHa, signed: '2025-03-01' });
}

/** The indicator's stock part of a 2.5 公顷 row with the given 存量面积 (default options: 来自存量库 counts its stock part). */
function expectedPart(indicator: Indicator, stockHa: string | null): string {
  const supplyHa = Exact.parseDecimal('2.5');
  const declared = stockHa === null ? null : Exact.parseDecimal(stockHa);
  switch (indicator) {
    case 'no-land-source': return 'no-land-source';
    case 'new': return '0/1';
    case 'stock': return frac((declared ?? supplyHa).min(supplyHa))!;
    case 'stock-pool': return declared === null ? 'no-stock-part' : frac(declared.min(supplyHa))!;
  }
}

describe('stock supply: the indicator and the linkage read one definition (一、1–5; 审核要求表)', () => {
  it('covers every row of the table', () => {
    const used = new Set(combos.map((c) => caseOf(c.source, c.requisition, c.stockType)));
    expect(used.size).toBe(table.length);
  });

  it.each(combos)('$name', ({ source, requisition, stockType }) => {
    const c = caseOf(source, requisition, stockType);
    for (const stockHa of [null, '1.0', '3.0']) {
      const row = rowOf(source, requisition, stockType, stockHa);
      expect(stockSupplyOf(row) ?? 'no-land-source').toBe(c.indicator);
      const part = stockPartOf(row, row.supplyAreaHa!, defaultIndicatorOptions);
      expect(part.ok ? frac(part.ha) : part.reason).toBe(expectedPart(c.indicator, stockHa));
    }
    const r = recogniseSupply(rowOf(source, requisition, stockType, null));
    const linkage = r.kind === 'category' ? `category ${r.category}` : r.kind === 'filing-mismatch' ? `filing-mismatch ${r.category}` : r.kind;
    expect({ indicator: stockSupplyOf(rowOf(source, requisition, stockType, null)) ?? 'no-land-source', linkage }).toEqual({ indicator: c.indicator, linkage: c.linkage });
  });

  it('no filing credited as a linkage category is counted as new land by the indicator', () => {
    for (const { source, requisition, stockType } of combos) {
      const row = rowOf(source, requisition, stockType, null);
      if (recogniseSupply(row).kind === 'category') expect(stockSupplyOf(row)).toBe('stock');
    }
  });
});
