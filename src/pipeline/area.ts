// Stage 2 — area: the area each project's rule credits (浙土资发〔2017〕19号 二、1–3 via policy/area.ts).
import type { Policy } from '../policy/parameters.js';
import { acceptanceArea, plotRatioArea, surveyedArea, type AreaOutcome } from '../policy/area.js';
import type { Finding } from '../findings/types.js';
import { issueFinding, withFindings, type CandidateInput, type ProjectDraft, type StageResult } from './draft.js';

export function areaOutcome(input: CandidateInput, policy: Policy): AreaOutcome {
  switch (input.kind) {
    case 'supply': return surveyedArea(input.row, policy);
    case 'redevelopment': return plotRatioArea(input.row);
    case 'reclamation': return acceptanceArea(input.row);
  }
}

export function area(drafts: readonly ProjectDraft[], policy: Policy): StageResult<ProjectDraft[]> {
  const findings: Finding[] = [];
  const value = drafts.map((d) => {
    const outcome = areaOutcome(d.input, policy);
    const found = outcome.issues.map((i) => issueFinding(i, d.input.row, d.id || undefined));
    findings.push(...found.map((f) => f.finding));
    return withFindings({ ...d, declaredHa: outcome.declaredHa, ruleHa: outcome.areaHa }, found);
  });
  return { value, findings };
}
