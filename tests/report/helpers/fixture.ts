// A small hand-made ComputeResult (until and besides the real compute): counties aggregated per domain.md 决定 2
// (rounded once from exact sums), cities and the province as sums of counties.
import { Exact } from '../../../src/domain/exact.js';
import { cities, regionByCode } from '../../../src/domain/divisions.js';
import type { Finding } from '../../../src/findings/types.js';
import type { InputFileInfo } from '../../../src/ingest/types.js';
import { categoryIds, type CategoryId } from '../../../src/policy/categories.js';
import { defaultPolicy, type Policy } from '../../../src/policy/parameters.js';
import type { CityOpinion, InspectionConclusion } from '../../../src/domain/vocabulary.js';
import type {
  CityResult, ComputeResult, CountyResult, DeductionReason, DeductionResult, Figures, ProjectResult, ProjectStatus, Sanction,
} from '../../../src/pipeline/types.js';

export interface ProjectSpec {
  id: string;
  county: string;
  category: CategoryId;
  declared: string;            // exact decimal, or "n/d"
  credited?: string;           // default: declared when credited, else 0
  status?: ProjectStatus;
  name?: string;
  location?: string;
  opinion?: CityOpinion | null;
  inspection?: InspectionConclusion | null;
  findings?: Finding[];
}

export interface DeductionSpec { id: string; county: string; year: number; reason: DeductionReason; credited: string }

function ex(text: string): Exact {
  if (text.includes('/')) { const [n, d] = text.split('/'); return Exact.parseDecimal(n!).div(Exact.parseDecimal(d!)); }
  return Exact.parseDecimal(text);
}

const zeroCats = (): Record<CategoryId, Exact> => Object.fromEntries(categoryIds.map((c) => [c, Exact.ZERO])) as Record<CategoryId, Exact>;

function sumFigures(list: Figures[]): Figures {
  const f: Figures = { creditedHa: Exact.ZERO, byCategory: zeroCats(), quotaHa: Exact.ZERO, deductionHa: Exact.ZERO, netQuotaHa: Exact.ZERO, carriedDeductionHa: Exact.ZERO };
  for (const x of list) {
    f.creditedHa = f.creditedHa.add(x.creditedHa);
    for (const c of categoryIds) f.byCategory[c] = f.byCategory[c].add(x.byCategory[c]);
    f.quotaHa = f.quotaHa.add(x.quotaHa);
    f.deductionHa = f.deductionHa.add(x.deductionHa);
    f.netQuotaHa = f.netQuotaHa.add(x.netQuotaHa);
    f.carriedDeductionHa = f.carriedDeductionHa.add(x.carriedDeductionHa);
  }
  return f;
}

export function buildResult(o: { year?: number; projects: ProjectSpec[]; deductions?: DeductionSpec[]; policy?: Partial<Policy>; findings?: Finding[]; inputs?: InputFileInfo[] }): ComputeResult {
  const year = o.year ?? 2025;
  const policy: Policy = { ...defaultPolicy, ...o.policy };
  const d = policy.roundingDecimals;
  const projects: ProjectResult[] = o.projects.map((p, i) => {
    const status = p.status ?? 'credited';
    const declared = ex(p.declared);
    const credited = status === 'credited' ? ex(p.credited ?? p.declared) : Exact.ZERO;
    return {
      id: p.id, countyCode: p.county, projectName: p.name ?? `项目${p.id}`, location: p.location ?? `坐落${p.id}`,
      category: p.category, declaredHa: declared, creditedHa: credited, eligibleHa: ex(p.credited ?? p.declared), status,
      cityOpinion: p.opinion === undefined ? 'agree' : p.opinion, inspection: p.inspection ?? null,
      findings: p.findings ?? [], source: { file: '供地备案.xlsx', sheet: '供地备案', row: i + 2 },
    };
  }).sort((a, b) => a.id.localeCompare(b.id));
  const deductions: DeductionResult[] = (o.deductions ?? []).map((x, i) => {
    const pq = ex(x.credited).div(Exact.fromCellNumber(policy.ratio));
    return { id: x.id, countyCode: x.county, year: x.year, reason: x.reason, basis: 'credited', basisHa: ex(x.credited), ratio: policy.ratio, projectQuotaHa: pq, multiplier: policy.penaltyMultiplier, deductionHa: pq.mul(policy.penaltyMultiplier), source: { file: '开工核查.xlsx', row: i + 2 } };
  });
  const codes = [...new Set([...projects.map((p) => p.countyCode!), ...deductions.map((x) => x.countyCode)])].sort();
  const counties: CountyResult[] = codes.map((code) => {
    const region = regionByCode(code)!;
    const mine = projects.filter((p) => p.countyCode === code);
    const exactCredited = Exact.sum(mine.map((p) => p.creditedHa));
    const byCategory = zeroCats();
    for (const c of categoryIds) byCategory[c] = Exact.sum(mine.filter((p) => p.category === c).map((p) => p.creditedHa)).roundHalfUp(d);
    const quota = exactCredited.div(Exact.fromCellNumber(policy.ratio)).roundHalfUp(d);
    const deduction = Exact.sum(deductions.filter((x) => x.countyCode === code).map((x) => x.deductionHa)).roundHalfUp(d);
    const sanctioned = deductions.some((x) => x.countyCode === code);
    const sanctions: Sanction[] = sanctioned ? ['no-awards', 'suspend-plan-adjustment', 'suspend-new-land-approval'] : [];
    return {
      code, name: region.name, cityCode: region.cityCode, creditedHa: exactCredited.roundHalfUp(d), byCategory, quotaHa: quota, deductionHa: deduction,
      netQuotaHa: quota.sub(deduction).max(Exact.ZERO), carriedDeductionHa: deduction.sub(quota).max(Exact.ZERO), sanctioned, sanctions,
    };
  });
  const cityResults: CityResult[] = cities.map((c) => {
    const mine = counties.filter((x) => x.cityCode === c.code);
    return { code: c.code, name: c.name, ...sumFigures(mine), sanctionedCounties: mine.filter((x) => x.sanctioned).length };
  });
  return {
    year, policy, policySource: 'default',
    inputs: o.inputs ?? [
      { kind: 'supply', path: '/data/2025/供地备案.xlsx', name: '供地备案.xlsx', sheet: '供地备案', encoding: 'xlsx', rows: o.projects.length, sha256: 'a'.repeat(64) },
      { kind: 'start-check', path: '/data/2025/开工核查.csv', name: '开工核查.csv', encoding: 'gb18030', rows: (o.deductions ?? []).length, sha256: 'b'.repeat(64) },
    ],
    province: sumFigures(cityResults), cities: cityResults, counties, projects, deductions,
    ledger: projects.filter((p) => p.status === 'credited').map((p) => ({ projectId: p.id, linkageYear: year, creditedHa: p.creditedHa.roundHalfUp(d), countyCode: p.countyCode! })),
    findings: [...(o.findings ?? []), ...projects.flatMap((p) => p.findings)],
  };
}

const missing = (id: string, row: number): Finding => ({ code: 'cell-required', severity: 'error', location: { file: '材料清单.xlsx', sheet: 'Sheet1', row, column: '材料类型' }, projectId: id });

/** The standard fixture: three cities, edge-case areas, every status, a deduction, formula-like texts. */
export function sampleResult(policy?: Partial<Policy>): ComputeResult {
  return buildResult({
    policy,
    projects: [
      { id: '3301022025B00001', county: '330102', category: 1, declared: '1.2345', credited: '31/30', name: '上城区某地块收回再供应', opinion: 'agree', inspection: 'confirmed' },
      { id: '3301022025B00002', county: '330102', category: 6, declared: '0.5', credited: '1.2345/2.7', name: '原纺织厂退二进三' },
      { id: 'FK-330106-001', county: '330106', category: 7, declared: '0.00015', name: '西湖区复垦（半数边界）' },
      { id: '3301062025A00003', county: '330106', category: 2, declared: '0.8', status: 'pending', findings: [missing('3301062025A00003', 7)], opinion: null },
      { id: '3302812025B00004', county: '330281', category: 5, declared: '2.25', status: 'fraud', name: '=HYPERLINK("http://x.invalid","点击")', location: '+1-2', inspection: 'false-report' },
      { id: '3302812025B00005', county: '330281', category: 3, declared: '0.3', status: 'rejected', name: '@SUM(A1)', location: '－1', opinion: 'disagree' },
      { id: '3301002025B00006', county: '330100', category: 4, declared: '2.5', name: '杭州市本级三改一拆地块' },
      { id: '3311022025B00007', county: '331102', category: 1, declared: '15.5/15', name: '莲都区 15.5 亩地块' },
    ],
    deductions: [
      { id: '3301022024B00099', county: '330102', year: 2024, reason: 'revoked', credited: '5' },
      { id: '3302812025B00004', county: '330281', year: 2025, reason: 'fraud', credited: '2.25' },
    ],
    findings: [{ code: 'column-unknown', severity: 'info', location: { file: '供地备案.xlsx', sheet: '供地备案', row: 1, column: '=备注' }, params: { column: '=备注' } }],
  });
}
