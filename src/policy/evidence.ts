// The evidence table (审核要求表 "审核要求") as data, complete by category: what each category needs, which
// documents (材料类型) satisfy each requirement, and which checks each document must pass (evidence-checks.ts).
// "如…等" in the table gives examples: the listed documents are the known set, and a generic 其他证明材料 is
// accepted only for the 1–5 proof requirement, with a warning, when policy.acceptOtherProof (domain.md).
import type { CategoryId } from './categories.js';
import type { CheckId } from './evidence-checks.js';
import type { PolicyFindingCode } from './issues.js';
import { isRewardCategory, rewardEvidenceRequirements, type ProjectCategory } from './reward.js';
import type { DocumentType } from '../domain/vocabulary.js';
import { normaliseText } from './text.js';

export interface EvidenceRequirement {
  id: 'review-opinion' | 'proof' | 'start' | 'completion' | 'approval' | 'acceptance';
  /** What the requirement is, in the table's words. */
  label: string;
  article: string;
  documents: readonly DocumentType[];
  /** 其他证明材料 may stand in (with a warning) when policy.acceptOtherProof. */
  otherProofAccepted: boolean;
  /** The checks every candidate document must pass, in order. */
  checks: readonly CheckId[];
  /** The finding code when no document is given (default 'evidence-missing'). */
  missingCode?: PolicyFindingCode;
  /**
   * domain.md 决定 4: the area the accepted document states (载明面积) bounds the credit — 审查意见书 用地面积 (1–5), the
   * category-6 materials, the category-7 复核验收材料: a smaller stated area is credited instead, with a finding.
   */
  boundsArea?: boolean;
}

/** (a) of 1–5: the stamped 建设用地审查意见书 stating the category and its location (审核要求 1; domain.md 决定 5b). */
function reviewOpinion(article: string): EvidenceRequirement {
  return {
    id: 'review-opinion', label: '《建设用地审查意见书》（经有供地权的政府盖章或政府领导签字）', article,
    documents: ['review-opinion'], otherProofAccepted: false, checks: ['stamped', 'states-category', 'states-location-and-area', 'location'], boundsArea: true,
  };
}

/** (b) of 1–5: a proof document matching (a) (审核要求 2). */
function proof(label: string, article: string, documents: readonly DocumentType[]): EvidenceRequirement {
  return { id: 'proof', label, article, documents, otherProofAccepted: true, checks: ['location'] };
}

export const evidenceRequirements = {
  1: [
    reviewOpinion('审核要求表 第一类 审核要求 1'),
    proof('政府依法收回、收购建设用地使用权的证明材料', '审核要求表 第一类 审核要求 2',
      ['state-reclaim-decision', 'state-compensation-agreement', 'state-reclaim-review-opinion', 'state-reclaim-review-form']),
  ],
  2: [
    reviewOpinion('审核要求表 第二类 审核要求 1'),
    proof('证明该地块为没有明确产权人的国有存量空闲地的材料', '审核要求表 第二类 审核要求 2', ['ownership-confirmation', 'reclaim-notice']),
  ],
  3: [
    reviewOpinion('审核要求表 第三类 审核要求 1'),
    proof('证明地块为国有存量建设用地的材料', '审核要求表 第三类 审核要求 2', ['reclaim-material', 'certificate-cancellation']),
  ],
  4: [
    reviewOpinion('审核要求表 第四类 审核要求 1'),
    proof('证明地块为“三改一拆”拆后国有存量建设用地的材料', '审核要求表 第四类 审核要求 2', ['reclaim-material', 'demolition-images']),
  ],
  5: [
    reviewOpinion('审核要求表 第五类 审核要求 1'),
    proof('证明地块为政府征收集体建设用地或集体经济组织收回、收购集体建设用地的材料', '审核要求表 第五类 审核要求 2',
      ['requisition-approval', 'collective-reclaim-agreement', 'collective-compensation-agreement', 'collective-reclaim-review-form']),
  ],
  6: [
    {
      id: 'start', label: '启动材料：二产转为三产的改变规划条件批准文件、协议', article: '审核要求表 第六类 审核要求 1',
      documents: ['planning-change-approval', 'planning-change-agreement'], otherProofAccepted: false,
      checks: ['location', 'area-covers-changed-use'], boundsArea: true,
    },
    {
      id: 'completion', label: '完成材料：改变土地用途的补充协议', article: '审核要求表 第六类 审核要求 2',
      documents: ['land-use-supplementary-agreement'], otherProofAccepted: false,
      checks: ['location', 'area-covers-changed-land-use'], boundsArea: true,
    },
  ],
  7: [
    // A reclamation record has no 坐落 column (inputs.md), so there is no location to compare for 7.
    { id: 'approval', label: '属于依法批准的农村土地综合整治项目拆旧区块或建设用地复垦项目地块的证明材料', article: '审核要求表 第七类 审核要求 1', documents: ['project-approval'], otherProofAccepted: false, checks: [] },
    { id: 'acceptance', label: '根据批准的规划设计方案实施复垦并按规定通过复核验收的证明材料', article: '审核要求表 第七类 审核要求 2', documents: ['acceptance-record'], otherProofAccepted: false, checks: [], boundsArea: true },
  ],
} as const satisfies Record<CategoryId, readonly EvidenceRequirement[]>;

/** The requirements of any project category: the Measures' seven, or the opt-in reward's (policy/reward.ts). */
export function requirementsOf(category: ProjectCategory): readonly EvidenceRequirement[] {
  return isRewardCategory(category) ? rewardEvidenceRequirements : evidenceRequirements[category];
}

/**
 * What a 建设用地审查意见书's 载明类型 must say for each of 1–5 (审核要求 1 "明确部分或全部申请用地属于…"): one of
 * these whole terms (the category's name, its 存量类型 and their usual forms), or the category as 第N类 (digits or
 * Chinese numerals). domain.md 决定 5b: compared as a whole term after normalising, never as a substring, so
 * "新增建设用地，不属于收回收购土地" is not 收回收购土地 and "集体农用地" is not 集体建设用地. Category 3's must name the
 * urban-village or small-town project ("明确项目为城中村改造项目或小城镇环境综合整治项目"). A text naming only
 * another category's terms is a mismatch; an empty one is "not stated".
 */
export const statedTypeTerms = {
  1: { terms: ['收回收购存量土地', '回收收购存量土地', '收回收购土地', '回收收购土地', '收回收购', '回收收购', '收回收购国有建设用地'], article: '审核要求表 第一类 审核要求 1' },
  2: { terms: ['无主存量空闲地', '国有存量空闲地', '存量空闲地', '空闲地', '无主空闲地', '没有明确产权人的国有存量空闲地'], article: '审核要求表 第二类 审核要求 1' },
  3: {
    terms: ['城中村改造、小城镇环境综合整治中的存量土地', '城中村改造、小城镇环境综合整治土地', '城中村改造项目或小城镇环境综合整治项目',
      '城中村改造项目', '小城镇环境综合整治项目', '城中村改造', '小城镇环境综合整治', '城中村改造土地', '小城镇环境综合整治土地'],
    article: '审核要求表 第三类 审核要求 1',
  },
  4: { terms: ['"三改一拆"拆后存量土地', '"三改一拆"拆后土地', '三改一拆'], article: '审核要求表 第四类 审核要求 1' },
  5: { terms: ['集体存量建设用地', '集体建设用地', '集体建设用地征收'], article: '审核要求表 第五类 审核要求 1' },
} as const satisfies Record<1 | 2 | 3 | 4 | 5, { terms: readonly string[]; article: string }>;

/**
 * The statements of a 载明类型, each normalised (text.ts): the text is cut at clause marks (，,；;。 / 及 new lines)
 * first, since normalising removes punctuation and would glue "新增建设用地，不属于收回收购土地" into one term.
 */
export function statedTypeSegments(stated: string): string[] {
  return stated.normalize('NFKC').split(/[,;.。，；、/|\n\r]+|\s{2,}/u).map(normaliseText).filter((t) => t !== '');
}

const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七'] as const;

/** The 第N类 forms that name category `id`. */
export function categoryOrdinals(id: CategoryId): string[] {
  return [`第${id}类`, `第${CHINESE_NUMERALS[id]}类`];
}

/** The same-parcel proof (同一地块证明) that covers a location difference (domain.md 决定 5b). */
export const sameParcelProof: DocumentType = 'same-parcel-proof';
/** The generic proof document (domain.md: accepted only as a warning). */
export const otherProof: DocumentType = 'other-proof';
