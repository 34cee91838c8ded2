// What a rule of the Measures reports: a finding code of src/findings/policy.ts, the row field it concerns, and
// the verdict it forces on the project (domain.md 决定 3). The pipeline turns it into a located Finding.
import type { policyFindings } from '../findings/policy.js';

export type PolicyFindingCode = keyof typeof policyFindings;

/** A rule's effect on a project's status: pending (待补正), rejected (不予认定), fraud (弄虚作假). */
export type Verdict = 'pending' | 'rejected' | 'fraud';

export interface RuleIssue {
  code: PolicyFindingCode;
  /** The field of the row (or evidence row) concerned; the pipeline maps it to the column header the user sees. */
  field?: string;
  value?: string;
  expected?: string;
  params?: Record<string, string | number>;
  verdict?: Verdict;
}
