// The sample year as a model (no files): branches complete, scale linear, deductions as designed.
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { branchKeys, branchSpecs } from '../../tools/samples/branch-specs.js';
import type { YearModel } from '../../tools/samples/model.js';
import { renderYear } from '../../tools/samples/render.js';
import { csvText } from '../../tools/samples/write-csv.js';
import { buildYear } from '../../tools/samples/year.js';

const y2025 = buildYear({ year: 2025, scale: 1 });

/** Branches that list many projects (a category, the confirmed inspections, the started projects, …). */
const manyProjects = new Set(['inspection-confirmed', 'start-check-started', 'start-check-not-started-justified', 'carried-forward-deduction', 'parcel-filed-twice']);
const singleProjectBranches = branchKeys
  .filter((key) => !key.startsWith('category-') && !manyProjects.has(key) && branchSpecs[key].expect !== 'not-a-candidate')
  .map((key) => ({ key }));

function ids(m: YearModel, key: string): string[] {
  return m.branches.find((b) => b.key === key)?.ids ?? [];
}

describe('sample year model (every branch of compute, on purpose)', () => {
  it('lists every branch of branch-specs exactly once, each with at least one project', () => {
    expect(y2025.branches.map((b) => b.key).sort()).toEqual([...branchKeys].sort());
    for (const b of y2025.branches) expect(b.ids.length, b.key).toBeGreaterThan(0);
  });

  it.each(singleProjectBranches)('branch $key is one deliberate project', ({ key }) => {
    expect(ids(y2025, key)).toHaveLength(1);
  });

  it('branch parcel-filed-twice is one parcel filed twice: a supply filing and a 退二进三 record (domain.md 决定 7)', () => {
    expect(ids(y2025, 'parcel-filed-twice')).toHaveLength(2);
  });

  it.each([1, 2, 3, 4, 5, 6, 7].map((category) => ({ category })))('category $category has credited candidates', ({ category }) => {
    const credited = y2025.candidates.filter((c) => c.category === category && c.expect.status === 'credited');
    expect(credited.length).toBeGreaterThan(0);
  });

  it('branch ids have the status their spec expects', () => {
    for (const b of y2025.branches) {
      const expectStatus = branchSpecs[b.key as keyof typeof branchSpecs].expect;
      if (!['credited', 'pending', 'rejected', 'fraud'].includes(expectStatus)) continue;
      for (const id of b.ids) {
        const c = y2025.candidates.find((x) => x.id === id);
        expect(c?.expect.status, `${b.key} ${id}`).toBe(expectStatus);
      }
    }
  });

  it('ids are unique within each kind, and only the ledger hit re-uses a ledger id', () => {
    for (const list of [y2025.supply, y2025.redevelopment, y2025.reclamation]) {
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    }
    const ledger = new Set(y2025.ledger.map((l) => l.projectId));
    const reused = [...y2025.supply, ...y2025.redevelopment, ...y2025.reclamation].filter((r) => ledger.has(r.id)).map((r) => r.id);
    expect(reused).toEqual(ids(y2025, 'ledger-hit'));
    expect(new Set(y2025.ledger.map((l) => l.projectId)).size).toBe(y2025.ledger.length);
  });

  it('exactly one county has deductions above its quota: the carried-forward county (domain.md 决定 6)', () => {
    // quota = credited ÷ 3; deduction = 2 × (area ÷ 3) per fraud (eligible area) and per revoked /
    // unjustified start-check project (its plan area) — Measures 三, 五.
    const credited = new Map<string, Exact>();
    const deducted = new Map<string, Exact>();
    let deductions = 0;
    const add = (m: Map<string, Exact>, k: string, v: Exact) => m.set(k, (m.get(k) ?? Exact.ZERO).add(v));
    for (const c of y2025.candidates) {
      if (c.expect.status === 'credited') add(credited, c.regionCode, c.expect.creditedHa);
      if (c.expect.status === 'fraud') { add(deducted, c.regionCode, c.expect.eligibleHa.div(3).mul(2)); deductions++; }
    }
    for (const s of y2025.startCheck) {
      if (s.result === '已撤销' || s.result === '未开工(无合理证明)') { add(deducted, s.regionCode, s.creditedHa.div(3).mul(2)); deductions++; }
    }
    const over = [...deducted.entries()].filter(([code, d]) => d.gt((credited.get(code) ?? Exact.ZERO).div(3))).map(([code]) => code);
    const carried = y2025.branches.find((b) => b.key === 'carried-forward-deduction')!;
    expect(over).toEqual([carried.detail!.countyCode]);
    expect(deductions).toBe(6); // 错报, 虚报, 不属实 (twice: once on a project rejected anyway, 决定 5), 已撤销, 未开工(无合理证明)
  });

  it('scale multiplies the volumes linearly and keeps one project per deliberate branch', () => {
    const half = buildYear({ year: 2025, scale: 0.5 });
    const double = buildYear({ year: 2025, scale: 2 });
    const ratio = double.supply.length / half.supply.length;
    expect(ratio).toBeGreaterThan(3.7);
    expect(ratio).toBeLessThan(4.3);
    expect(double.evidence.length / half.evidence.length).toBeGreaterThan(3.5);
    for (const { key } of singleProjectBranches) expect(ids(double, key), key).toHaveLength(1);
  });

  it.each([
    { share: 0.3, low: 0.27, high: 0.33 },
    { share: 0.55, low: 0.52, high: 0.58 },
  ])('candidate share $share: that share of supply rows are candidates, the supply file keeps its size', ({ share, low, high }) => {
    const mixed = buildYear({ year: 2025, scale: 1, candidateShare: share });
    const supplyCandidates = (m: YearModel) => m.candidates.filter((c) => c.kind === 'supply').length;
    expect(supplyCandidates(mixed) / mixed.supply.length).toBeGreaterThan(low);
    expect(supplyCandidates(mixed) / mixed.supply.length).toBeLessThan(high);
    expect(mixed.supply.length / y2025.supply.length).toBeGreaterThan(0.95);
    expect(mixed.supply.length / y2025.supply.length).toBeLessThan(1.05);
    // categories 6 and 7 and the evidence follow the candidates
    const grow = supplyCandidates(mixed) / supplyCandidates(y2025);
    expect(mixed.reclamation.length / y2025.reclamation.length).toBeGreaterThan(grow * 0.8);
    expect(mixed.evidence.length / y2025.evidence.length).toBeGreaterThan(grow * 0.8);
    expect(mixed.candidateShare).toBe(share);
    expect(y2025.candidateShare).toBeUndefined();
  });

  it('a candidate share outside 0.05–0.9 is refused', () => {
    expect(() => buildYear({ year: 2025, scale: 1, candidateShare: 0.95 })).toThrow(RangeError);
  });

  it('the same seed gives the same year; another seed another one', () => {
    const again = buildYear({ year: 2025, scale: 0.2, seed: 42 });
    const same = buildYear({ year: 2025, scale: 0.2, seed: 42 });
    const other = buildYear({ year: 2025, scale: 0.2, seed: 43 });
    const text = (m: YearModel) => renderYear(m).filter((t) => t.format === 'csv').map(csvText).join('\n');
    expect(text(same)).toBe(text(again));
    expect(text(other)).not.toBe(text(again));
  });

  it('clean removes the input problems and nothing else', () => {
    const clean = buildYear({ year: 2025, scale: 1, clean: true });
    expect(y2025.problems.map((p) => p.key).sort()).toEqual(
      ['bad-date', 'evidence-unknown-project', 'negative-area', 'text-area', 'unknown-county-code', 'unknown-enumeration'],
    );
    expect(clean.problems).toEqual([]);
    expect(clean.branches).toEqual(y2025.branches);
    expect(clean.candidates.map((c) => [c.id, c.expect.status, c.expect.creditedHa.toString()]))
      .toEqual(y2025.candidates.map((c) => [c.id, c.expect.status, c.expect.creditedHa.toString()]));
    expect(clean.evidence.length).toBe(y2025.evidence.length - 1);
  });

  it.each([
    { name: 'year before the Measures plus two', opts: { year: 2018, scale: 1 } },
    { name: 'fractional year', opts: { year: 2025.5, scale: 1 } },
    { name: 'zero scale', opts: { year: 2025, scale: 0 } },
    { name: 'negative seed', opts: { year: 2025, scale: 1, seed: -1 } },
  ])('refuses $name', ({ opts }) => {
    expect(() => buildYear(opts)).toThrow(RangeError);
  });
});
