// The three area rules (浙土资发〔2017〕19号 二、1–3) with domain.md 决定 4 for 1–5. Pure: each returns the area
// the rule credits plus the issues it raises (finding codes of src/findings/policy.ts), never a finding itself.
import { Exact, toHectares } from '../domain/exact.js';
import type { ReclamationRow, RedevelopmentRow, SupplyRow } from '../domain/rows.js';
import type { CategoryId } from './categories.js';
import type { Policy } from './parameters.js';
import type { RuleIssue } from './issues.js';

export interface AreaOutcome {
  /** The area the rule credits (before evidence, opinions and inspections); null when it cannot be computed. */
  areaHa: Exact | null;
  /** The area the filing declares (shown as 申报面积). */
  declaredHa: Exact;
  issues: RuleIssue[];
}

export type AreaRuleId = 'surveyed' | 'plot-ratio' | 'acceptance';

export const areaRules = {
  surveyed: { label: '存量土地面积按项目权属测绘资料核定', article: '浙土资发〔2017〕19号 二、1' },
  'plot-ratio': { label: '存量土地面积按改变用途的建筑面积除以地块新的容积率核定', article: '浙土资发〔2017〕19号 二、2' },
  acceptance: { label: '建设用地复垦面积按复垦验收文件核定', article: '浙土资发〔2017〕19号 二、3' },
} as const satisfies Record<AreaRuleId, { label: string; article: string }>;

export const areaRuleOf = {
  1: 'surveyed', 2: 'surveyed', 3: 'surveyed', 4: 'surveyed', 5: 'surveyed', 6: 'plot-ratio', 7: 'acceptance',
} as const satisfies Record<CategoryId, AreaRuleId>;

/** The declared stock area of a filing: 存量面积, else 供地面积 (inputs.md 存量面积 default). */
export function declaredStockArea(row: Pick<SupplyRow, 'stockAreaHa' | 'supplyAreaHa'>): Exact | null {
  return row.stockAreaHa ?? row.supplyAreaHa;
}

/**
 * 1–5: "存量土地面积按项目权属测绘资料进行核定" (二、1). docs/spec/domain.md 决定 4: a surveyed area above the declared stock
 * area (存量面积, else 供地面积) is capped at it; without a surveyed area the project waits for the survey (pending),
 * unless the policy opts in to crediting the declared stock area with a warning.
 */
export function surveyedArea(row: Pick<SupplyRow, 'stockAreaHa' | 'supplyAreaHa' | 'surveyedAreaHa'>, policy: Policy): AreaOutcome {
  const declared = declaredStockArea(row);
  const declaredHa = declared ?? Exact.ZERO;
  const surveyed = row.surveyedAreaHa;
  if (surveyed !== null) {
    if (policy.capSurveyedAtSupplyArea && declared !== null && surveyed.gt(declared)) {
      return {
        areaHa: declared, declaredHa,
        issues: [{ code: 'area-survey-capped', field: 'surveyedAreaHa', value: surveyed.toDecimalString(), expected: declared.toDecimalString() }],
      };
    }
    return { areaHa: surveyed, declaredHa, issues: [] };
  }
  if (declared === null) return { areaHa: null, declaredHa, issues: [] }; // 供地面积 missing: classify reported it
  if (policy.creditDeclaredWhenNoSurvey) {
    return { areaHa: declared, declaredHa, issues: [{ code: 'area-not-surveyed', field: 'surveyedAreaHa', value: declared.toDecimalString() }] };
  }
  return { areaHa: declared, declaredHa, issues: [{ code: 'area-survey-required', field: 'surveyedAreaHa', verdict: 'pending' }] };
}

/**
 * 6: "存量土地面积按改变用途的建筑面积除以地块新的容积率进行核定" (二、2): m² → 公顷, then ÷ plot ratio, exactly
 * (no rounding here: a non-terminating quotient stays a fraction until the county figure is rounded).
 * domain.md 决定 9: a plot ratio outside (0, maxPlotRatio] is an error on its cell. 决定 8: a result more than
 * plotRatioAreaTolerance above the filed 改变用途面积 (a plot ratio or floor area is probably wrong) → pending.
 */
export function plotRatioArea(row: Pick<RedevelopmentRow, 'changedFloorAreaM2' | 'newPlotRatio' | 'changedUseAreaHa'>, policy: Policy): AreaOutcome {
  const floor = row.changedFloorAreaM2;
  const ratio = row.newPlotRatio;
  const declaredHa = row.changedUseAreaHa ?? Exact.ZERO;
  if (floor === null || ratio === null) return { areaHa: null, declaredHa, issues: [] };
  const maxRatio = Exact.fromCellNumber(policy.maxPlotRatio);
  if (!ratio.gt(Exact.ZERO) || ratio.gt(maxRatio)) {
    return {
      areaHa: null, declaredHa,
      issues: [{ code: 'plot-ratio-invalid', field: 'newPlotRatio', value: ratio.toDecimalString(), expected: `(0, ${policy.maxPlotRatio}]`, verdict: 'pending' }],
    };
  }
  const areaHa = toHectares(floor, 'm2').div(ratio);
  const filed = row.changedUseAreaHa;
  if (filed === null) return { areaHa, declaredHa: areaHa, issues: [] };
  const limit = filed.mul(Exact.ONE.add(Exact.fromCellNumber(policy.plotRatioAreaTolerance)));
  if (areaHa.gt(limit)) {
    return {
      areaHa, declaredHa,
      issues: [{
        code: 'area-plot-ratio-implausible', field: 'newPlotRatio', value: ratio.toDecimalString(), verdict: 'pending',
        params: { floor: floor.toDecimalString(), computed: areaHa.toDecimalString(4), filed: filed.toDecimalString(), tolerance: `${Math.round(policy.plotRatioAreaTolerance * 100)}%` },
      }],
    };
  }
  return { areaHa, declaredHa, issues: [] };
}

/** 7: "建设用地复垦面积按复垦验收文件进行核定" (二、3). */
export function acceptanceArea(row: Pick<ReclamationRow, 'reclaimedAreaHa'>): AreaOutcome {
  return { areaHa: row.reclaimedAreaHa, declaredHa: row.reclaimedAreaHa ?? Exact.ZERO, issues: [] };
}

/** The area columns of each kind that 决定 9's ceiling applies to. */
const areaFields = {
  supply: ['supplyAreaHa', 'stockAreaHa', 'surveyedAreaHa'],
  redevelopment: ['changedUseAreaHa', 'changedLandUseAreaHa'],
  reclamation: ['reclaimedAreaHa'],
} as const;

/**
 * domain.md 决定 9: an area above the policy ceiling (default 10,000 公顷 for one project) is a wrong figure, an error
 * on its cell, never a credit (the project is pending). A category-6 result above it is reported on the plot ratio.
 */
export function implausibleAreas(kind: keyof typeof areaFields, row: object, ruleHa: Exact | null, policy: Policy): RuleIssue[] {
  const ceiling = Exact.fromCellNumber(policy.projectAreaCeilingHa);
  const fields = row as Record<string, unknown>;
  const issues: RuleIssue[] = [];
  for (const field of areaFields[kind]) {
    const v = fields[field];
    if (v instanceof Exact && v.gt(ceiling)) {
      issues.push({ code: 'area-implausible', field, value: v.toDecimalString(), expected: `≤ ${policy.projectAreaCeilingHa}`, verdict: 'pending' });
    }
  }
  if (kind === 'redevelopment' && ruleHa !== null && ruleHa.gt(ceiling)) {
    issues.push({ code: 'area-implausible', field: 'newPlotRatio', value: ruleHa.toDecimalString(4), expected: `≤ ${policy.projectAreaCeilingHa}`, verdict: 'pending' });
  }
  return issues;
}
