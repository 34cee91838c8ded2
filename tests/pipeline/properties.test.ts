// Property tests (fast-check) over random small years: determinism under shuffling, reconciliation of every
// total (决定 2), monotonicity of the quota, and the net-quota identity (决定 6).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Exact } from '../../src/domain/exact.js';
import { regionByCode } from '../../src/domain/divisions.js';
import { compute } from '../../src/pipeline/compute.js';
import { renderJson } from '../../src/report/json.js';
import { PackedRows } from '../../src/domain/packed-rows.js';
import { evidenceLayout } from '../../src/ingest/load.js';
import { categoryIds } from '../../src/policy/categories.js';
import type { CityOpinionRow, EvidenceRow, ReclamationRow, RedevelopmentRow, SupplyRow } from '../../src/domain/rows.js';
import type { YearInputs } from '../../src/ingest/types.js';
import type { Figures } from '../../src/pipeline/types.js';
import { Y, fullEvidence, ha, inspectionRow, ledgerRow, m2, mu, opinion, reclamation, redevelopment, startCheck, supply, workbook, year } from './builders.js';

const COUNTIES = ['330102', '330105', '330203', '330421', '330783', '331102'] as const;

const arbProject = fc.record({
  id: fc.integer({ min: 0, max: 40 }),
  kind: fc.constantFrom(1, 2, 3, 4, 5, 6, 7),
  county: fc.constantFrom(...COUNTIES),
  amount: fc.integer({ min: 1, max: 300_000 }),
  unit: fc.constantFrom('m2', 'mu', 'ha'),
  plotRatioTenths: fc.integer({ min: 1, max: 60 }),
  evidence: fc.constantFrom('full', 'full', 'partial'),
  opinion: fc.constantFrom('agree', 'agree', 'disagree', 'needs-correction', 'none'),
  inspection: fc.constantFrom(null, null, 'confirmed', 'area-reduced', 'misreported', 'untrue'),
  verifiedFraction: fc.integer({ min: 1, max: 150 }),
  lastYear: fc.boolean(),
});
const arbStartCheck = fc.record({
  id: fc.integer({ min: 0, max: 20 }),
  county: fc.constantFrom(...COUNTIES),
  amount: fc.integer({ min: 1, max: 300_000 }),
  result: fc.constantFrom('started', 'not-started-justified', 'not-started-unjustified', 'revoked'),
  year: fc.constantFrom(Y - 1, Y - 1, Y - 1, Y - 2),
});
const arbYear = fc.record({ projects: fc.array(arbProject, { maxLength: 14 }), checks: fc.array(arbStartCheck, { maxLength: 5 }), withLedger: fc.boolean() });

type P = typeof arbProject extends fc.Arbitrary<infer T> ? T : never;
type S = typeof arbStartCheck extends fc.Arbitrary<infer T> ? T : never;

function area(p: { amount: number; unit?: string }): Exact {
  const n = String(p.amount);
  return p.unit === 'mu' ? mu(n).div(100) : p.unit === 'ha' ? ha(n).div(10_000) : m2(n);
}

function build(g: { projects: P[]; checks: S[]; withLedger: boolean }): YearInputs {
  const supplyRows: SupplyRow[] = [];
  const redev: RedevelopmentRow[] = [];
  const recl: ReclamationRow[] = [];
  const evidence: EvidenceRow[] = [];
  const opinions = new Map<string, CityOpinionRow[]>();
  const inspections = [];
  for (const p of g.projects) {
    const id = `P${p.id}`;
    const region = { code: p.county };
    const a = area(p);
    const row = p.kind <= 5
      ? supply(id, { region, category: p.kind as 1, supplyAreaHa: a, surveyedAreaHa: a, signedDate: p.lastYear ? `${Y - 1}-12-01` : `${Y}-03-01` })
      : p.kind === 6
        ? redevelopment(id, { region, changedFloorAreaM2: m2(String(p.amount)).mul(10_000), newPlotRatio: Exact.of(p.plotRatioTenths, 10), changedUseAreaHa: a })
        : reclamation(id, { region, reclaimedAreaHa: a });
    if ('supervisionId' in row) supplyRows.push(row); else if ('redevelopmentType' in row) redev.push(row); else recl.push(row);
    const docs = fullEvidence(row);
    evidence.push(...(p.evidence === 'full' ? docs : docs.slice(1)));
    if (p.opinion !== 'none') {
      const city = regionByCode(p.county)!.cityCode;
      opinions.set(city, [...(opinions.get(city) ?? []), opinion(id, p.opinion)]);
    }
    if (p.inspection) inspections.push(inspectionRow(id, { conclusion: p.inspection as 'confirmed', verifiedAreaHa: a.mul(Exact.of(p.verifiedFraction, 100)) }));
  }
  const checks = g.checks.map((c) => startCheck(`S${c.id}`, { region: { code: c.county }, creditedAreaHa: area(c), result: c.result as 'started', linkageYear: c.year }));
  const ledger = g.withLedger ? g.checks.filter((c) => c.id % 3 !== 0).map((c) => ledgerRow(`S${c.id}`, { linkageYear: c.year })) : [];
  return year({
    supply: supplyRows, redevelopment: redev, reclamation: recl, evidence, inspection: inspections, startCheck: checks, ledger,
    feedback: [...opinions.entries()].map(([city, rows]) => workbook(city, rows)),
  });
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function shuffleYear(y: YearInputs, seed: number): YearInputs {
  return {
    ...y,
    supply: shuffled(y.supply, seed), redevelopment: shuffled(y.redevelopment, seed + 1), reclamation: shuffled(y.reclamation, seed + 2),
    evidence: shuffled([...y.evidence], seed + 3), inspection: shuffled(y.inspection, seed + 4), startCheck: shuffled(y.startCheck, seed + 5),
    ledger: shuffled(y.ledger, seed + 6),
    feedback: shuffled(y.feedback, seed + 7).map((w, i) => ({ ...w, opinions: shuffled(w.opinions, seed + 8 + i) })),
    findings: shuffled(y.findings, seed + 9),
  };
}

const FIELDS = ['creditedHa', 'quotaHa', 'deductionHa', 'netQuotaHa', 'carriedDeductionHa'] as const;
const sumOf = (fs: readonly Figures[]): Record<string, string> => Object.fromEntries([
  ...FIELDS.map((k): [string, string] => [k, Exact.sum(fs.map((f) => f[k])).toDecimalString()]),
  ...categoryIds.map((c): [string, string] => [`c${c}`, Exact.sum(fs.map((f) => f.byCategory[c])).toDecimalString()]),
]);
const shown = (f: Figures): Record<string, string> => sumOf([f]);

describe('compute properties', () => {
  it('shuffling input rows changes nothing (byte-identical JSON)', () => {
    fc.assert(fc.property(arbYear, fc.nat(), (g, seed) => {
      const y = build(g);
      expect(renderJson(compute(shuffleYear(y, seed)))).toBe(renderJson(compute(y)));
    }), { numRuns: 60 });
  });

  it('the evidence packed as loadYear keeps it gives the same plan (byte-identical JSON)', () => {
    fc.assert(fc.property(arbYear, fc.nat(), (g, seed) => {
      const y = shuffleYear(build(g), seed);
      const evidence = new PackedRows(evidenceLayout);
      for (const row of y.evidence) evidence.add(row);
      expect(renderJson(compute({ ...y, evidence }))).toBe(renderJson(compute(y)));
    }), { numRuns: 60 });
  });

  it('city and province figures are the sums of their counties', () => {
    fc.assert(fc.property(arbYear, (g) => {
      const r = compute(build(g));
      for (const city of r.cities) expect(shown(city)).toEqual(sumOf(r.counties.filter((c) => c.cityCode === city.code)));
      expect(shown(r.province)).toEqual(sumOf(r.counties));
      expect(shown(r.province)).toEqual(sumOf(r.cities));
      for (const c of r.counties) expect(Exact.sum(categoryIds.map((k) => c.byCategory[k])).eq(c.creditedHa)).toBe(true);
    }), { numRuns: 60 });
  });

  it('adding a credited project never lowers a county quota', () => {
    fc.assert(fc.property(arbYear, fc.constantFrom(...COUNTIES), fc.integer({ min: 1, max: 100_000 }), (g, county, amount) => {
      const before = build(g);
      const extra = supply('NEW', { region: { code: county }, supplyAreaHa: m2(String(amount)), surveyedAreaHa: m2(String(amount)) });
      const city = regionByCode(county)!.cityCode;
      const feedback = before.feedback.some((w) => w.cityCode === city)
        ? before.feedback.map((w) => (w.cityCode === city ? { ...w, opinions: [...w.opinions, opinion('NEW', 'agree')] } : w))
        : before.feedback;
      const after = { ...before, supply: [...before.supply, extra], evidence: [...before.evidence, ...fullEvidence(extra)], feedback };
      const r0 = compute(before);
      const r1 = compute(after);
      expect(r1.projects.find((p) => p.id === 'NEW')!.status).toBe('credited');
      for (const c0 of r0.counties) {
        const c1 = r1.counties.find((c) => c.code === c0.code)!;
        expect(c1.quotaHa.gte(c0.quotaHa)).toBe(true);
        expect(c1.creditedHa.gte(c0.creditedHa)).toBe(true);
      }
      expect(r1.province.quotaHa.gte(r0.province.quotaHa)).toBe(true);
    }), { numRuns: 60 });
  });

  it('net quota is never negative and net + deduction − carried = quota (county, city, province)', () => {
    fc.assert(fc.property(arbYear, (g) => {
      const r = compute(build(g));
      for (const f of [...r.counties, ...r.cities, r.province] as Figures[]) {
        expect(f.netQuotaHa.isNegative()).toBe(false);
        expect(f.carriedDeductionHa.isNegative()).toBe(false);
        expect(f.netQuotaHa.add(f.deductionHa).sub(f.carriedDeductionHa).eq(f.quotaHa)).toBe(true);
      }
      for (const c of r.counties) expect(c.netQuotaHa.isZero() || c.carriedDeductionHa.isZero()).toBe(true);
    }), { numRuns: 60 });
  });
});
