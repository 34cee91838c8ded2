// The project as it flows through the stages (classify → area → evidence → city opinion → inspection → ledger →
// status). Each stage returns its list of drafts and the findings it raised. The drafts belong to the run of
// `compute` whose classify made them, and nothing else sees them until status turns them into results: so a stage
// updates them in place (its area, opinion, verdicts, findings) instead of copying each one, and never touches
// the input rows. Copies cost ≈ 100 MB of the heap's peak at ten times Zhejiang's year (BENCHMARKS.md); a caller
// that needs a draft as it was before a stage keeps a copy of its own.
import type { Exact } from '../domain/exact.js';
import { finding } from '../findings/index.js';
import type { Finding, Location } from '../findings/types.js';
import type { ReclamationRow, RedevelopmentRow, SourceRef, SupplyRow } from '../domain/rows.js';
import type { ProjectCategory } from '../policy/reward.js';
import type { RuleIssue, Verdict } from '../policy/issues.js';
import type { CityOpinion, InspectionConclusion } from '../domain/vocabulary.js';

export type { Verdict } from '../policy/issues.js';

export interface StageResult<T> {
  value: T;
  findings: Finding[];
}

export type CandidateInput =
  | { kind: 'supply'; row: SupplyRow }
  | { kind: 'redevelopment'; row: RedevelopmentRow }
  | { kind: 'reclamation'; row: ReclamationRow };

export interface ProjectDraft {
  id: string;
  /** One of the Measures' seven, or 'reward' (the opt-in reward of policy/reward.ts, only when enabled). */
  category: ProjectCategory;
  input: CandidateInput;
  countyCode: string | null;
  projectName: string;
  location: string;
  source: SourceRef;
  /** The area the filing declares (申报面积). */
  declaredHa: Exact;
  /** The area by the category's rule (area stage); null when it cannot be computed. */
  ruleHa: Exact | null;
  /** The verified area of an inspection 面积核减 when smaller than ruleHa (inspection stage). */
  verifiedHa: Exact | null;
  cityOpinion: CityOpinion | null;
  inspection: InspectionConclusion | null;
  /** Every verdict a rule passed on the project; the status stage decides from them (domain.md 决定 3). */
  verdicts: Verdict[];
  findings: Finding[];
}

/** The draft, given more findings (and the verdicts they carry), in place (see above). The lists are replaced by
 *  lists of their exact length: `push` onto an empty list reserves room for 17 (a city's summary finding on each of
 *  173,000 projects cost 26 MB so). */
export function withFindings(draft: ProjectDraft, found: readonly { finding: Finding; verdict?: Verdict | undefined }[]): ProjectDraft {
  if (found.length === 0) return draft;
  const findings = found.map((f) => f.finding);
  draft.findings = draft.findings.length === 0 ? findings : draft.findings.concat(findings);
  const verdicts = found.filter((f) => f.verdict).map((f) => f.verdict!);
  if (verdicts.length > 0) draft.verdicts = draft.verdicts.length === 0 ? verdicts : draft.verdicts.concat(verdicts);
  return draft;
}

/** The empty list a new draft starts with, one for all drafts: withFindings replaces a draft's lists and never
 *  grows them, and the list is frozen, so that a push would throw instead of reaching every draft. */
export function noneYet<T>(): T[] {
  return NONE as unknown as T[];
}
const NONE: readonly never[] = Object.freeze([]);

/** The location of a row, optionally a column of it. */
export function rowLocation(source: SourceRef, column?: string, extra: Pick<Location, 'value' | 'expected'> = {}): Location {
  const loc: Location = { file: source.file };
  if (source.sheet !== undefined) loc.sheet = source.sheet;
  loc.row = source.row;
  if (column !== undefined) loc.column = column;
  if (extra.value !== undefined) loc.value = extra.value;
  if (extra.expected !== undefined) loc.expected = extra.expected;
  return loc;
}

/** Default column headers by field name (inputs.md), used when the row does not say how its file spelled them. */
export const defaultColumns: Record<string, string> = {
  supervisionId: '电子监管号', projectId: '项目编号', region: '行政区代码', projectName: '项目名称', location: '坐落',
  filingType: '备案类型', landSource: '土地来源', stockType: '存量类型', requisitionType: '征收类型',
  supplyAreaHa: '供地面积(公顷)', stockAreaHa: '存量面积(公顷)', surveyedAreaHa: '测绘面积(公顷)', signedDate: '签订日期',
  redevelopmentType: '再开发类型', changedFloorAreaM2: '改变用途建筑面积(平方米)', newPlotRatio: '新容积率',
  changedUseAreaHa: '改变用途面积(公顷)', changedLandUseAreaHa: '改变土地用途面积(公顷)', newUse: '改变后用途',
  governmentResupply: '政府重新供地', completedDate: '完成日期',
  reclaimedAreaHa: '复垦面积(公顷)', acceptance: '验收结论', acceptanceDate: '验收日期',
  documentType: '材料类型', stamped: '盖章或签字', statedLocation: '载明坐落', statedAreaHa: '载明面积(公顷)', statedType: '载明类型',
  conclusion: '核查结论', verifiedAreaHa: '核实面积(公顷)', linkageYear: '挂钩年度', creditedAreaHa: '认定面积(公顷)', result: '核查结果',
  opinion: '审核意见', carriedHa: '结转扣减(公顷)',
};

/** The header as the user's file wrote it for `field`. */
export function columnOf(row: { columns?: Partial<Record<string, string>> }, field: string): string {
  return row.columns?.[field] ?? defaultColumns[field] ?? field;
}

/** A located finding from a rule's issue, on the given row. */
export function issueFinding(
  issue: RuleIssue,
  row: { source: SourceRef; columns?: Partial<Record<string, string>> },
  projectId: string | undefined,
  params: Record<string, string | number> = {},
): { finding: Finding; verdict?: Verdict | undefined } {
  const column = issue.field !== undefined ? columnOf(row, issue.field) : undefined;
  const extra: Pick<Location, 'value' | 'expected'> = {};
  if (issue.value !== undefined) extra.value = issue.value;
  if (issue.expected !== undefined) extra.expected = issue.expected;
  const allParams = { ...params, ...issue.params };
  const f = finding(issue.code, rowLocation(row.source, column, extra), {
    ...(projectId !== undefined ? { projectId } : {}),
    ...(Object.keys(allParams).length > 0 ? { params: allParams } : {}),
  });
  return { finding: f, verdict: issue.verdict };
}
