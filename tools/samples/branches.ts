// Builders of the deliberate business branches (branch-specs.ts says what each one tests): each makes one
// realistic project, complete like a regular one, then takes away or alters exactly what its branch is about.
import { Exact } from '../../src/domain/exact.js';
import type { CategoryId } from '../../src/policy/categories.js';
import type { CandidateSet } from './candidates.js';
import { uniqueId } from './context.js';
import {
  completionMaterial, doc, redevelopmentEvidence, reclamationEvidence, reviewOpinion, startMaterial, statedAtLeast, supplyEvidence,
} from './evidence.js';
import { boundedByDocuments, candidate, expectation, largestCreditedRegions, supplyEligibleHa, type CreditedEntry } from './expect.js';
import { floorTo, haToM2, isoDate, type IsoDate } from './format.js';
import { acceptanceLabel, conclusionLabel, docLabel, inspectionMethodLabel } from './labels.js';
import type { EvidenceRecord, ProjectStatus, ReclamationRecord, RedevelopmentRecord, SupplyRecord } from './model.js';
import { commercialRealEstateUses, roadName, villageName } from './names.js';
import { Rng } from './prng.js';
import type { SampleRegion } from './regions.js';
import { makeSupply } from './supply.js';
import { makeReclamation, makeRedevelopment, reclamationAreaHa, redevelopmentAreaHa } from './works.js';
import type { BranchKey } from './branch-specs.js';

export interface BranchKit {
  set: CandidateSet;
  rng: Rng;
  /** Regions a branch may use (not the carried-forward county, whose quota must stay small). */
  exclude: readonly string[];
  /** Credited projects of year Y−2 (for the ledger hit), empty when there is no such year. */
  creditedTwoYearsAgo: readonly CreditedEntry[];
}

type Builder = (kit: BranchKit) => string[];

const opinionType = docLabel('review-opinion');

function place(kit: BranchKit, big = false): SampleRegion {
  if (!big) return kit.set.ctx.regions.pick(kit.rng, { exclude: kit.exclude });
  // Fraud stories go to the counties with the most credited area this year, whose quota absorbs the double
  // deduction (one carried-forward county is made on purpose, in history.ts; others would blur it).
  const large = largestCreditedRegions(kit.set.candidates, 10, kit.exclude);
  return kit.set.ctx.regions.get(kit.rng.pick(large));
}

function addSupply(kit: BranchKit, branch: BranchKey, r: SupplyRecord, category: CategoryId, evidence: EvidenceRecord[], status: ProjectStatus, credited?: Exact): string {
  kit.set.supply.push(r);
  kit.set.evidence.push(...evidence);
  kit.set.candidates.push(candidate(r.id, 'supply', category, r.regionCode, expectation(status, supplyEligibleHa(r), credited), branch));
  return r.id;
}

function addRedevelopment(kit: BranchKit, branch: BranchKey, r: RedevelopmentRecord, evidence: EvidenceRecord[], status: ProjectStatus): string {
  kit.set.redevelopment.push(r);
  kit.set.evidence.push(...evidence);
  kit.set.candidates.push(candidate(r.id, 'redevelopment', 6, r.regionCode, expectation(status, boundedByDocuments(redevelopmentAreaHa(r), evidence)), branch));
  return r.id;
}

function addReclamation(kit: BranchKit, branch: BranchKey, r: ReclamationRecord, evidence: EvidenceRecord[], status: ProjectStatus): string {
  kit.set.reclamation.push(r);
  kit.set.evidence.push(...evidence);
  kit.set.candidates.push(candidate(r.id, 'reclamation', 7, r.regionCode, expectation(status, reclamationAreaHa(r)), branch));
  return r.id;
}

function supplyCase(kit: BranchKit, category: 1 | 2 | 3 | 4 | 5, via: 'requisition' | 'collective-filing' = 'requisition', big = false) {
  const { ctx } = kit.set;
  const profile = category === 5 ? { kind: 'category' as const, category, via } : { kind: 'category' as const, category };
  const r = makeSupply(ctx, kit.rng, profile, place(kit, big));
  return { r, ev: supplyEvidence(ctx, kit.rng, r, category, category === 5 ? via : undefined) };
}

function inspect(kit: BranchKit, id: string, conclusion: Parameters<typeof conclusionLabel>[0], note: string, verifiedHa: Exact | null = null): void {
  kit.set.inspection.push({ projectId: id, method: inspectionMethodLabel('onsite'), conclusion: conclusionLabel(conclusion), verifiedHa, note });
}

function lastWorkingDay(year: number, month: number, from: number, to: number, rng: Rng): IsoDate {
  for (;;) {
    const day = rng.int(from, to);
    const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (dow !== 0 && dow !== 6) return isoDate(year, month, day);
  }
}

const fullWidthDigits = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

export const branchBuilders: Partial<Record<BranchKey, Builder>> = {
  'review-opinion-missing': (kit) => {
    const { r, ev } = supplyCase(kit, 1);
    return [addSupply(kit, 'review-opinion-missing', r, 1, ev.filter((e) => e.docType !== opinionType), 'pending')];
  },
  'review-opinion-not-stamped': (kit) => {
    const { r, ev } = supplyCase(kit, 4);
    for (const e of ev) if (e.docType === opinionType) e.stamped = '否';
    return [addSupply(kit, 'review-opinion-not-stamped', r, 4, ev, 'pending')];
  },
  'proof-document-missing': (kit) => {
    const { r, ev } = supplyCase(kit, 2);
    return [addSupply(kit, 'proof-document-missing', r, 2, ev.filter((e) => e.docType === opinionType), 'pending')];
  },
  'location-differs-no-proof': (kit) => {
    const { r, ev } = supplyCase(kit, 3);
    const old = `${r.location.slice(0, 2)}原${villageName(kit.rng)}旧村地块`;
    for (const e of ev) if (e.statedLocation !== null) e.statedLocation = old;
    return [addSupply(kit, 'location-differs-no-proof', r, 3, ev, 'pending')];
  },
  'location-differs-with-proof': (kit) => {
    const { set, rng } = kit;
    const { r, ev } = supplyCase(kit, 1);
    const old = `原${r.holder.replace(/有限公司$/, '')}厂区（${roadName(rng)}${rng.int(1, 300)}号）`;
    for (const e of ev) e.statedLocation = old;
    ev.push(doc(set.ctx, rng, r.id, r.regionCode, 'same-parcel-proof', { stamped: '是', statedLocation: r.location }));
    return [addSupply(kit, 'location-differs-with-proof', r, 1, ev, 'credited')];
  },
  'location-equal-after-normalisation': (kit) => {
    const { set, rng } = kit;
    const { r } = supplyCase(kit, 5, 'collective-filing');
    const town = rng.pick(set.ctx.regions.get(r.regionCode).towns);
    const road = roadName(rng);
    const no = String(rng.int(10, 899));
    r.location = `${town}${road}${no}号`;
    const opinion = reviewOpinion(set.ctx, rng, r, 5);
    opinion.statedLocation = `${town} ${road}${fullWidthDigits(no)}号`;
    const proof = doc(set.ctx, rng, r.id, r.regionCode, 'collective-reclaim-agreement', { statedLocation: opinion.statedLocation });
    return [addSupply(kit, 'location-equal-after-normalisation', r, 5, [opinion, proof], 'credited')];
  },
  'other-proof-only': (kit) => {
    const { set, rng } = kit;
    const { r, ev } = supplyCase(kit, 2);
    const other = doc(set.ctx, rng, r.id, r.regionCode, 'other-proof', { statedLocation: r.location, docNo: `${set.ctx.regions.get(r.regionCode).short}政纪〔${set.ctx.year}〕${rng.int(1, 60)}号` });
    return [addSupply(kit, 'other-proof-only', r, 2, [...ev.filter((e) => e.docType === opinionType), other], 'credited')];
  },
  'surveyed-exceeds-supply': (kit) => {
    const { r, ev } = supplyCase(kit, 1);
    r.stockHa = r.supplyHa;
    r.surveyedHa = floorTo(r.supplyHa, 4).add(Exact.of(kit.rng.int(50, 400), 10_000));
    r.surveyedAsText = false;
    return [addSupply(kit, 'surveyed-exceeds-supply', r, 1, ev, 'credited')];
  },
  'surveyed-area-missing': (kit) => {
    const { set, rng } = kit;
    const { r } = supplyCase(kit, 4);
    r.stockHa = floorTo(r.supplyHa.mul(Exact.of(rng.int(60, 95), 100)), 4);
    r.surveyedHa = null;
    r.surveyedAsText = false;
    const ev = supplyEvidence(set.ctx, rng, r, 4);
    return [addSupply(kit, 'surveyed-area-missing', r, 4, ev, 'pending')];
  },
  'opinion-area-not-stated': (kit) => {
    const { r, ev } = supplyCase(kit, 2);
    for (const e of ev) if (e.docType === opinionType) e.statedM2 = null;
    return [addSupply(kit, 'opinion-area-not-stated', r, 2, ev, 'pending')];
  },
  'stated-type-not-whole-term': (kit) => {
    const { r, ev } = supplyCase(kit, 1);
    for (const e of ev) if (e.docType === opinionType) e.statedType = '新增建设用地，不属于收回收购土地';
    return [addSupply(kit, 'stated-type-not-whole-term', r, 1, ev, 'pending')];
  },
  'document-area-bounds-credit': (kit) => {
    const { r, ev } = supplyCase(kit, 1);
    const stated = floorTo(supplyEligibleHa(r).mul(Exact.of(90, 100)), 4);
    for (const e of ev) if (e.docType === opinionType) e.statedM2 = haToM2(stated);
    return [addSupply(kit, 'document-area-bounds-credit', r, 1, ev, 'credited', stated)];
  },
  'parcel-filed-twice': (kit) => {
    const { set, rng } = kit;
    const { r, ev } = supplyCase(kit, 1);
    const rd = makeRedevelopment(set.ctx, rng, set.ctx.regions.get(r.regionCode), 'secondary-to-tertiary');
    rd.location = r.location;
    return [addSupply(kit, 'parcel-filed-twice', r, 1, ev, 'pending'), addRedevelopment(kit, 'parcel-filed-twice', rd, redevelopmentEvidence(set.ctx, rng, rd), 'pending')];
  },
  'cat6-plot-ratio-implausible': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    r.plotRatio = Exact.of(2, 10);
    return [addRedevelopment(kit, 'cat6-plot-ratio-implausible', r, redevelopmentEvidence(set.ctx, rng, r), 'pending')];
  },
  'cat6-social-housing': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    r.newUse = '保障性租赁住房';
    r.projectName = `${r.formerHolder}老厂区改建保障性租赁住房项目`;
    return [addRedevelopment(kit, 'cat6-social-housing', r, redevelopmentEvidence(set.ctx, rng, r), 'credited')];
  },
  'cat6-start-area-short': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    const filedM2 = haToM2(r.changedUseMu.div(15));
    const ev = [startMaterial(set.ctx, rng, r, floorTo(filedM2.mul(Exact.of(85, 100)), 0)), completionMaterial(set.ctx, rng, r, statedAtLeast(rng, r.changedLandUseMu ?? r.changedUseMu))];
    return [addRedevelopment(kit, 'cat6-start-area-short', r, ev, 'pending')];
  },
  'cat6-completion-missing': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    return [addRedevelopment(kit, 'cat6-completion-missing', r, [startMaterial(set.ctx, rng, r, statedAtLeast(rng, r.changedUseMu))], 'pending')];
  },
  'cat6-completion-area-short': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    r.changedLandUseMu = r.changedUseMu;
    const filedM2 = haToM2(r.changedUseMu.div(15));
    const ev = [startMaterial(set.ctx, rng, r, statedAtLeast(rng, r.changedUseMu)), completionMaterial(set.ctx, rng, r, floorTo(filedM2.mul(Exact.of(90, 100)), 0))];
    return [addRedevelopment(kit, 'cat6-completion-area-short', r, ev, 'pending')];
  },
  'cat6-commercial-real-estate': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    r.newUse = commercialRealEstateUses[0];
    r.projectName = `${r.formerHolder}老厂区改建商品住宅项目`;
    return [addRedevelopment(kit, 'cat6-commercial-real-estate', r, redevelopmentEvidence(set.ctx, rng, r), 'rejected')];
  },
  'cat6-government-resupply': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    r.governmentResupply = '是';
    return [addRedevelopment(kit, 'cat6-government-resupply', r, redevelopmentEvidence(set.ctx, rng, r), 'rejected')];
  },
  'cat7-acceptance-failed': (kit) => {
    const { set, rng } = kit;
    const r = makeReclamation(set.ctx, rng, set.ctx.regions.pick(rng, { exclude: kit.exclude, countiesOnly: true, rural: true }));
    r.acceptance = acceptanceLabel('failed');
    return [addReclamation(kit, 'cat7-acceptance-failed', r, reclamationEvidence(set.ctx, rng, r), 'rejected')];
  },
  'supply-signed-outside-year': (kit) => {
    const { set, rng } = kit;
    const { r } = supplyCase(kit, 4);
    const year = set.ctx.year - 1;
    // The 电子监管号 is issued when the contract is made, so it carries the earlier year; the 9xxxx range is
    // never drawn for regular ids (supply.ts), so it cannot clash with that year's own sample.
    const letter = r.id.charAt(10);
    set.ctx.usedIds.delete(r.id);
    r.id = uniqueId(set.ctx, rng, (seq) => `${r.regionCode}${year}${letter}9${String(seq).padStart(4, '0')}`, 9_999);
    r.signed = lastWorkingDay(year, 12, 22, 31, rng);
    r.actualStart = null;
    return [addSupply(kit, 'supply-signed-outside-year', r, 4, supplyEvidence(set.ctx, rng, r, 4), 'rejected')];
  },
  'redevelopment-completed-outside-year': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit), 'secondary-to-tertiary');
    r.completed = lastWorkingDay(set.ctx.year + 1, 1, 5, 12, rng);
    return [addRedevelopment(kit, 'redevelopment-completed-outside-year', r, redevelopmentEvidence(set.ctx, rng, r), 'rejected')];
  },
  'reclamation-accepted-outside-year': (kit) => {
    const { set, rng } = kit;
    const r = makeReclamation(set.ctx, rng, set.ctx.regions.pick(rng, { exclude: kit.exclude, countiesOnly: true, rural: true }));
    r.accepted = lastWorkingDay(set.ctx.year - 1, 12, 15, 30, rng);
    return [addReclamation(kit, 'reclamation-accepted-outside-year', r, reclamationEvidence(set.ctx, rng, r), 'rejected')];
  },
  'inspection-area-reduced': (kit) => {
    const { r, ev } = supplyCase(kit, 1, 'requisition', true);
    const verified = floorTo(supplyEligibleHa(r).mul(Exact.of(80, 100)), 4);
    inspect(kit, r.id, 'area-reduced', '实地测量部分为新增建设用地，核减存量面积', verified);
    return [addSupply(kit, 'inspection-area-reduced', r, 1, ev, 'credited', verified)];
  },
  'inspection-misreported': (kit) => {
    const { r, ev } = supplyCase(kit, 3, 'requisition', true);
    inspect(kit, r.id, 'misreported', '供地范围内约四成为新增建设用地，存量面积错报');
    return [addSupply(kit, 'inspection-misreported', r, 3, ev, 'fraud')];
  },
  'inspection-false-report': (kit) => {
    const { r, ev } = supplyCase(kit, 5, 'collective-filing', true);
    inspect(kit, r.id, 'false-report', '所称集体存量建设用地经卫片比对实为耕地，虚报存量');
    return [addSupply(kit, 'inspection-false-report', r, 5, ev, 'fraud')];
  },
  'inspection-untrue': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit, true), 'secondary-to-tertiary');
    inspect(kit, r.id, 'untrue', '现场厂房仍在生产，未完成“退二进三”改造');
    return [addRedevelopment(kit, 'inspection-untrue', r, redevelopmentEvidence(set.ctx, rng, r), 'fraud')];
  },
  'inspection-fraud-on-rejected': (kit) => {
    const { set, rng } = kit;
    const r = makeRedevelopment(set.ctx, rng, place(kit, true), 'secondary-to-tertiary');
    r.newUse = commercialRealEstateUses[0];
    r.projectName = `${r.formerHolder}老厂区改建商品住宅项目`;
    inspect(kit, r.id, 'untrue', '现场厂房仍在生产，所报“退二进三”不属实');
    return [addRedevelopment(kit, 'inspection-fraud-on-rejected', r, redevelopmentEvidence(set.ctx, rng, r), 'fraud')];
  },
  'ledger-hit': (kit) => {
    const { set, rng } = kit;
    const earlier = kit.creditedTwoYearsAgo.filter((e) => e.kind === 'supply');
    if (earlier.length === 0) return [];
    const entry = rng.pick(earlier);
    const category = entry.category as 1 | 2 | 3 | 4 | 5;
    const profile = category === 5 ? { kind: 'category' as const, category, via: 'requisition' as const } : { kind: 'category' as const, category };
    const r = makeSupply(set.ctx, rng, profile, set.ctx.regions.get(entry.regionCode));
    set.ctx.usedIds.delete(r.id);
    set.ctx.usedIds.add(entry.id);
    r.id = entry.id;
    r.projectName = `${r.projectName}（出让合同变更）`;
    return [addSupply(kit, 'ledger-hit', r, category, supplyEvidence(set.ctx, rng, r, category, category === 5 ? 'requisition' : undefined), 'rejected')];
  },
};

/** The small credited project of the carried-forward county (its whole quota this year). */
export function carriedForwardProject(kit: BranchKit, countyCode: string, revokedHa: Exact): string {
  const { set, rng } = kit;
  const r = makeReclamation(set.ctx, rng, set.ctx.regions.get(countyCode));
  // Keep this county's credited area below twice the revoked project's, so the deduction 2 × (area ÷ 3)
  // exceeds the quota (area ÷ 3) for sure (domain.md 决定 6).
  const cap = floorTo(revokedHa.mul(15).div(4), 2);
  if (r.reclaimedMu.gt(cap)) r.reclaimedMu = cap;
  return addReclamation(kit, 'carried-forward-deduction', r, reclamationEvidence(set.ctx, rng, r), 'credited');
}

