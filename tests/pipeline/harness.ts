// The rule-case format shared by the table-driven tests and the meta-test: a case names the article it checks,
// builds a year, runs `compute`, and states the expected statuses, finding codes, locations and figures.
import { expect } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import type { FindingCode } from '../../src/findings/index.js';
import type { YearInputs } from '../../src/ingest/types.js';
import { defaultPolicy, type Policy } from '../../src/policy/parameters.js';
import type { ComputeResult, DeductionReason, ProjectStatus } from '../../src/pipeline/types.js';
import type { CategoryId } from '../../src/policy/categories.js';

export interface ExpectedProject {
  status: ProjectStatus;
  category?: CategoryId;
  /** Credited area in 公顷, exact decimal text (compared exactly). */
  creditedHa?: string;
  /** The exact set of finding codes the project carries (order-free). */
  codes?: FindingCode[];
}

export interface ExpectedFinding {
  code: FindingCode;
  projectId?: string;
  file?: string;
  row?: number;
  column?: string;
  value?: string;
}

export interface ExpectedCounty {
  creditedHa?: string;
  quotaHa?: string;
  deductionHa?: string;
  netQuotaHa?: string;
  carriedDeductionHa?: string;
  sanctioned?: boolean;
}

export interface RuleCase {
  name: string;
  /** The article the case checks (checked by tests/policy/meta.test.ts to exist in the Measures or the spec). */
  article: string;
  inputs: YearInputs;
  policy?: Partial<Policy>;
  projects?: Record<string, ExpectedProject>;
  /** Ids that must not be linkage projects at all. */
  absent?: string[];
  /** Findings that must be present (each field given must match). */
  findings?: ExpectedFinding[];
  /** How many findings of a code the run must have. */
  counts?: Partial<Record<FindingCode, number>>;
  deductions?: { id: string; reason: DeductionReason; year?: number; deductionHa: string }[];
  counties?: Record<string, ExpectedCounty>;
}

export function run(c: Pick<RuleCase, 'inputs' | 'policy'>): ComputeResult {
  return compute(c.inputs, { ...defaultPolicy, ...c.policy }, 'test');
}

const text = (v: { toDecimalString(n?: number): string }) => v.toDecimalString(12);

export function checkCase(c: RuleCase): ComputeResult {
  const r = run(c);
  for (const [id, want] of Object.entries(c.projects ?? {})) {
    const found = r.projects.filter((p) => p.id === id);
    expect(found.length, `project ${id} listed once`).toBe(1);
    const p = found[0]!;
    expect({ id, status: p.status }).toEqual({ id, status: want.status });
    if (want.category !== undefined) expect(p.category).toBe(want.category);
    if (want.creditedHa !== undefined) expect(text(p.creditedHa)).toBe(want.creditedHa);
    if (want.codes !== undefined) expect([...new Set(p.findings.map((f) => f.code))].sort()).toEqual([...want.codes].sort());
  }
  for (const id of c.absent ?? []) expect(r.projects.map((p) => p.id)).not.toContain(id);
  for (const want of c.findings ?? []) {
    const match = r.findings.some((f) => f.code === want.code
      && (want.projectId === undefined || f.projectId === want.projectId)
      && (want.file === undefined || f.location.file === want.file)
      && (want.row === undefined || f.location.row === want.row)
      && (want.column === undefined || f.location.column === want.column)
      && (want.value === undefined || f.location.value === want.value));
    expect(match, `finding ${JSON.stringify(want)} in ${JSON.stringify(r.findings.map((f) => [f.code, f.projectId, f.location]))}`).toBe(true);
  }
  for (const [code, n] of Object.entries(c.counts ?? {})) expect({ code, n: r.findings.filter((f) => f.code === code).length }).toEqual({ code, n });
  if (c.deductions !== undefined) {
    expect(r.deductions.map((d) => ({ id: d.id, reason: d.reason, year: d.year, deductionHa: text(d.deductionHa) })))
      .toEqual(c.deductions.map((d) => ({ year: c.inputs.year, ...d })));
  }
  for (const [code, want] of Object.entries(c.counties ?? {})) {
    const county = r.counties.find((x) => x.code === code);
    expect(county, `county ${code}`).toBeDefined();
    const got: ExpectedCounty = {};
    for (const k of Object.keys(want) as (keyof ExpectedCounty)[]) {
      (got as Record<string, unknown>)[k] = k === 'sanctioned' ? county!.sanctioned : text(county![k]);
    }
    expect(got).toEqual(want);
  }
  return r;
}

/** Every finding code a case's run produces (for the meta-test). */
export function codesOf(c: RuleCase): Set<string> {
  return new Set(run(c).findings.map((f) => f.code));
}
