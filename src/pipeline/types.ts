// The result of `compute`: figures per project, county, city and province, every decision explained.
// Areas stay exact (Exact) here; rounding to 4 decimals of 公顷 happens once per county figure
// (domain.md Decisions 2) inside the quota stage; report/json.ts turns them into numbers for output.
import type { Exact } from '../domain/exact.js';
import type { Finding } from '../findings/types.js';
import type { SourceRef } from '../domain/rows.js';
import type { InputFileInfo } from '../ingest/types.js';
import type { CategoryId } from '../policy/categories.js';
import type { CityOpinion, InspectionConclusion } from '../domain/vocabulary.js';
import type { RewardCategoryId, RewardPolicy } from '../policy/reward.js';

export type ProjectStatus = 'credited' | 'pending' | 'rejected' | 'fraud';
/** Defined with their labels and articles in policy/supervision.ts. */
export type { DeductionBasis, DeductionReason, Sanction } from '../policy/supervision.js';
import type { DeductionBasis, DeductionReason, Sanction } from '../policy/supervision.js';

export interface ProjectResult {
  id: string;
  countyCode: string | null;
  projectName: string;
  location: string;
  category: CategoryId;
  /** The area the filing declares (before survey / plot-ratio / inspection rules), exact. */
  declaredHa: Exact;
  /** The area this run credits (0 unless status is credited), exact and unrounded. */
  creditedHa: Exact;
  /** What would be credited with all evidence in order (0 when a rule refuses the project), exact. */
  eligibleHa: Exact;
  status: ProjectStatus;
  /** The city's opinion; null when the city returned no workbook (未反馈). */
  cityOpinion: CityOpinion | null;
  inspection: InspectionConclusion | null;
  findings: Finding[];
  source: SourceRef;
}

export interface DeductionResult {
  id: string;
  countyCode: string;
  /** The linkage year the deducted project was credited in (Y for fraud on a year-Y project, the ledger's year for an
   *  earlier one, Y−1 for the start check, the plan year a carried amount comes from). */
  year: number;
  reason: DeductionReason;
  /** What basisHa is (决定 5, 5c, 6): the declared area, the credited area, or a carried amount. */
  basis: DeductionBasis;
  /** The area the deduction is computed from, exact. */
  basisHa: Exact;
  /** The ratio basisHa is divided by (the reward's own for a reward project; 1 for a carried amount). */
  ratio: number;
  /** The project's corresponding quota = basisHa ÷ ratio, exact. */
  projectQuotaHa: Exact;
  multiplier: number;
  /** multiplier × projectQuotaHa, exact. */
  deductionHa: Exact;
  source: SourceRef;
}

/** Figures of a county, city or the province; county figures rounded per Decisions 2, others their sums. */
export interface Figures {
  creditedHa: Exact;
  byCategory: Record<CategoryId, Exact>;
  /** The Measures' quota: credited ÷ ratio (三、挂钩比例); the reward's quota is apart, in `reward`. */
  quotaHa: Exact;
  deductionHa: Exact;
  /** max(0, quota + reward quota − deduction) (决定 6; the reward counts only when enabled). */
  netQuotaHa: Exact;
  carriedDeductionHa: Exact;
  /** Only when the opt-in reward is enabled (policy/reward.ts): present on every county, city and the province. */
  reward?: RewardFigures;
}

/** The opt-in reward's own figures (低效工业用地整治意见（2023） 四、(二)), rounded like the other county figures. */
export interface RewardFigures {
  /** Credited area of the qualifying rectification projects (公顷). */
  areaHa: Exact;
  /** Reward quota = exact area ÷ the reward's ratio, rounded once per county (决定 2). */
  quotaHa: Exact;
}

/** A project of the opt-in reward: like a linkage project, but of the reward's category. */
export interface RewardProjectResult extends Omit<ProjectResult, 'category'> {
  category: RewardCategoryId;
}

/** The opt-in reward of a run (absent when the policy leaves it off). */
export interface RewardResult {
  policy: RewardPolicy;
  /** The reward's candidates (工业用地提质 records), id order. */
  projects: RewardProjectResult[];
}


export interface CountyResult extends Figures {
  code: string;
  name: string;
  cityCode: string;
  sanctioned: boolean;
  sanctions: Sanction[];
}

export interface CityResult extends Figures {
  code: string;
  name: string;
  sanctionedCounties: number;
}

export interface LedgerEntry {
  projectId: string;
  linkageYear: number;
  creditedHa: Exact;   // rounded to 4 decimals as shown in the plan
  countyCode: string;
}

export interface ComputeResult {
  year: number;
  policy: import('../policy/parameters.js').Policy;
  /** Where the policy came from: 'default' or the --policy file path. */
  policySource: string;
  inputs: InputFileInfo[];
  province: Figures;
  cities: CityResult[];       // always all 11, fixed order 杭州 … 丽水
  counties: CountyResult[];   // counties with any project or deduction, code order
  projects: ProjectResult[];  // linkage candidates only, id order
  deductions: DeductionResult[];
  ledger: LedgerEntry[];      // ids credited this year
  findings: Finding[];        // all findings of the run (inputs + rules), deterministic order
  /** The opt-in reward (policy/reward.ts); absent unless policy.lowEfficiencyIndustrialReward.enabled. */
  reward?: RewardResult;
}
