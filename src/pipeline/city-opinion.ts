// Stage 4 — city opinion (浙土资发〔2017〕19号 四、1 "各设区市…逐个进行审核…书面反馈审核意见"): 不同意 → rejected,
// 需补正 → pending, 同意 → as the evidence says. A city with no returned workbook: its projects are counted with a
// warning (未反馈) or held, per policy.countWithoutCityFeedback; with no feedback at all, one warning per city.
import { cityByCodeOf, regionByCode } from '../domain/divisions.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { CityFeedback, CityOpinionRow } from '../domain/rows.js';
import type { Policy } from '../policy/parameters.js';
import { cityOpinionEffects, cityOpinionRank } from '../policy/supervision.js';
import { compareText } from '../policy/text.js';
import { cityOpinions, labelOf } from '../domain/vocabulary.js';
import { columnOf, rowLocation, withFindings, type ProjectDraft, type StageResult, type Verdict } from './draft.js';
import { sortBySource } from './order.js';

type Found = { finding: Finding; verdict?: Verdict | undefined };

export function cityOf(countyCode: string | null): string | null {
  return countyCode === null ? null : regionByCode(countyCode)?.cityCode ?? null;
}

function cityName(code: string): string { return cityByCodeOf(code)?.name ?? code; }

export function cityOpinion(drafts: readonly ProjectDraft[], feedback: readonly CityFeedback[], policy: Policy): StageResult<ProjectDraft[]> {
  const missingVerdict: Verdict | undefined = policy.countWithoutCityFeedback ? undefined : 'pending';
  const effect = policy.countWithoutCityFeedback ? '仍予计入' : '暂列待补正';
  return feedback.length === 0 ? noFeedbackAtAll(drafts, missingVerdict, effect) : withFeedback(drafts, feedback, missingVerdict, effect);
}

/** No returned workbook at all: ONE summary warning per city, shared by that city's projects. */
function noFeedbackAtAll(drafts: readonly ProjectDraft[], verdict: Verdict | undefined, effect: string): StageResult<ProjectDraft[]> {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const city = cityOf(d.countyCode);
    if (city !== null) counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  const summary = new Map<string, Finding>();
  for (const city of [...counts.keys()].sort(compareText)) {
    summary.set(city, finding('city-feedback-none', {}, { params: { city: cityName(city), cityCode: city, count: counts.get(city)!, effect } }));
  }
  const value = drafts.map((d) => {
    const f = summary.get(cityOf(d.countyCode) ?? '');
    return f ? withFindings(d, [{ finding: f, verdict }]) : d;
  });
  return { value, findings: [...summary.values()] };
}

function withFeedback(drafts: readonly ProjectDraft[], feedback: readonly CityFeedback[], verdict: Verdict | undefined, effect: string): StageResult<ProjectDraft[]> {
  const findings: Finding[] = [];
  const rowsByCity = new Map<string, CityOpinionRow[]>();
  for (const wb of feedback) rowsByCity.set(wb.cityCode, [...(rowsByCity.get(wb.cityCode) ?? []), ...wb.opinions]);
  const byCityAndId = new Map<string, CityOpinionRow[]>();
  for (const [city, rows] of rowsByCity) {
    for (const row of sortBySource(rows)) {
      const key = `${city}\u0000${row.projectId}`;
      byCityAndId.set(key, [...(byCityAndId.get(key) ?? []), row]);
    }
  }

  const projectKeys = new Set<string>();
  const value = drafts.map((d) => {
    const city = cityOf(d.countyCode);
    if (city === null) return d; // no region: classify holds the project already
    projectKeys.add(`${city}\u0000${d.id}`);
    const params = { city: cityName(city), cityCode: city, effect };
    let found: Found[];
    let opinion: ProjectDraft['cityOpinion'] = null;
    if (!rowsByCity.has(city)) {
      found = [{ finding: finding('city-feedback-missing', rowLocation(d.source), { projectId: d.id, params }), verdict }];
    } else {
      const rows = (byCityAndId.get(`${city}\u0000${d.id}`) ?? []).filter((r) => r.opinion !== null);
      if (rows.length === 0) {
        found = [{ finding: finding('city-opinion-missing', rowLocation(d.source), { projectId: d.id, params }), verdict }];
      } else {
        const chosen = [...rows].sort((a, b) => cityOpinionRank[a.opinion!] - cityOpinionRank[b.opinion!])[0]!;
        opinion = chosen.opinion!;
        found = opinionFindings(d, chosen, rows);
      }
    }
    findings.push(...found.map((f) => f.finding));
    d.cityOpinion = opinion;
    return withFindings(d, found);
  });

  for (const [key, rows] of [...byCityAndId].sort(([a], [b]) => compareText(a, b))) {
    if (projectKeys.has(key)) continue;
    const city = key.slice(0, key.indexOf('\u0000'));
    for (const row of rows) {
      findings.push(finding('city-opinion-unknown-project', rowLocation(row.source, columnOf(row, 'projectId'), { value: row.projectId }), {
        params: { city: cityName(city), cityCode: city },
      }));
    }
  }
  return { value, findings };
}

function opinionFindings(d: ProjectDraft, chosen: CityOpinionRow, rows: readonly CityOpinionRow[]): Found[] {
  const found: Found[] = [];
  const label = labelOf(cityOpinions, chosen.opinion!);
  const loc = rowLocation(chosen.source, columnOf(chosen, 'opinion'), { value: label });
  const distinct = [...new Set(rows.map((r) => r.opinion!))];
  if (distinct.length > 1) {
    const detail = rows.map((r) => `第${r.source.row}行 ${labelOf(cityOpinions, r.opinion!)}`).join('、');
    found.push({ finding: finding('city-opinion-conflict', loc, { projectId: d.id, params: { detail } }) });
  }
  const effect = cityOpinionEffects[chosen.opinion!];
  const note = chosen.note ? `（说明：${chosen.note}）` : '';
  if (chosen.opinion === 'disagree') found.push({ finding: finding('city-disagrees', loc, { projectId: d.id, params: { note } }), verdict: effect.verdict ?? undefined });
  if (chosen.opinion === 'needs-correction') found.push({ finding: finding('city-needs-correction', loc, { projectId: d.id, params: { note } }), verdict: effect.verdict ?? undefined });
  return found;
}
