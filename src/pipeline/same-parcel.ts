// Stage 1b — one parcel filed twice (domain.md 决定 7): two candidates of one county, under different ids, with the
// same normalised 坐落 (e.g. filed once as category 1 and once as 退二进三) are one parcel until shown otherwise —
// both pending, each with a finding naming the other. Category 7 has no 坐落 (inputs.md reclamation) and is not compared.
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import { isRewardCategory } from '../policy/reward.js';
import { compareText, normaliseText } from '../policy/text.js';
import { columnOf, rowLocation, withFindings, type ProjectDraft, type StageResult } from './draft.js';

export function sameParcel(drafts: readonly ProjectDraft[]): StageResult<ProjectDraft[]> {
  // County → place → drafts: no key text made per draft (BENCHMARKS.md), and a place met once holds the draft alone.
  const byPlace = new Map<string, Map<string, ProjectDraft | ProjectDraft[]>>();
  for (const d of drafts) {
    if (d.countyCode === null || d.input.kind === 'reclamation' || isRewardCategory(d.category)) continue;
    const place = normaliseText(d.location);
    if (place === '') continue;
    let county = byPlace.get(d.countyCode);
    if (county === undefined) byPlace.set(d.countyCode, (county = new Map<string, ProjectDraft | ProjectDraft[]>()));
    const seen = county.get(place);
    if (seen === undefined) county.set(place, d);
    else if (Array.isArray(seen)) seen.push(d);
    else county.set(place, [seen, d]);
  }
  const others = new Map<ProjectDraft, ProjectDraft[]>();
  for (const county of byPlace.values()) {
    for (const list of county.values()) {
      if (!Array.isArray(list) || new Set(list.map((d) => d.id)).size < 2) continue; // one id twice is the duplicate-id rule's (classify)
      for (const d of list) others.set(d, list.filter((o) => o.id !== d.id));
    }
  }
  if (others.size === 0) return { value: [...drafts], findings: [] };
  const findings: Finding[] = [];
  const value = drafts.map((d) => {
    const list = others.get(d);
    if (!list) return d;
    const found = [...list].sort((a, b) => compareText(a.id, b.id) || Number(a.category) - Number(b.category)).map((o) => ({
      finding: finding('parcel-filed-twice', rowLocation(d.source, columnOf(d.input.row, 'location'), { value: d.location }), {
        projectId: d.id, params: { other: o.id, otherCategory: String(o.category) },
      }),
      verdict: 'pending' as const,
    }));
    findings.push(...found.map((f) => f.finding));
    return withFindings(d, found);
  });
  return { value, findings };
}
