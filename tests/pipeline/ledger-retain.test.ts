// The ledger rows kept while reading (src/pipeline/ledger.ts ledgerRowsNeeded, used by src/app/load-and-compute.ts):
// compute on the kept rows must give byte-identical JSON to compute on the whole ledger, for random years whose
// ledgers mix this year's ids, earlier projects found by inspection, start checks, unrelated ids and every kind
// of 挂钩年度 (earlier, last year, this year, later, unreadable). A filter that forgets the rows of a year is caught.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compute } from '../../src/pipeline/compute.js';
import { ledgerRowsNeeded } from '../../src/pipeline/ledger.js';
import { renderJson } from '../../src/report/json.js';
import { loadYear, readInputFile } from '../../src/ingest/load.js';
import { loadAndCompute } from '../../src/app/load-and-compute.js';
import type { LedgerRow } from '../../src/domain/rows.js';
import type { YearInputs } from '../../src/ingest/types.js';
import { Y, ha, inspectionRow, ledgerRow, startCheck, supply, year } from './builders.js';

const CONCLUSIONS = ['confirmed', 'area-reduced', 'misreported', 'untrue'] as const;
const YEARS = [Y - 3, Y - 2, Y - 1, Y - 1, Y, Y + 1, null] as const;

const arbYear = fc.record({
  projects: fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 10 }),
  inspections: fc.array(fc.record({ id: fc.integer({ min: 0, max: 40 }), conclusion: fc.constantFrom(...CONCLUSIONS) }), { maxLength: 6 }),
  checks: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 5 }),
  ledger: fc.array(fc.record({
    prefix: fc.constantFrom('P', 'P', 'S', 'X'),
    id: fc.integer({ min: 0, max: 40 }),
    year: fc.constantFrom(...YEARS),
    area: fc.constantFrom('0.3', '1.25', null),
  }), { maxLength: 40 }),
});

type G = typeof arbYear extends fc.Arbitrary<infer T> ? T : never;

function build(g: G): YearInputs {
  return year({
    supply: g.projects.map((n) => supply(`P${n}`)),
    inspection: g.inspections.map((i) => inspectionRow(`P${i.id}`, { conclusion: i.conclusion, verifiedAreaHa: i.conclusion === 'area-reduced' ? ha('0.2') : null })),
    startCheck: g.checks.map((n, i) => startCheck(`S${n}`, { result: i % 2 === 0 ? 'revoked' : 'started' })),
    ledger: g.ledger.map((l) => ledgerRow(`${l.prefix}${l.id}`, { linkageYear: l.year, creditedAreaHa: l.area === null ? null : ha(l.area) })),
  });
}

const withLedger = (y: YearInputs, keep: (row: LedgerRow) => boolean): YearInputs => ({ ...y, ledger: y.ledger.filter(keep) });

describe('ledger rows kept while reading', () => {
  it('compute on the kept rows equals compute on the whole ledger (random years)', () => {
    let dropped = 0;
    fc.assert(fc.property(arbYear, (g) => {
      const y = build(g);
      const kept = withLedger(y, ledgerRowsNeeded(y));
      dropped += y.ledger.length - kept.ledger.length;
      expect(renderJson(compute(kept))).toBe(renderJson(compute(y)));
    }), { numRuns: 300 });
    expect(dropped).toBeGreaterThan(0); // the filter did leave rows out, so the equality above says something
  });

  it('a filter that keeps only the rows of this year\'s ids is caught (the start check needs last year\'s rows)', () => {
    // Last year's ledger has rows, none of them for a start-checked id: deductions warns start-check-unverified only
    // when there is no row of last year at all (决定 5c).
    const y = build({ projects: [1], inspections: [], checks: [2], ledger: [{ prefix: 'X', id: 9, year: Y - 1, area: '0.3' }] });
    const ids = new Set(['P1', 'S2']);
    const naive = withLedger(y, (row) => ids.has(row.projectId));
    expect(renderJson(compute(naive))).not.toBe(renderJson(compute(y)));
    expect(renderJson(compute(withLedger(y, ledgerRowsNeeded(y))))).toBe(renderJson(compute(y)));
  });

  it('the reader builds and checks every row but returns only the kept ones; the row count and findings are unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-retain-'));
    const file = join(dir, '已挂钩台账.csv');
    writeFileSync(file, '项目编号,挂钩年度,认定面积(公顷),行政区代码\nA1,2023,0.5,330102\nB2,2023,abc,330102\nA1,2024,0.4,330102\nC3,20x4,0.1,330102\n');
    const all = await readInputFile(file, 'ledger');
    const some = await readInputFile(file, 'ledger', { retain: (row) => row.projectId === 'C3' });
    expect(all.rows.map((r) => r.projectId)).toEqual(['A1', 'B2', 'A1', 'C3']);
    expect(some.rows.map((r) => r.projectId)).toEqual(['C3']);
    expect(some.info).toEqual(all.info);
    expect(some.findings).toEqual(all.findings);
    expect(all.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['id-duplicate']));
    expect(all.findings.length).toBeGreaterThanOrEqual(3); // the bad area, the bad year, the duplicate id
  });

  it('the sample years: loadAndCompute keeps fewer ledger rows and gives the JSON of the whole ledger', async () => {
    for (const y of [2024, 2025]) {
      const data = join(import.meta.dirname, '..', '..', 'samples', String(y));
      const whole = await loadYear({ year: y, data });
      const run = await loadAndCompute({ year: y, data, cwd: process.cwd(), withFeedback: false });
      expect(run.inputs.ledger.length).toBeLessThan(whole.ledger.length);
      expect(renderJson(run.result)).toBe(renderJson(compute(whole)));
    }
  });
});
