// The checks a document must pass to satisfy an evidence requirement (审核要求表; domain.md 决定 5b), each a
// small named rule. Pure: a document and its project in, a pass (maybe with a note) or an issue out.
import { Exact } from '../domain/exact.js';
import type { EvidenceRow } from '../domain/rows.js';
import type { CategoryId } from './categories.js';
import type { ProjectCategory } from './reward.js';
import { categoryOrdinals, statedTypeTerms, statedTypeSegments } from './evidence.js';
import type { RuleIssue } from './issues.js';
import { normaliseText, sameLocation } from './text.js';
import { guideCitation } from '../domain/guide-sections.js';

export type CheckId = 'stamped' | 'states-category' | 'states-location-and-area' | 'location' | 'area-covers-changed-use' | 'area-covers-changed-land-use';

/** What a check needs to know about the project the document belongs to. */
export interface EvidenceContext {
  category: ProjectCategory;
  /** The project's 坐落 as filed ('' for 7, which has none). */
  location: string;
  /** 改变用途面积 / 改变土地用途面积 as filed (category 6). */
  changedUseAreaHa: Exact | null;
  changedLandUseAreaHa: Exact | null;
  /** The project has a 同一地块证明. */
  hasSameParcelProof: boolean;
}

export type CheckResult = { ok: true; note?: RuleIssue } | { ok: false; issue: RuleIssue };

export interface EvidenceCheck {
  name: string;
  article: string;
  run(doc: EvidenceRow, ctx: EvidenceContext): CheckResult;
}

const pass: CheckResult = { ok: true };
const fail = (issue: RuleIssue): CheckResult => ({ ok: false, issue: { verdict: 'pending', ...issue } });

/** 审核要求 1 "经有供地权的政府盖章或政府领导签字"; docs/spec/domain.md 决定 5b: applies to the 审查意见书 only. */
const reviewOpinionMustBeStamped: EvidenceCheck = {
  name: 'reviewOpinionMustBeStamped',
  article: guideCitation('evidenceChecks'),
  run: (doc) => doc.stamped === 'yes' ? pass : fail({ code: 'evidence-not-stamped', field: 'stamped', value: doc.stamped === 'no' ? '否' : '' , expected: '是' }),
};

/** What a 1–5 审查意见书 may state, normalised: the category's whole terms or its 第N类 forms (evidence.ts statedTypeTerms). */
const acceptedStatements = new Map(([1, 2, 3, 4, 5] as const).map((c) => [
  c as CategoryId, new Set([...statedTypeTerms[c].terms, ...categoryOrdinals(c)].map(normaliseText)),
]));

/** 审核要求 1 "明确部分或全部申请用地属于…" (category 3: "明确项目为城中村改造项目或小城镇环境综合整治项目"). */
const reviewOpinionMustStateCategory: EvidenceCheck = {
  name: 'reviewOpinionMustStateCategory',
  article: '审核要求表 第一至五类 审核要求 1',
  run: (doc, ctx) => {
    if (typeof ctx.category !== 'number' || ctx.category > 5) return pass;
    const spec = statedTypeTerms[ctx.category as 1 | 2 | 3 | 4 | 5];
    const stated = doc.statedType ?? '';
    const normalised = normaliseText(stated);
    if (normalised === '') return fail({ code: 'evidence-type-not-stated', field: 'statedType', expected: spec.terms.join('/') });
    // domain.md 决定 5b: a whole term, never a substring ("不属于收回收购土地" is not 收回收购土地).
    const accepted = acceptedStatements.get(ctx.category)!;
    if (statedTypeSegments(stated).some((segment) => accepted.has(segment))) return pass;
    return fail({ code: 'evidence-type-mismatch', field: 'statedType', value: stated, expected: spec.terms.join('/') });
  },
};

/** 审核要求 1 "…并明确坐落、面积等" — docs/spec/domain.md 决定 5b: the 审查意见书 must state both 坐落 and 用地面积. */
const reviewOpinionMustStateLocationAndArea: EvidenceCheck = {
  name: 'reviewOpinionMustStateLocationAndArea',
  article: guideCitation('evidenceChecks'),
  run: (doc) => {
    if (doc.statedLocation === null || normaliseText(doc.statedLocation) === '') return fail({ code: 'evidence-opinion-location-not-stated', field: 'statedLocation' });
    if (doc.statedAreaHa === null) return fail({ code: 'evidence-opinion-area-not-stated', field: 'statedAreaHa' });
    return pass;
  },
};

/**
 * "地块坐落一致" (二、1–2; 审核要求表 第六类 "材料中土地坐落与系统填报一致，或有两者为同一地块的证明材料");
 * domain.md 决定 5b. A document that states no location has nothing to contradict.
 */
const locationMustMatchOrSameParcel: EvidenceCheck = {
  name: 'locationMustMatchOrSameParcel',
  article: guideCitation('evidenceChecks'),
  run: (doc, ctx) => {
    const stated = doc.statedLocation;
    if (stated === null || stated === ctx.location || normaliseText(stated) === '' || sameLocation(stated, ctx.location)) return pass;
    if (ctx.hasSameParcelProof) return { ok: true, note: { code: 'evidence-same-parcel-proven', field: 'statedLocation', value: stated, expected: ctx.location } };
    return fail({ code: 'evidence-location-differs', field: 'statedLocation', value: stated, expected: ctx.location });
  },
};

/** 审核要求表 第六类: "材料中“退二进三”土地面积 ≥ 系统填报的…面积". */
function statedAreaMustCover(name: string, article: string, required: (ctx: EvidenceContext) => Exact | null): EvidenceCheck {
  return {
    name, article,
    run: (doc, ctx) => {
      const need = required(ctx);
      if (need === null) return pass; // the filed area is missing: classify reported it and holds the project
      if (doc.statedAreaHa === null) return fail({ code: 'evidence-area-not-stated', field: 'statedAreaHa', expected: `≥ ${need.toDecimalString()}` });
      return doc.statedAreaHa.gte(need)
        ? pass
        : fail({ code: 'evidence-area-insufficient', field: 'statedAreaHa', value: doc.statedAreaHa.toDecimalString(), expected: `≥ ${need.toDecimalString()}` });
    },
  };
}

export const evidenceChecks = {
  stamped: reviewOpinionMustBeStamped,
  'states-category': reviewOpinionMustStateCategory,
  'states-location-and-area': reviewOpinionMustStateLocationAndArea,
  location: locationMustMatchOrSameParcel,
  'area-covers-changed-use': statedAreaMustCover('startMaterialMustCoverChangedUseArea', '审核要求表 第六类 审核要求 1', (ctx) => ctx.changedUseAreaHa),
  'area-covers-changed-land-use': statedAreaMustCover('completionMaterialMustCoverChangedLandUseArea', '审核要求表 第六类 审核要求 2',
    (ctx) => ctx.changedLandUseAreaHa ?? ctx.changedUseAreaHa),
} as const satisfies Record<CheckId, EvidenceCheck>;
