// The evidence documents (材料清单, one row per document) a complete project carries, per the Measures' annex
// (审核要求表 "审核要求"; domain.md "Evidence per category"):
//   1–5: (a) a stamped 建设用地审查意见书 stating the category, location and area; (b) a matching proof document;
//   6:   a start material (改变规划条件批准文件/协议) and a completion material (改变土地用途补充协议), each with the
//        system's location and an area ≥ the filed area;
//   7:   proof of an approved consolidation / reclamation project and of the passed re-check acceptance.
// Branches (branches.ts) then remove or alter documents to make each evidence failure.
import { Exact } from '../../src/domain/exact.js';
import type { DocumentType } from '../../src/domain/vocabulary.js';
import type { YearContext } from './context.js';
import { ceilTo, haToM2, M2_PER_HA } from './format.js';
import { docLabel, stockTypeLabel } from './labels.js';
import type { EvidenceRecord, ReclamationRecord, RedevelopmentRecord, SupplyRecord } from './model.js';
import type { Rng } from './prng.js';
import { reclamationAreaHa } from './works.js';

/** Accepted proof documents (b) per category 1–5 (审核要求表); 5 split by the two sources of domain.md. */
export const proofDocuments: Record<1 | 2 | 3 | 4 | 5, readonly DocumentType[]> = {
  1: ['state-reclaim-decision', 'state-compensation-agreement', 'state-reclaim-review-opinion', 'state-reclaim-review-form'],
  2: ['ownership-confirmation', 'reclaim-notice'],
  3: ['reclaim-material', 'certificate-cancellation'],
  4: ['reclaim-material', 'demolition-images'],
  5: ['requisition-approval', 'collective-reclaim-agreement', 'collective-compensation-agreement', 'collective-reclaim-review-form'],
};

/** What the 审查意见书 states the land is (载明类型): the 存量类型 value for 1–4, the category name for 5. */
export const statedTypes: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: stockTypeLabel('reclaimed'),
  2: stockTypeLabel('idle'),
  3: stockTypeLabel('urban-village'),
  4: stockTypeLabel('demolition'),
  5: '集体存量建设用地',
};

/** 文号 styles per document type (county short name + type mark + 〔year〕 + number). */
const numberMarks: Partial<Record<DocumentType, string>> = {
  'review-opinion': '自然资审', 'state-reclaim-decision': '政收', 'state-compensation-agreement': '收储补',
  'state-reclaim-review-opinion': '自然资收', 'state-reclaim-review-form': '自然资收', 'ownership-confirmation': '自然资确',
  'reclaim-notice': '自然资告', 'reclaim-material': '收储', 'certificate-cancellation': '不动产注',
  'collective-reclaim-agreement': '集地协', 'collective-compensation-agreement': '集地补', 'collective-reclaim-review-form': '集地审',
  'planning-change-approval': '规变', 'planning-change-agreement': '规协', 'land-use-supplementary-agreement': '出让补',
  'same-parcel-proof': '自然资证', 'acceptance-record': '自然资复验', 'other-proof': '政',
};

export function documentNumber(rng: Rng, type: DocumentType, short: string, year: number): string | null {
  if (type === 'demolition-images') return null;
  if (type === 'requisition-approval') return `浙政土〔${year - 1}〕${rng.int(10, 400)}号`;
  return `${short}${numberMarks[type] ?? '政'}〔${year}〕${rng.int(1, 300)}号`;
}

export function doc(ctx: YearContext, rng: Rng, projectId: string, regionCode: string, type: DocumentType,
  fields: Partial<Pick<EvidenceRecord, 'stamped' | 'statedLocation' | 'statedM2' | 'statedType' | 'docNo'>> = {}): EvidenceRecord {
  const short = ctx.regions.get(regionCode).short;
  const label = docLabel(type);
  return {
    projectId,
    docType: label,
    docNo: fields.docNo !== undefined ? fields.docNo : documentNumber(rng, type, short, ctx.year),
    stamped: fields.stamped ?? null,
    statedLocation: fields.statedLocation ?? null,
    statedM2: fields.statedM2 ?? null,
    statedType: fields.statedType ?? null,
    attachment: `材料/${projectId}/${label}.pdf`,
  };
}

/** 建设用地审查意见书 of a supply candidate: stamped, with its category, location and declared stock area. */
export function reviewOpinion(ctx: YearContext, rng: Rng, r: SupplyRecord, category: 1 | 2 | 3 | 4 | 5): EvidenceRecord {
  return doc(ctx, rng, r.id, r.regionCode, 'review-opinion', {
    stamped: '是', statedLocation: r.location, statedM2: haToM2(r.stockHa ?? r.supplyHa), statedType: statedTypes[category],
  });
}

export function proofDocument(ctx: YearContext, rng: Rng, r: SupplyRecord, type: DocumentType): EvidenceRecord {
  return doc(ctx, rng, r.id, r.regionCode, type, { statedLocation: rng.chance(0.7) ? r.location : null });
}

export function supplyEvidence(ctx: YearContext, rng: Rng, r: SupplyRecord, category: 1 | 2 | 3 | 4 | 5, via5?: 'requisition' | 'collective-filing'): EvidenceRecord[] {
  const choices = category === 5
    ? (via5 === 'requisition' ? proofDocuments[5].slice(0, 1) : proofDocuments[5].slice(1))
    : proofDocuments[category];
  const proofs = rng.sample(choices, rng.chance(0.3) && choices.length > 1 ? 2 : 1);
  return [reviewOpinion(ctx, rng, r, category), ...proofs.map((t) => proofDocument(ctx, rng, r, t))];
}

/** Area a category-6 material states: the filed area in m², rounded up to the m² and sometimes a little more. */
export function statedAtLeast(rng: Rng, mu: Exact): Exact {
  const m2 = mu.mul(M2_PER_HA).div(15);
  return ceilTo(m2, 0).add(Exact.of(rng.chance(0.3) ? rng.int(1, 200) : 0));
}

export function startMaterial(ctx: YearContext, rng: Rng, r: RedevelopmentRecord, statedM2: Exact): EvidenceRecord {
  const type = rng.chance(0.6) ? 'planning-change-approval' : 'planning-change-agreement';
  return doc(ctx, rng, r.id, r.regionCode, type, { statedLocation: r.location, statedM2, statedType: '退二进三' });
}

export function completionMaterial(ctx: YearContext, rng: Rng, r: RedevelopmentRecord, statedM2: Exact): EvidenceRecord {
  return doc(ctx, rng, r.id, r.regionCode, 'land-use-supplementary-agreement', { statedLocation: r.location, statedM2, statedType: '退二进三' });
}

export function redevelopmentEvidence(ctx: YearContext, rng: Rng, r: RedevelopmentRecord): EvidenceRecord[] {
  return [
    startMaterial(ctx, rng, r, statedAtLeast(rng, r.changedUseMu)),
    completionMaterial(ctx, rng, r, statedAtLeast(rng, r.changedLandUseMu ?? r.changedUseMu)),
  ];
}

export function reclamationEvidence(ctx: YearContext, rng: Rng, r: ReclamationRecord): EvidenceRecord[] {
  return [
    doc(ctx, rng, r.id, r.regionCode, 'project-approval', { docNo: r.approvalNo }),
    doc(ctx, rng, r.id, r.regionCode, 'acceptance-record', { statedM2: ceilTo(haToM2(reclamationAreaHa(r)), 2) }),
  ];
}
