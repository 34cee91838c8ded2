// Plan workbooks recalculated by LibreOffice: the reward extension's fixture and the bundled sample year 2025
// with its returned city workbooks. Every recalculated formula must equal the cached value and the --json figure
// (the same check as tests/report/reward-plan.test.ts and sample-year.test.ts make in process).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import { loadAndCompute } from '../../src/app/load-and-compute.js';
import { packageRoot } from '../../src/cli/version.js';
import { checkPlan } from '../report/helpers/plan-check.js';
import { inputs, withReward } from '../report/helpers/reward-fixture.js';
import { inLibreOffice } from './helpers/soffice.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-lo-plan-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('plan workbooks in LibreOffice', () => {
  it('the reward extension: every formula (reward columns included) equals the cached value and the --json figure', async () => {
    const on = compute(inputs, withReward({ enabled: true }), 'test');
    const { formulas, withJson } = await checkPlan(on, join(dir, 'reward'), inLibreOffice);
    expect(formulas).toBeGreaterThan(0);
    expect(withJson).toBe(12 * 13 + 4 * on.counties.length);
  });

  it('sample year 2025 with the returned city workbooks: every formula equals the cached value and the --json figure', async () => {
    const samples = join(packageRoot, 'samples', '2025');
    const { result } = await loadAndCompute({ year: 2025, data: samples, cwd: dir, withFeedback: true });
    const { formulas, withJson } = await checkPlan(result, join(dir, 'sample'), inLibreOffice);
    expect(withJson).toBe(12 * 13 + 4 * result.counties.length);
    expect(formulas).toBe(12 * 13 + 1 + 4 * result.counties.length);
  });
});
