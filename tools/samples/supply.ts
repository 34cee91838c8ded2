// Supply filings (供地备案) as the supply system exports them: the linkage candidates of categories 1–5 and the
// ordinary filings that are not linkage projects. Where each category comes from follows domain.md "Where each
// category comes from" (审核要求表 项目信息来源):
//   1–4: 划拨决定书/出让合同, 土地来源 国有存量建设用地, 存量类型 回收收购土地 / 空闲地 / 城中村改造… / “三改一拆”拆后土地;
//   5:   划拨决定书/出让合同, 农用地转用和土地征收 + 集体建设用地征收; or 集体建设用地 + 集体存量建设用地.
import { Exact } from '../../src/domain/exact.js';
import type { StockType } from '../../src/domain/vocabulary.js';
import { uniqueId, type YearContext } from './context.js';
import { addMonths, dayInYear, floorTo, haFromM2, parts } from './format.js';
import { filingLabel, methodLabel, requisitionLabel, sourceLabel, stockTypeLabel } from './labels.js';
import type { SupplyRecord } from './model.js';
import { companyName, investmentCompany, location, projectFacts, type LandUseKind } from './names.js';
import type { Rng } from './prng.js';
import type { SampleRegion } from './regions.js';

export type SupplyProfile =
  | { kind: 'category'; category: 1 | 2 | 3 | 4 }
  | { kind: 'category'; category: 5; via: 'requisition' | 'collective-filing' }
  | { kind: 'ordinary'; source: OrdinarySource };

/** Ordinary (non-linkage) filings: new land, stock of type 其他, unused land, standalone-site infrastructure. */
export type OrdinarySource = 'farmland' | 'new-state' | 'stock-other' | 'requisition-other' | 'unused' | 'standalone';

const categoryStockType: Record<1 | 2 | 3 | 4, StockType> = { 1: 'reclaimed', 2: 'idle', 3: 'urban-village', 4: 'demolition' };

/** Typical uses per source, as weights (a reclaimed parcel is often re-sold for housing or business, …). */
const usesByCategory: Record<1 | 2 | 3 | 4 | 5, [LandUseKind, number][]> = {
  1: [['commercial', 3], ['residential', 3], ['industrial', 2.5], ['public', 1.5]],
  2: [['public', 4], ['industrial', 4], ['storage', 2]],
  3: [['residential', 6], ['commercial', 2], ['public', 2]],
  4: [['industrial', 5], ['commercial', 2], ['public', 1.5], ['residential', 1.5]],
  5: [['industrial', 5], ['residential', 2], ['public', 2], ['commercial', 1]],
};
const ordinaryUses: [LandUseKind, number][] = [['industrial', 5], ['residential', 3], ['commercial', 1.5], ['public', 1.5], ['storage', 1]];

/** Parcel size range per use, m² (log-uniform). */
const sizeRange: Record<LandUseKind, [number, number]> = {
  industrial: [6_000, 60_000], residential: [15_000, 90_000], commercial: [4_000, 40_000],
  public: [5_000, 50_000], infrastructure: [8_000, 250_000], storage: [10_000, 60_000],
};

/** 成交价格 in 万元 per 公顷 by use (only for 出让). */
const priceRange: Record<LandUseKind, [number, number]> = {
  industrial: [300, 900], residential: [6_000, 30_000], commercial: [2_500, 12_000],
  public: [0, 0], infrastructure: [0, 0], storage: [400, 1_200],
};

function weightedUse(rng: Rng, table: [LandUseKind, number][]): LandUseKind {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [use, w] of table) {
    x -= w;
    if (x < 0) return use;
  }
  return table[table.length - 1]![0];
}

function logUniform(rng: Rng, [lo, hi]: [number, number]): number {
  return Math.round(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))));
}

function plotRatio(rng: Rng, use: LandUseKind): string | null {
  const range: Record<LandUseKind, [number, number] | null> = {
    industrial: [12, 30], residential: [16, 28], commercial: [20, 45], public: [8, 18], storage: [10, 20], infrastructure: null,
  };
  const r = range[use];
  return r ? (rng.int(r[0], r[1]) / 10).toFixed(1) : null;
}

interface Disposal { filing: 'allocation' | 'transfer' | 'collective'; method: Parameters<typeof methodLabel>[0]; letter: string }

function disposal(rng: Rng, use: LandUseKind, collective: boolean, resettlement: boolean): Disposal {
  if (collective) return { filing: 'collective', method: rng.chance(0.7) ? 'listing' : 'negotiated', letter: 'J' };
  if (use === 'public' || use === 'infrastructure' || resettlement) return { filing: 'allocation', method: 'allocation', letter: 'A' };
  const x = rng.next();
  if (use === 'residential') return { filing: 'transfer', method: x < 0.5 ? 'auction' : 'listing', letter: 'B' };
  if (x < 0.8) return { filing: 'transfer', method: 'listing', letter: 'B' };
  if (x < 0.9) return { filing: 'transfer', method: 'negotiated', letter: 'B' };
  if (x < 0.95) return { filing: 'transfer', method: 'tender', letter: 'B' };
  if (x < 0.98) return { filing: 'transfer', method: 'lease', letter: 'C' };
  return { filing: 'transfer', method: 'capital', letter: 'B' };
}

/** 电子监管号: 6-digit region code + 4-digit year + letter (A 划拨, B 出让, C 租赁, J 集体) + 5 digits, the shape of the national land market site's exports (docs/spec/inputs.md: the 电子监管号 letter). */
export function supplyId(ctx: YearContext, rng: Rng, regionCode: string, letter: string): string {
  // 9xxxx is kept free for the late-filed row of the out-of-year branch (branches.ts).
  const max = ctx.scale > 5 ? 89_999 : 9_999;
  return uniqueId(ctx, rng, (seq) => `${regionCode}${ctx.year}${letter}${String(seq).padStart(5, '0')}`, max);
}

export function makeSupply(ctx: YearContext, rng: Rng, profile: SupplyProfile, place: SampleRegion): SupplyRecord {
  const year = ctx.year;
  const isCategory = profile.kind === 'category';
  const use: LandUseKind = profile.kind === 'ordinary' && profile.source === 'standalone'
    ? 'infrastructure'
    : weightedUse(rng, isCategory ? usesByCategory[profile.category] : ordinaryUses);
  const collective = isCategory && profile.category === 5 && profile.via === 'collective-filing';
  const resettlement = use === 'residential' && !collective && rng.chance(0.3);
  const d = disposal(rng, use, collective, resettlement);

  const sixDecimals = rng.chance(0.3);
  const m2 = logUniform(rng, sizeRange[use]);
  const supplyHa = sixDecimals ? haFromM2(m2 * 100 + rng.int(0, 99), true) : haFromM2(m2);

  let landSource: string;
  let stockType: string | null = null;
  let requisitionType: string | null = null;
  let stockHa: Exact | null = null;
  let surveyedHa: Exact | null = null;
  if (profile.kind === 'category') {
    if (profile.category === 5) {
      if (profile.via === 'requisition') {
        landSource = sourceLabel('conversion-requisition');
        requisitionType = requisitionLabel('collective-construction');
        // Only the collective construction-land part of a requisition is stock.
        stockHa = rng.chance(0.6) ? supplyHa : floorTo(supplyHa.mul(Exact.of(rng.int(40, 95), 100)), 4);
      } else {
        landSource = sourceLabel('collective-stock');
        stockHa = rng.chance(0.5) ? null : supplyHa;
      }
    } else {
      landSource = sourceLabel('state-stock');
      stockType = stockTypeLabel(categoryStockType[profile.category]);
      const part = rng.next();
      stockHa = part < 0.3 ? null : part < 0.8 ? supplyHa : floorTo(supplyHa.mul(Exact.of(rng.int(50, 95), 100)), 4);
    }
    // Ownership survey (权属测绘): a little below the declared stock area, to the m².
    const declared = stockHa ?? supplyHa;
    surveyedHa = rng.chance(0.4) ? floorTo(declared, 4) : floorTo(declared.mul(Exact.of(rng.int(970, 999), 1000)), 4);
  } else {
    switch (profile.source) {
      case 'farmland':
        landSource = sourceLabel('conversion-requisition');
        requisitionType = requisitionLabel('collective-farmland');
        break;
      case 'requisition-other':
        landSource = sourceLabel('conversion-requisition');
        requisitionType = requisitionLabel('other');
        break;
      case 'new-state':
      case 'standalone':
        landSource = sourceLabel('new-state');
        break;
      case 'stock-other':
        landSource = sourceLabel('state-stock');
        stockType = stockTypeLabel('other');
        stockHa = rng.chance(0.5) ? supplyHa : null;
        break;
      case 'unused':
        landSource = sourceLabel('unused');
        break;
    }
  }

  const company = companyName(rng, place.short);
  const town = rng.pick(place.towns);
  const facts = resettlement
    ? { name: `${town}${rng.pick(['安置房', '回迁安置小区'] as const)}${rng.pick(['一期', '二期', '三期'] as const)}项目`, landUse: '城镇住宅用地', holder: investmentCompany(place.short, rng) }
    : projectFacts(rng, use, place.short, year, company);
  const holder = facts.holder ?? (use === 'industrial' || use === 'storage' ? company : investmentCompany(place.short, rng));
  const signed = dayInYear(rng, year);
  const agreedStart = use === 'infrastructure' && rng.chance(0.5) ? null : addMonths(signed, rng.int(3, 12));
  const actualStart = agreedStart && parts(agreedStart)[0] === year && rng.chance(0.5) ? agreedStart : null;
  const [plo, phi] = priceRange[use];
  const priceWan = d.filing === 'allocation' || phi === 0
    ? null
    : floorTo(supplyHa.mul(Exact.of(rng.int(plo, phi))), 4).toFixed(4);

  return {
    id: supplyId(ctx, rng, place.region.code, d.letter),
    regionCode: place.region.code,
    regionName: place.region.name,
    projectName: facts.name,
    location: location(rng, town),
    filingType: filingLabel(d.filing),
    supplyMethod: methodLabel(d.method),
    landSource,
    stockType,
    requisitionType,
    supplyHa,
    decimals: sixDecimals ? 6 : 4,
    stockHa,
    surveyedHa,
    surveyedAsText: surveyedHa !== null && rng.chance(0.05),
    landUse: facts.landUse,
    plotRatio: plotRatio(rng, use),
    standalone: use === 'infrastructure',
    signed,
    agreedStart,
    actualStart,
    holder,
    priceWan,
  };
}
