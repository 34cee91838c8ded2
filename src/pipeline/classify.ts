// Stage 1 — classify: which rows are linkage projects, of which category (审核要求表 项目信息来源, via
// policy/sources.ts), which are excluded (policy/exclusions.ts), and which cannot be decided yet because a field
// the rules need is empty, or because the id is not unique (domain.md 决定 7).
import { Exact } from '../domain/exact.js';
import { regionByCode } from '../domain/divisions.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { SourceRef } from '../domain/rows.js';
import type { YearInputs } from '../ingest/types.js';
import { acceptanceFailed, commercialRealEstateUse, governmentResupply, outsideYear } from '../policy/exclusions.js';
import type { RuleIssue } from '../policy/issues.js';
import type { Policy } from '../policy/parameters.js';
import { categorySources, isCategory6, recogniseSupply } from '../policy/sources.js';
import { categoryRank, isRewardCandidate, REWARD, REWARD_DOCUMENT, rewardExclusions, rewardRequiredFields, type ProjectCategory } from '../policy/reward.js';
import { filingTypes, labelOf } from '../domain/vocabulary.js';
import { columnOf, issueFinding, noneYet, rowLocation, type CandidateInput, type ProjectDraft, type StageResult } from './draft.js';
import { compareSource } from './order.js';
import { TextHashFilter, textHash } from '../domain/text-filter.js';
import { compareText } from '../policy/text.js';

export type ClassifyInputs = Pick<YearInputs, 'year' | 'supply' | 'redevelopment' | 'reclamation' | 'findings'>;

/** The fields each kind's rules need (inputs.md required columns the Measures' rules read). */
const requiredFields = {
  supply: ['supervisionId', 'region', 'signedDate', 'supplyAreaHa'],
  redevelopment: ['projectId', 'region', 'completedDate', 'changedFloorAreaM2', 'newPlotRatio', 'changedUseAreaHa', 'newUse'],
  reclamation: ['projectId', 'region', 'reclaimedAreaHa', 'acceptance', 'acceptanceDate'],
} as const;

export function classify(inputs: ClassifyInputs, policy: Policy): StageResult<ProjectDraft[]> {
  const findings: Finding[] = [];
  const candidates: { input: CandidateInput; category: ProjectCategory }[] = [];
  type SummaryCode = 'supply-not-linkage' | 'supply-stock-unclassified' | 'redevelopment-not-linkage';
  const summaries = new Map<string, { file: string; code: SummaryCode; count: number }>();
  // Most rows of a supply file are no linkage project: count them without a key string per row (BENCHMARKS.md).
  let last: { file: string; code: SummaryCode; count: number } | undefined;
  const countSummary = (file: string, code: SummaryCode) => {
    if (last !== undefined && last.file === file && last.code === code) { last.count += 1; return; }
    const key = `${code}\u0000${file}`;
    last = summaries.get(key) ?? { file, code, count: 0 };
    last.count += 1;
    summaries.set(key, last);
  };

  for (const row of inputs.supply) {
    const r = recogniseSupply(row);
    switch (r.kind) {
      case 'category': candidates.push({ input: { kind: 'supply', row }, category: r.category }); break;
      case 'not-linkage': countSummary(row.source.file, 'supply-not-linkage'); break;
      case 'stock-unclassified': countSummary(row.source.file, 'supply-stock-unclassified'); break;
      case 'stock-type-missing':
        findings.push(finding('supply-stock-type-missing', rowLocation(row.source, columnOf(row, 'stockType')), { projectId: row.supervisionId }));
        break;
      case 'filing-mismatch': {
        const source = categorySources[r.category as 1 | 2 | 3 | 4 | 5];
        const expected = [...new Set(source.matches.flatMap((m) => m.filingTypes))].map((t) => labelOf(filingTypes, t)).join('/');
        findings.push(finding('supply-filing-type-mismatch', rowLocation(row.source, columnOf(row, 'filingType'), {
          value: row.filingType ? labelOf(filingTypes, row.filingType) : '', expected,
        }), { projectId: row.supervisionId, params: { category: r.category } }));
        break;
      }
      case 'source-unknown': break; // the reader reported the unreadable 土地来源 on this row
    }
  }
  for (const row of inputs.redevelopment) {
    if (isCategory6(row)) candidates.push({ input: { kind: 'redevelopment', row }, category: 6 });
    // The opt-in reward (policy/reward.ts): 工业用地提质 records, only when the policy turns it on.
    else if (isRewardCandidate(row, policy)) candidates.push({ input: { kind: 'redevelopment', row }, category: REWARD });
    else if (row.redevelopmentType !== null) countSummary(row.source.file, 'redevelopment-not-linkage');
  }
  if (policy.lowEfficiencyIndustrialReward.enabled) {
    findings.push(finding('reward-enabled', {}, { params: { ratio: policy.lowEfficiencyIndustrialReward.ratio, document: REWARD_DOCUMENT } }));
  }
  for (const row of inputs.reclamation) candidates.push({ input: { kind: 'reclamation', row }, category: 7 });

  for (const s of [...summaries.values()].sort((a, b) => compareText(a.code, b.code) || compareText(a.file, b.file))) {
    findings.push(finding(s.code, { file: s.file }, { params: { count: s.count } }));
  }

  const inputFindings = indexByRow(inputs.findings);
  const rowsById = indexIds(inputs);
  const drafts = candidates.map(({ input, category }) => {
    const draft = draftOf(input, category, inputFindings);
    const found = [...ruleIssues(input, category, inputs.year, policy), ...duplicateIssues(draft, rowsById)];
    const located = found.map((issue) => issueFinding(issue, input.row, draft.id || undefined));
    findings.push(...located.map((f) => f.finding));
    return located.length === 0 ? draft : {
      ...draft,
      verdicts: located.flatMap((f) => (f.verdict ? [f.verdict] : [])),
      findings: [...draft.findings, ...located.map((f) => f.finding)],
    };
  });
  drafts.sort(compareDrafts);
  return { value: drafts, findings };
}

export function compareDrafts(a: ProjectDraft, b: ProjectDraft): number {
  return compareText(a.id, b.id) || categoryRank(a.category) - categoryRank(b.category) || compareSource(a.source, b.source);
}

function draftOf(input: CandidateInput, category: ProjectCategory, inputFindings: Map<string, Finding[]>): ProjectDraft {
  const row = input.row;
  const id = input.kind === 'supply' ? input.row.supervisionId : input.row.projectId;
  const code = row.region?.code;
  return {
    id,
    category,
    input,
    countyCode: code !== undefined && regionByCode(code) ? code : null,
    projectName: row.projectName,
    location: input.kind === 'reclamation' ? '' : input.row.location,
    source: row.source,
    declaredHa: Exact.ZERO,
    ruleHa: null,
    verifiedHa: null,
    cityOpinion: null,
    inspection: null,
    verdicts: noneYet(),
    // The reader's findings on this row belong to the project too (项目明细 问题).
    findings: inputFindings.get(rowKey(row.source)) ?? noneYet(),
  };
}

/** Empty required fields, the year test and the exclusions of the project's kind (or of the reward). */
function ruleIssues(input: CandidateInput, category: ProjectCategory, year: number, policy: Policy): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const row = input.row as unknown as Record<string, unknown>;
  const reward = category === REWARD && input.kind === 'redevelopment';
  for (const field of reward ? rewardRequiredFields : requiredFields[input.kind]) {
    const v = row[field];
    const unresolvedRegion = field === 'region' && v !== null && !regionByCode((v as { code: string }).code);
    if (v === null || v === '' || unresolvedRegion) issues.push({ code: 'project-data-incomplete', field, verdict: 'pending' });
  }
  const push = (i: RuleIssue | null) => { if (i) issues.push(i); };
  switch (input.kind) {
    case 'supply':
      if (input.row.signedDate !== null) push(outsideYear(input.row.signedDate, year, 'signedDate'));
      break;
    case 'redevelopment':
      if (input.row.completedDate !== null) push(outsideYear(input.row.completedDate, year, 'completedDate'));
      if (reward) { issues.push(...rewardExclusions(input.row, policy)); break; }
      push(governmentResupply(input.row));
      push(commercialRealEstateUse(input.row, policy));
      break;
    case 'reclamation':
      if (input.row.acceptanceDate !== null) push(outsideYear(input.row.acceptanceDate, year, 'acceptanceDate'));
      push(acceptanceFailed(input.row));
      break;
  }
  return issues;
}

type IdEntry = { kind: CandidateInput['kind']; source: SourceRef };

/**
 * The rows of every id that occurs more than once across the three source files (决定 7); unique ids are not kept.
 * A map of every id was ≈ 27 MB at ten times Zhejiang's year (BENCHMARKS.md): instead each id's hash goes into a bit
 * table of hashes seen and one of hashes seen twice, and only the ids whose hash may be seen twice (the repeated ones
 * and a few per cent of the others) are put in a map; the lists of one entry are then dropped.
 */
function indexIds(inputs: ClassifyInputs): Map<string, IdEntry[]> {
  const each = (visit: (id: string, kind: IdEntry['kind'], source: SourceRef) => void): void => {
    for (const r of inputs.supply) if (r.supervisionId !== '') visit(r.supervisionId, 'supply', r.source);
    for (const r of inputs.redevelopment) if (r.projectId !== '') visit(r.projectId, 'redevelopment', r.source);
    for (const r of inputs.reclamation) if (r.projectId !== '') visit(r.projectId, 'reclamation', r.source);
  };
  // each id hashed once, in the order `each` visits the ids
  const hashes: number[] = [];
  each((id) => { hashes.push(textHash(id)); });
  const twice = TextHashFilter.ofRepeated(hashes.length, (i) => hashes[i]!);
  const maybe = new Map<string, IdEntry[]>();
  let i = 0;
  each((id, kind, source) => {
    if (!twice.mayHave(hashes[i++]!)) return;
    const list = maybe.get(id);
    if (list) list.push({ kind, source }); else maybe.set(id, [{ kind, source }]);
  });
  maybe.forEach((list, id) => { if (list.length < 2) maybe.delete(id); });
  return maybe;
}

/** domain.md 决定 7: a parcel is credited at most once — an id that is not unique holds every row carrying it. */
function duplicateIssues(draft: ProjectDraft, rowsById: Map<string, IdEntry[]>): RuleIssue[] {
  const entries = rowsById.get(draft.id);
  if (!entries || entries.length < 2) return [];
  const detail = [...entries].sort((a, b) => compareSource(a.source, b.source)).map((e) => `${e.source.file} 第${e.source.row}行`).join('、');
  const files = new Set(entries.map((e) => e.source.file));
  const code = files.size > 1 ? 'id-in-two-files' : 'project-id-duplicate';
  const idField = draft.input.kind === 'supply' ? 'supervisionId' : 'projectId';
  return [{ code, field: idField, value: draft.id, params: { detail }, verdict: 'pending' }];
}

function rowKey(s: { file?: string; sheet?: string; row?: number }): string {
  return `${s.file ?? ''}\u0000${s.sheet ?? ''}\u0000${s.row ?? ''}`;
}

function indexByRow(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.location.file === undefined || f.location.row === undefined) continue;
    const key = rowKey(f.location);
    const list = map.get(key) ?? [];
    list.push(f);
    map.set(key, list);
  }
  return map;
}
