// What the Measures exclude although the source says "linkage": 经营性房地产 and government re-supply for 6
// (一、6), a failed re-check acceptance for 7 (一、7, 二、3), and anything not of year Y (四、1 "上一年度").
import type { IsoDate, ReclamationRow, RedevelopmentRow } from '../domain/rows.js';
import type { RuleIssue } from './issues.js';
import type { Policy } from './parameters.js';
import { containsAnyNormalised, normaliseText } from './text.js';

export type ExclusionId = 'commercial-real-estate' | 'government-resupply' | 'acceptance-failed' | 'outside-year';

export const exclusions = {
  'commercial-real-estate': { label: '用作经营性房地产', article: '浙土资发〔2017〕19号 一、6' },
  'government-resupply': { label: '涉及政府重新办理土地供应手续（应按第一至四类认定）', article: '浙土资发〔2017〕19号 一、6' },
  'acceptance-failed': { label: '复核验收未通过', article: '浙土资发〔2017〕19号 一、7' },
  'outside-year': { label: '不属于上一年度的项目', article: '浙土资发〔2017〕19号 四、1' },
} as const satisfies Record<ExclusionId, { label: string; article: string }>;

/**
 * The 经营性房地产 term a use contains, if any (domain.md 决定 8): social-housing terms (policy.socialHousingUses) are
 * taken out of the normalised use first, so 保障性租赁住宅 and 人才公寓 are not commercial while 商品住宅 is.
 */
export function commercialTermOf(use: string, policy: Pick<Policy, 'commercialRealEstateUses' | 'socialHousingUses'>): string | null {
  let text = normaliseText(use);
  for (const social of policy.socialHousingUses) {
    const n = normaliseText(social);
    if (n !== '') text = text.split(n).join('\u0000');
  }
  return containsAnyNormalised(text, policy.commercialRealEstateUses);
}

/** 一、6 "用作除经营性房地产以外的…服务业": the 改变后用途 must not be one of policy.commercialRealEstateUses. */
export function commercialRealEstateUse(row: Pick<RedevelopmentRow, 'newUse'>, policy: Policy): RuleIssue | null {
  if (row.newUse === null) return null;
  const term = commercialTermOf(row.newUse, policy);
  return term === null ? null : { code: 'excluded-commercial-real-estate', field: 'newUse', value: row.newUse, expected: term, verdict: 'rejected' };
}

/** 一、6 "涉及政府重新办理土地供应手续的除外". */
export function governmentResupply(row: Pick<RedevelopmentRow, 'governmentResupply'>): RuleIssue | null {
  return row.governmentResupply === 'yes'
    ? { code: 'excluded-government-resupply', field: 'governmentResupply', value: '是', verdict: 'rejected' }
    : null;
}

/** 一、7 "按规定通过复核验收的土地". */
export function acceptanceFailed(row: Pick<ReclamationRow, 'acceptance'>): RuleIssue | null {
  return row.acceptance === 'failed'
    ? { code: 'excluded-acceptance-failed', field: 'acceptance', value: '不通过', verdict: 'rejected' }
    : null;
}

/** 四、1 "上一年度存量建设用地盘活挂钩项目": 签订日期 / 完成日期 / 验收日期 must fall in year Y. */
export function outsideYear(date: IsoDate, year: number, field: string): RuleIssue | null {
  return Number(date.slice(0, 4)) === year
    ? null
    : { code: 'date-outside-year', field, value: date, expected: `${year}年`, verdict: 'rejected' };
}
