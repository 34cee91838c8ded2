// Stage 3 — evidence: each project's documents against its category's requirements (审核要求表 审核要求, as data
// in policy/evidence.ts; checks in policy/evidence-checks.ts). A requirement is met when one of its documents
// passes every check; else the project is pending (domain.md 决定 3) with the reason on the document's row. The area
// an accepted document states bounds the credit (决定 4): a smaller stated area lowers the rule's area, with a finding.
import type { Exact } from '../domain/exact.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { EvidenceRow } from '../domain/rows.js';
import { fieldOf, type RowList } from '../domain/packed-rows.js';
import { otherProof, requirementsOf, sameParcelProof, type EvidenceRequirement } from '../policy/evidence.js';
import { isRewardCategory } from '../policy/reward.js';
import { evidenceChecks, type EvidenceContext } from '../policy/evidence-checks.js';
import type { RuleIssue } from '../policy/issues.js';
import type { Policy } from '../policy/parameters.js';
import { documentTypes, labelOf } from '../domain/vocabulary.js';
import { columnOf, issueFinding, rowLocation, withFindings, type ProjectDraft, type StageResult, type Verdict } from './draft.js';
import { sortOwnBySource } from './order.js';

type Found = { finding: Finding; verdict?: Verdict | undefined };

/**
 * @param knownAmong which of the given ids some supply, redevelopment or reclamation row carries (candidate or
 *   not), to tell an unknown id (an error) from the documents of a row that is no linkage project (a note). Asked
 *   once, for the ids of documents of no candidate (few).
 */
export function evidence(
  drafts: readonly ProjectDraft[], rows: RowList<EvidenceRow>, knownAmong: (ids: ReadonlySet<string>) => ReadonlySet<string>, policy: Policy,
): StageResult<ProjectDraft[]> {
  const findings: Finding[] = [];
  // Each project's documents in source order. The rows may be packed (src/domain/packed-rows.ts): grouped by
  // position, and a project's rows made when it is checked. Grouped first and each group sorted, which orders every
  // group as one sort of all rows would, at a fraction of the cost (BENCHMARKS.md); the order of the groups themselves
  // does not matter (the findings are sorted in the end). A project's documents usually follow each other: each run
  // of rows of one id is kept as where it starts and ends.
  const idAt = fieldOf(rows, 'projectId');
  const byProject = new Map<string, number[]>();
  for (let start = 0, i = 1, id = rows.length > 0 ? idAt(0) : ''; start < rows.length; i++) {
    const next = i < rows.length ? idAt(i) : undefined;
    if (next === id) continue;
    const runs = byProject.get(id);
    if (runs === undefined) byProject.set(id, [start, i]); else runs.push(start, i);
    start = i;
    if (next !== undefined) id = next;
  }
  const docsOf = (runs: readonly number[]): EvidenceRow[] => {
    const list: EvidenceRow[] = [];
    for (let k = 0; k < runs.length; k += 2) for (let i = runs[k]!; i < runs[k + 1]!; i++) list.push(rows.at(i)!);
    return list.length > 1 ? sortOwnBySource(list) : list;
  };

  const value = drafts.map((d) => {
    const runs = byProject.get(d.id);
    const docs = runs === undefined ? [] : docsOf(runs).filter((r) => r.documentType !== null);
    const { found, boundHa } = checkProject(d, docs, policy);
    findings.push(...found.map((f) => f.finding));
    if (boundHa !== undefined) d.ruleHa = boundHa;
    return withFindings(d, found);
  });

  // What is left are the documents of no candidate.
  for (const d of drafts) byProject.delete(d.id);
  const known = byProject.size === 0 ? new Set<string>() : knownAmong(new Set(byProject.keys()));
  byProject.forEach((runs, id) => {
    for (const row of docsOf(runs)) {
      const code = known.has(id) ? 'evidence-project-not-candidate' : 'evidence-unknown-project';
      findings.push(finding(code, rowLocation(row.source, columnOf(row, 'projectId'), { value: id })));
    }
  });
  return { value, findings };
}

function checkProject(d: ProjectDraft, docs: readonly EvidenceRow[], policy: Policy): { found: Found[]; boundHa?: Exact } {
  const input = d.input;
  const ctx: EvidenceContext = {
    category: d.category,
    location: d.location,
    changedUseAreaHa: input.kind === 'redevelopment' ? input.row.changedUseAreaHa : null,
    changedLandUseAreaHa: input.kind === 'redevelopment' ? input.row.changedLandUseAreaHa : null,
    hasSameParcelProof: docs.some((r) => r.documentType === sameParcelProof),
  };
  const found: Found[] = [];
  const used = new Set<EvidenceRow>();
  let bound: { doc: EvidenceRow; areaHa: Exact } | undefined;
  for (const req of requirementsOf(d.category)) {
    const r = checkRequirement(d, req, docs, ctx, policy, used);
    found.push(...r.found);
    const stated = r.accepted?.statedAreaHa;
    if (req.boundsArea && stated != null && (bound === undefined || stated.lt(bound.areaHa))) bound = { doc: r.accepted!, areaHa: stated };
  }
  let boundHa: Exact | undefined;
  if (bound !== undefined && d.ruleHa !== null && bound.areaHa.lt(d.ruleHa)) {
    boundHa = bound.areaHa;
    found.push({
      finding: finding('area-bounded-by-document', rowLocation(bound.doc.source, columnOf(bound.doc, 'statedAreaHa'), {
        value: bound.areaHa.toDecimalString(), expected: d.ruleHa.toDecimalString(4),
      }), { projectId: d.id, params: { document: labelOf(documentTypes, bound.doc.documentType!) } }),
    });
  }
  for (const doc of docs) {
    if (used.has(doc) || doc.documentType === sameParcelProof) continue;
    const at = rowLocation(doc.source, columnOf(doc, 'documentType'), { value: labelOf(documentTypes, doc.documentType!) });
    found.push({
      finding: isRewardCategory(d.category)
        ? finding('reward-evidence-not-applicable', at, { projectId: d.id })
        : finding('evidence-not-applicable', at, { projectId: d.id, params: { category: d.category } }),
    });
  }
  return boundHa === undefined ? { found } : { found, boundHa };
}

interface Evaluated { doc: EvidenceRow; failures: RuleIssue[]; notes: RuleIssue[] }

function evaluate(doc: EvidenceRow, req: EvidenceRequirement, ctx: EvidenceContext): Evaluated {
  const failures: RuleIssue[] = [];
  const notes: RuleIssue[] = [];
  for (const id of req.checks) {
    const r = evidenceChecks[id].run(doc, ctx);
    if (r.ok) { if (r.note) notes.push(r.note); } else failures.push(r.issue);
  }
  return { doc, failures, notes };
}

function checkRequirement(
  d: ProjectDraft, req: EvidenceRequirement, docs: readonly EvidenceRow[], ctx: EvidenceContext, policy: Policy, used: Set<EvidenceRow>,
): { found: Found[]; accepted?: EvidenceRow } {
  const specific = docs.filter((r) => req.documents.includes(r.documentType!));
  const others = req.otherProofAccepted && policy.acceptOtherProof ? docs.filter((r) => r.documentType === otherProof) : [];
  for (const r of specific) used.add(r);
  for (const r of others) used.add(r);
  const params = (doc: EvidenceRow) => ({
    requirement: req.label, category: d.category, article: req.article, document: labelOf(documentTypes, doc.documentType!),
  });
  const located = (issue: RuleIssue, doc: EvidenceRow) => issueFinding(issue, doc, d.id, params(doc));

  // The first document that passes is accepted; the checks are pure, so the ones after it need no evaluating.
  const evaluatedSpecific: Evaluated[] = [];
  for (const doc of specific) {
    const e = evaluate(doc, req, ctx);
    if (e.failures.length === 0) return { found: e.notes.map((n) => located(n, doc)), accepted: doc };
    evaluatedSpecific.push(e);
  }
  const evaluatedOthers = others.map((doc) => evaluate(doc, req, ctx));
  const other = evaluatedOthers.find((e) => e.failures.length === 0);
  if (other) {
    return {
      found: [
        located({ code: 'evidence-other-proof', field: 'documentType', value: labelOf(documentTypes, otherProof) }, other.doc),
        ...other.notes.map((n) => located(n, other.doc)),
      ],
      accepted: other.doc,
    };
  }
  if (specific.length === 0 && others.length === 0) {
    const expected = [...req.documents, ...(req.otherProofAccepted && policy.acceptOtherProof ? [otherProof] : [])]
      .map((t) => labelOf(documentTypes, t)).join('、');
    return {
      found: [{
        finding: finding(req.missingCode ?? 'evidence-missing', rowLocation(d.source, undefined, { expected }), {
          projectId: d.id, params: { requirement: req.label, category: d.category, article: req.article },
        }),
        verdict: 'pending',
      }],
    };
  }
  const failed = [...evaluatedSpecific, ...evaluatedOthers];
  return { found: failed.flatMap((e) => e.failures.map((f) => located(f, e.doc))) };
}
