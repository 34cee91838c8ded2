// Stage 9 — deductions (浙土资发〔2017〕19号 五、监督检查; domain.md 决定 5, 5c, 6): fraud found in year Y's
// inspections (on a year-Y project, or on an earlier year's project the ledger holds) and the December start check of
// year Y−1 projects (已撤销, 未开工(无合理证明)) each cost the county multiplier × (base area ÷ ratio), exact.
// The base: a year-Y fraud project's declared area whatever its other status (决定 5: the misreport is of what was
// declared); an earlier project's the ledger's 认定面积; a start-checked project's the ledger's 认定面积 and 行政区代码
// when the ledger holds its id, else the row's own (决定 5c: a bookkeeping gap never lets a county escape 五).
import { Exact } from '../domain/exact.js';
import { regionByCode } from '../domain/divisions.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { CarriedRow, InspectionRow, LedgerRow, SourceRef, StartCheckRow } from '../domain/rows.js';
import type { Policy } from '../policy/parameters.js';
import { deductionOf } from '../policy/quota.js';
import { deductionBases, inspectionEffects, startCheckEffects } from '../policy/supervision.js';
import type { DeductionReason } from '../policy/supervision.js';
import { compareText } from '../policy/text.js';
import { columnOf, rowLocation, type StageResult } from './draft.js';
import { firstBySource } from './ledger.js';
import { compareSource, sortBySource } from './order.js';
import type { DeductionResult } from './types.js';
import type { AnyProjectResult } from './status.js';
import { isRewardCategory } from '../policy/reward.js';

export interface DeductionInputs {
  year: number;
  startCheck: readonly StartCheckRow[];
  ledger: readonly LedgerRow[];
  inspection: readonly InspectionRow[];
  /** 结转扣减 of earlier plans (决定 6); absent = none. */
  carried?: readonly CarriedRow[];
}

const reasonCode = {
  fraud: 'deduction-fraud', revoked: 'deduction-revoked', 'not-started': 'deduction-not-started', carried: 'deduction-carried',
} as const satisfies Record<DeductionReason, string>;

/** Which of several start-check results on one project wins: the one that deducts. */
const resultRank = { revoked: 0, 'not-started-unjustified': 1, 'not-started-justified': 2, started: 3 } as const;

/** How a deduction's basis is named when it is refused (it may come from the ledger, the row, or the project). */
const DEDUCTION_BASIS_COLUMN = '扣减基数（公顷）';

export function deductions(projects: readonly AnyProjectResult[], inputs: DeductionInputs, policy: Policy): StageResult<DeductionResult[]> {
  const findings: Finding[] = [];
  const value: DeductionResult[] = [];
  // 决定 9: an area no project can have (above the policy's ceiling) is a wrong figure — an error on the row, and no
  // deduction computed from it (the ledger's or the start check's area, a declared area, a carried amount alike).
  const ceiling = Exact.fromCellNumber(policy.projectAreaCeilingHa);
  const implausible = (areaHa: Exact, source: SourceRef, column: string, projectId?: string): boolean => {
    if (!areaHa.gt(ceiling)) return false;
    const at = rowLocation(source, column, { value: areaHa.toDecimalString(), expected: `≤ ${policy.projectAreaCeilingHa}` });
    findings.push(finding('area-implausible', at, projectId === undefined ? {} : { projectId }));
    return true;
  };
  const record = (d: Omit<DeductionResult, 'projectQuotaHa' | 'deductionHa' | 'multiplier' | 'ratio'>, ratio = policy.ratio) => {
    if (implausible(d.basisHa, d.source, DEDUCTION_BASIS_COLUMN, d.id)) return;
    const full: DeductionResult = { ...d, ratio, multiplier: policy.penaltyMultiplier, ...deductionOf(d.basisHa, { ...policy, ratio }) };
    value.push(full);
    findings.push(finding(reasonCode[d.reason], rowLocation(d.source), { projectId: d.id, params: deductionParams(full, policy) }));
  };

  // 决定 6: carried-forward deductions of earlier plans, deducted first (× 1: already a quota figure), no project id.
  for (const row of sortBySource(inputs.carried ?? [])) {
    const countyCode = row.region && regionByCode(row.region.code) ? row.region.code : null;
    const missing = countyCode === null ? 'region' : row.carriedHa === null ? 'carriedHa' : null;
    if (missing !== null) { findings.push(finding('carried-incomplete', rowLocation(row.source, columnOf(row, missing)))); continue; }
    if (row.carriedHa!.isZero() || implausible(row.carriedHa!, row.source, columnOf(row, 'carriedHa'))) continue;
    const d: DeductionResult = {
      id: '', countyCode: countyCode!, year: row.linkageYear ?? inputs.year - 1, reason: 'carried', basis: 'carried', basisHa: row.carriedHa!,
      ratio: 1, multiplier: 1, projectQuotaHa: row.carriedHa!, deductionHa: row.carriedHa!, source: row.source,
    };
    value.push(d);
    findings.push(finding('deduction-carried', rowLocation(row.source), { params: { ...deductionParams(d, policy), county: regionByCode(countyCode!)!.name } }));
  }

  // Fraud found this year on a year-Y project: 2 × (its declared area ÷ 3) — for a project of the opt-in reward,
  // ÷ the reward's own ratio (its "对应项目的年度新增建设用地指标", policy/reward.ts).
  for (const p of projects) {
    if (p.status !== 'fraud' || p.countyCode === null) continue;
    const ratio = isRewardCategory(p.category) ? policy.lowEfficiencyIndustrialReward.ratio : policy.ratio;
    record({ id: p.id, countyCode: p.countyCode, year: inputs.year, reason: 'fraud', basis: 'declared', basisHa: p.declaredHa, source: p.source }, ratio);
  }

  // Fraud found this year on an earlier year's project (决定 5): deducted from the ledger's credited area.
  // Only the ids of fraud rows (few) are looked up, in the projects and in the ledger.
  const fraudRows = sortBySource(inputs.inspection).filter((row) => row.conclusion !== null && inspectionEffects[row.conclusion].effect === 'fraud');
  const fraudIds = new Set(fraudRows.map((row) => row.projectId));
  const thisYear = new Set(fraudIds.size === 0 ? [] : projects.filter((p) => fraudIds.has(p.id)).map((p) => p.id));
  const earlier = fraudIds.size === 0 ? new Map<string, LedgerRow>()
    : firstBySource(inputs.ledger, (row) => row.linkageYear !== null && row.linkageYear < inputs.year && fraudIds.has(row.projectId));
  for (const row of fraudRows) {
    if (thisYear.has(row.projectId)) continue;
    const entry = earlier.get(row.projectId);
    if (!entry || value.some((d) => d.id === row.projectId && d.reason === 'fraud')) continue; // unknown: inspection stage reported it
    const countyCode = entry.region && regionByCode(entry.region.code) ? entry.region.code : null;
    if (entry.creditedAreaHa === null || countyCode === null) {
      findings.push(finding('start-check-incomplete', rowLocation(entry.source, columnOf(entry, entry.creditedAreaHa === null ? 'creditedAreaHa' : 'region')), { projectId: entry.projectId }));
      continue;
    }
    record({ id: row.projectId, countyCode, year: entry.linkageYear!, reason: 'fraud', basis: 'credited', basisHa: entry.creditedAreaHa, source: row.source });
  }

  // The December start check of year Y−1 projects.
  const lastYear = inputs.year - 1;
  const ledgerLastYear = firstBySource(inputs.ledger, (row) => row.linkageYear === lastYear);
  const byId = new Map<string, StartCheckRow[]>();
  for (const row of sortBySource(inputs.startCheck)) {
    const at = (field: string, value?: string, expected?: string) =>
      rowLocation(row.source, columnOf(row, field), { ...(value !== undefined ? { value } : {}), ...(expected !== undefined ? { expected } : {}) });
    if (row.result === null) { findings.push(finding('start-check-incomplete', at('result'), { projectId: row.projectId })); continue; }
    if (row.linkageYear === null) { findings.push(finding('start-check-incomplete', at('linkageYear'), { projectId: row.projectId })); continue; }
    if (row.linkageYear !== lastYear) {
      findings.push(finding('start-check-wrong-year', at('linkageYear', String(row.linkageYear), String(lastYear)), { projectId: row.projectId }));
      continue;
    }
    const list = byId.get(row.projectId);
    if (list) list.push(row); else byId.set(row.projectId, [row]);
  }
  if (ledgerLastYear.size === 0 && byId.size > 0) {
    // 决定 5c: the ledger was not updated after last year's plan — one warning naming `ledger add`, located at the
    // start-check file (every finding names at least its file).
    const file = [...byId.values()][0]![0]!.source.file;
    findings.push(finding('start-check-unverified', { file }, { params: { year: lastYear, count: [...byId.values()].reduce((n, l) => n + l.length, 0) } }));
  }

  for (const [id, rows] of [...byId].sort(([a], [b]) => compareText(a, b))) {
    const row = rows.length === 1 ? rows[0]! : [...rows].sort((a, b) => resultRank[a.result!] - resultRank[b.result!])[0]!;
    const at = (field: string, value?: string, expected?: string) =>
      rowLocation(row.source, columnOf(row, field), { ...(value !== undefined ? { value } : {}), ...(expected !== undefined ? { expected } : {}) });
    if (rows.length > 1) {
      const detail = rows.map((r) => `第${r.source.row}行`).join('、');
      findings.push(finding('start-check-duplicate', at('projectId', id), { projectId: id, params: { detail } }));
    }
    const reason = startCheckEffects[row.result!].deduction;
    if (reason === null) continue;
    const entry = ledgerLastYear.get(id);
    // 决定 5c: ledger ids exist but not this one → the row's figures, and an error (data not ready).
    if (ledgerLastYear.size > 0 && !entry) findings.push(finding('start-check-unknown-project', at('projectId', id, String(lastYear)), { projectId: id }));
    const ownCode = row.region !== null && regionByCode(row.region.code) ? row.region.code : null;
    const ledgerCode = entry?.region && regionByCode(entry.region.code) ? entry.region.code : null;
    // The ledger's figures win (what was credited); a row stating others is a finding.
    const differs = (field: 'creditedAreaHa' | 'region', stated: string | null, credited: string | null) => {
      if (stated !== null && credited !== null && stated !== credited) findings.push(finding('start-check-differs-from-ledger', at(field, stated, credited), { projectId: id }));
    };
    differs('creditedAreaHa', row.creditedAreaHa?.toDecimalString() ?? null, entry?.creditedAreaHa?.toDecimalString() ?? null);
    differs('region', ownCode, ledgerCode);
    const areaHa: Exact | null = entry?.creditedAreaHa ?? row.creditedAreaHa;
    const countyCode = ledgerCode ?? ownCode;
    if (areaHa === null) { findings.push(finding('start-check-incomplete', at('creditedAreaHa'), { projectId: id })); continue; }
    if (countyCode === null) { findings.push(finding('start-check-incomplete', at('region'), { projectId: id })); continue; }
    record({ id, countyCode, year: lastYear, reason, basis: 'credited', basisHa: areaHa, source: row.source });
  }

  value.sort((a, b) => compareText(a.id, b.id) || b.year - a.year || compareText(a.reason, b.reason) || compareSource(a.source, b.source));
  return { value, findings };
}

/** The message parameters that show a deduction's basis exactly, so the shown figures reconcile (决定 2). */
export function deductionParams(d: DeductionResult, policy: Pick<Policy, 'roundingDecimals'>): Record<string, string | number> {
  return {
    year: d.year, multiplier: d.multiplier, ratio: d.ratio, basisLabel: deductionBases[d.basis].label,
    basis: d.basisHa.toDecimalString(), projectQuota: d.projectQuotaHa.toFixed(policy.roundingDecimals), deduction: d.deductionHa.toFixed(policy.roundingDecimals),
  };
}
