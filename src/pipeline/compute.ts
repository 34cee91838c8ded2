// `compute`: a year's inputs → the linkage scale and quota of every county, city and the province, every decision
// explained by a finding. Pure and deterministic: the stages run in the order of ARCHITECTURE.md "One row, from file to cell", each
// (input) → { value, findings }, and everything returned is sorted (shuffling input rows changes nothing).
import type { Finding } from '../findings/types.js';
import type { YearInputs } from '../ingest/types.js';
import { defaultPolicy, type Policy } from '../policy/parameters.js';
import { aggregate } from './aggregate.js';
import { area } from './area.js';
import { cityOpinion } from './city-opinion.js';
import { classify } from './classify.js';
import { deductions as deduct } from './deductions.js';
import { evidence } from './evidence.js';
import { inspection } from './inspection.js';
import { ledger } from './ledger.js';
import { ledgerEntries } from './ledger-entries.js';
import { netQuota } from './net.js';
import { mergeFindings } from './order.js';
import { compareText } from '../policy/text.js';
import { countyQuota } from './quota.js';
import { sanctions } from './sanctions.js';
import { sameParcel } from './same-parcel.js';
import { finding } from '../findings/index.js';
import { MEASURES_FIRST_YEAR } from '../policy/categories.js';
import { splitReward, status, type AnyProjectResult } from './status.js';
import { rewardCredits } from './reward.js';
import { compareDrafts } from './classify.js';
import { isRewardCategory } from '../policy/reward.js';
import type { ProjectDraft } from './draft.js';
import type { ComputeResult } from './types.js';

/** What the caller may do between two stages (src/app/load-and-compute.ts: collect the garbage of a large year). */
export interface ComputeHooks {
  afterStage?: () => void;
}

export function compute(inputs: YearInputs, policy: Policy = defaultPolicy, policySource = 'default', hooks: ComputeHooks = {}): ComputeResult {
  const found: Finding[][] = [inputs.findings];
  const take = <T>(r: { value: T; findings: Finding[] }): T => { found.push(r.findings); hooks.afterStage?.(); return r.value; };

  // Asked only for the ids of evidence rows of no candidate (few): the rows are scanned for them, instead of keeping
  // a set of every id (20 MB at ten times Zhejiang's year: BENCHMARKS.md).
  const knownAmong = (asked: ReadonlySet<string>): Set<string> => {
    const known = new Set<string>();
    for (const r of inputs.supply) if (asked.has(r.supervisionId)) known.add(r.supervisionId);
    for (const rows of [inputs.redevelopment, inputs.reclamation]) for (const r of rows) if (asked.has(r.projectId)) known.add(r.projectId);
    return known;
  };
  // 浙土资发〔2017〕19号 通知 "2017年起…按本《办法》执行": an earlier year is computed, with a warning.
  if (inputs.year < MEASURES_FIRST_YEAR) found.push([finding('year-before-measures', {}, { params: { year: inputs.year } })]);
  let drafts = take(classify(inputs, policy));
  drafts = take(sameParcel(drafts));
  drafts = take(area(drafts, policy));
  drafts = take(evidence(drafts, inputs.evidence, knownAmong, policy));
  drafts = withoutReward(drafts, (measures) => take(cityOpinion(measures, inputs.feedback, policy)));
  drafts = take(inspection(drafts, inputs.inspection, inputs.ledger, inputs.year));
  drafts = take(ledger(drafts, inputs.ledger, inputs.year));
  const all = take(status(drafts));
  const split = splitReward(all);
  const rewardOn = policy.lowEfficiencyIndustrialReward.enabled;
  const credits = take(countyQuota(split.projects, policy));
  const deductionList = take(deduct(all, inputs, policy));
  const netted = take(netQuota(credits, deductionList, policy, rewardOn ? rewardCredits(split.reward, policy) : undefined));
  const counties = take(sanctions(netted, deductionList));
  const { cities, province } = aggregate(counties, rewardOn);
  const findingList = found.flat();
  const projects = attachDeductionFindings(split.projects, findingList);
  const rewardProjects = attachDeductionFindings(split.reward, findingList);

  return {
    year: inputs.year,
    policy,
    policySource,
    inputs: inputs.files,
    province,
    cities,
    counties,
    projects,
    deductions: deductionList,
    ledger: ledgerEntries(rewardProjects.length === 0 ? projects : [...projects, ...rewardProjects].sort((a, b) => compareText(a.id, b.id)), inputs.year, policy),
    findings: mergeFindings(...found),
    ...(rewardOn ? { reward: { policy: policy.lowEfficiencyIndustrialReward, projects: rewardProjects } } : {}),
  };
}

/**
 * Runs a stage on the Measures' projects only; the reward's pass through unchanged. The city review (四、1) is the
 * Measures' procedure and the review workbooks (extract) list the seven categories only, so reward projects are
 * not held for a city opinion: their qualification is the rectification acceptance (policy/reward.ts).
 */
function withoutReward(drafts: ProjectDraft[], stage: (measures: ProjectDraft[]) => ProjectDraft[]): ProjectDraft[] {
  const reward = drafts.filter((d) => isRewardCategory(d.category));
  if (reward.length === 0) return stage(drafts);
  return [...stage(drafts.filter((d) => !isRewardCategory(d.category))), ...reward].sort(compareDrafts);
}

/** A fraud project's own deduction finding belongs in its 问题 too. */
function attachDeductionFindings<P extends AnyProjectResult>(projects: readonly P[], findings: readonly Finding[]): P[] {
  const fraud = new Map<string, Finding[]>();
  for (const f of findings) if (f.code === 'deduction-fraud' && f.projectId !== undefined) fraud.set(f.projectId, [...(fraud.get(f.projectId) ?? []), f]);
  return projects.map((p) => {
    const extra = p.status === 'fraud' ? (fraud.get(p.id) ?? []).filter((f) => f.location.file === p.source.file && f.location.row === p.source.row) : [];
    return extra.length === 0 ? p : { ...p, findings: mergeFindings(p.findings, extra) };
  });
}
