// Stage 2 — area: the area each project's rule credits (浙土资发〔2017〕19号 二、1–3 via policy/area.ts), and the
// implausible figures of domain.md 决定 9.
import type { Policy } from '../policy/parameters.js';
import { acceptanceArea, implausibleAreas, plotRatioArea, surveyedArea, type AreaOutcome } from '../policy/area.js';
import { isRewardCategory, rewardArea, type ProjectCategory } from '../policy/reward.js';
import type { Finding } from '../findings/types.js';
import { issueFinding, withFindings, type CandidateInput, type ProjectDraft, type StageResult } from './draft.js';

export function areaOutcome(input: CandidateInput, policy: Policy, category?: ProjectCategory): AreaOutcome {
  switch (input.kind) {
    case 'supply': return surveyedArea(input.row, policy);
    case 'redevelopment': return category !== undefined && isRewardCategory(category) ? rewardArea(input.row) : plotRatioArea(input.row, policy);
    case 'reclamation': return acceptanceArea(input.row);
  }
}

export function area(drafts: readonly ProjectDraft[], policy: Policy): StageResult<ProjectDraft[]> {
  const findings: Finding[] = [];
  const value = drafts.map((d) => {
    const outcome = areaOutcome(d.input, policy, d.category);
    // domain.md 决定 9: implausible figures are errors on their cell, never credits.
    const issues = [...outcome.issues, ...implausibleAreas(d.input.kind, d.input.row, d.category === 6 ? outcome.areaHa : null, policy)];
    const found = issues.map((i) => issueFinding(i, d.input.row, d.id || undefined));
    findings.push(...found.map((f) => f.finding));
    d.declaredHa = outcome.declaredHa;
    d.ruleHa = outcome.areaHa;
    return withFindings(d, found);
  });
  return { value, findings };
}
