// Redevelopment (低效用地再开发) and reclamation (增减挂钩复垦) records: category 6 comes from 再开发类型 = 退二进三
// (domain.md; Measures 一、6), category 7 from the province's re-check acceptance records (Measures 一、7).
import { Exact } from '../../src/domain/exact.js';
import type { RedevelopmentType } from '../../src/domain/vocabulary.js';
import { uniqueId, type YearContext } from './context.js';
import { dayInYear, floorTo, haFromMuHundredths, M2_PER_HA } from './format.js';
import { acceptanceLabel, redevelopmentLabel } from './labels.js';
import type { ReclamationRecord, RedevelopmentRecord } from './model.js';
import { companyName, location, redevelopmentName, tertiaryUses, villageName } from './names.js';
import type { Rng } from './prng.js';
import type { SampleRegion } from './regions.js';

const otherUses: Record<Exclude<RedevelopmentType, 'secondary-to-tertiary'>, readonly string[]> = {
  'industrial-upgrade': ['工业（提高容积率）', '工业'],
  'urban-village': ['城镇住宅', '安置住宅'],
  other: ['公共服务', '公园绿地'],
};

export function makeRedevelopment(ctx: YearContext, rng: Rng, place: SampleRegion, type: RedevelopmentType): RedevelopmentRecord {
  const company = companyName(rng, place.short);
  const newUse = type === 'secondary-to-tertiary' ? rng.pick(tertiaryUses) : rng.pick(otherUses[type]);
  const muHundredths = Math.round(Math.exp(Math.log(500) + rng.next() * (Math.log(8_000) - Math.log(500))));
  const changedUseMu = Exact.of(muHundredths, 100);
  const plotRatio = Exact.of(rng.int(15, 35), 10);
  // Floor area whose use changed ≈ land area × new plot ratio (a little less: not every floor changes use).
  const landM2 = haFromMuHundredths(muHundredths).mul(M2_PER_HA);
  const floorM2 = floorTo(landM2.mul(plotRatio).mul(Exact.of(rng.int(900, 1000), 1000)), 1);
  const landUseChoice = rng.next();
  const changedLandUseMu = landUseChoice < 0.6 ? changedUseMu
    : landUseChoice < 0.85 ? null
      : Exact.of(muHundredths - rng.int(1, Math.max(1, Math.floor(muHundredths / 20))), 100);
  return {
    id: uniqueId(ctx, rng, (seq) => `DX${place.region.code}${ctx.year}${String(seq).padStart(4, '0')}`, 9_999),
    regionCode: place.region.code,
    regionName: place.region.name,
    projectName: type === 'secondary-to-tertiary' ? redevelopmentName(rng, company, newUse) : `${company}地块${redevelopmentLabel(type)}项目`,
    location: location(rng, rng.pick(place.towns)),
    type: redevelopmentLabel(type),
    floorM2,
    plotRatio,
    changedUseMu,
    changedLandUseMu,
    newUse,
    governmentResupply: rng.chance(0.85) ? '否' : null,
    completed: dayInYear(rng, ctx.year),
    formerHolder: company,
  };
}

/** Credited area of category 6: 改变用途的建筑面积 ÷ 地块新的容积率 (Measures 二、2), in 公顷. */
export function redevelopmentAreaHa(r: RedevelopmentRecord): Exact {
  return r.floorM2.div(r.plotRatio).div(M2_PER_HA);
}

export function makeReclamation(ctx: YearContext, rng: Rng, place: SampleRegion): ReclamationRecord {
  const town = rng.pick(place.towns);
  const approvalYear = ctx.year - rng.int(1, 2);
  const name = rng.chance(0.5)
    ? `${town}${villageName(rng)}农村土地综合整治项目拆旧区块`
    : `${place.short}${approvalYear}年度第${rng.int(1, 6)}批建设用地复垦项目（${villageName(rng)}地块）`;
  return {
    id: uniqueId(ctx, rng, (seq) => `FK${place.region.code}${ctx.year}${String(seq).padStart(4, '0')}`, 9_999),
    regionCode: place.region.code,
    projectName: name,
    reclaimedMu: Exact.of(Math.round(Math.exp(Math.log(300) + rng.next() * (Math.log(6_000) - Math.log(300)))), 100),
    acceptance: acceptanceLabel('passed'),
    accepted: dayInYear(rng, ctx.year),
    approvalNo: `${place.region.cityName.replace(/市$/, '').slice(0, 1)}自然资批〔${approvalYear}〕${rng.int(3, 160)}号`,
  };
}

/** Credited area of category 7: the acceptance area (Measures 二、3), in 公顷. */
export function reclamationAreaHa(r: ReclamationRecord): Exact {
  return r.reclaimedMu.div(15);
}
