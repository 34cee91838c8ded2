// policy/sources.ts: every combination of 备案类型 × 土地来源 × 存量类型/征收类型 is recognised as 审核要求表 says.
import { describe, expect, it } from 'vitest';
import { recogniseSupply, isCategory6, categorySources } from '../../src/policy/sources.js';
import { filingTypes, landSources, redevelopmentTypes, requisitionTypes, stockTypes } from '../../src/domain/vocabulary.js';
import type { FilingType, LandSource, RequisitionType, StockType } from '../../src/domain/vocabulary.js';

type Row = { filingType: FilingType | null; landSource: LandSource | null; stockType: StockType | null; requisitionType: RequisitionType | null };

/** The expected result, written from the table independently of the implementation's data. */
function expected(r: Row): string {
  const state = r.filingType === null || r.filingType === 'allocation' || r.filingType === 'transfer';
  if (r.landSource === null) return 'source-unknown';
  if (r.landSource === 'state-stock') {
    const c = ({ reclaimed: 1, idle: 2, 'urban-village': 3, demolition: 4 } as Record<string, number>)[r.stockType ?? ''];
    if (c !== undefined) return state ? `category ${c}` : `filing-mismatch ${c}`;
    return r.stockType === null ? 'stock-type-missing' : 'not-linkage';
  }
  if (r.landSource === 'conversion-requisition' && r.requisitionType === 'collective-construction') return state ? 'category 5' : 'filing-mismatch 5';
  if (r.landSource === 'collective-stock') return r.filingType === null || r.filingType === 'collective' ? 'category 5' : 'filing-mismatch 5';
  if (r.landSource === 'existing' || r.landSource === 'new-from-stock-pool') return 'stock-unclassified';
  return 'not-linkage';
}

const rows: Row[] = [];
for (const filingType of [null, ...filingTypes.map((t) => t.id)]) {
  for (const landSource of [null, ...landSources.map((t) => t.id)]) {
    for (const stockType of [null, ...stockTypes.map((t) => t.id)]) {
      for (const requisitionType of [null, ...requisitionTypes.map((t) => t.id)]) rows.push({ filingType, landSource, stockType, requisitionType });
    }
  }
}

describe('recogniseSupply (审核要求表 第一至五类 项目信息来源)', () => {
  it.each(rows.map((r) => ({ ...r, want: expected(r) })))('$filingType / $landSource / $stockType / $requisitionType → $want', ({ want, ...row }) => {
    const r = recogniseSupply(row);
    const got = r.kind === 'category' ? `category ${r.category}` : r.kind === 'filing-mismatch' ? `filing-mismatch ${r.category}` : r.kind;
    expect(got).toBe(want);
  });
});

describe('category 6 source (审核要求表 第六类 项目信息来源)', () => {
  it.each(redevelopmentTypes.map((t) => ({ id: t.id, want: t.id === 'secondary-to-tertiary' })))('$id → $want', ({ id, want }) => {
    expect(isCategory6({ redevelopmentType: id })).toBe(want);
  });
  it('names the supply-system path of every category', () => {
    expect(Object.values(categorySources).every((s) => s.path.length > 0)).toBe(true);
  });
});
