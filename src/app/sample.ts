// `landlink sample <year> [--rate R] [--seed S]` (浙土资发〔2017〕19号 四、2; docs/yearly-cycle.md): run the year as `compute`
// would (same inputs, city feedback, policy), take the credited projects, weigh them by risk, draw the on-site
// spot checks from the seed and write out/<year>/抽查清单-<year>.xlsx.
import { join } from 'node:path';
import { loadAndCompute } from './load-and-compute.js';
import type { Exact } from '../domain/exact.js';
import type { YearInputs } from '../ingest/types.js';
import type { ComputeResult } from '../pipeline/types.js';
import { spotCheckCandidates } from '../cycle/candidates.js';
import { drawSpotChecks, type SpotCheckDraw } from '../cycle/draw.js';
import { outDirOf } from '../cycle/paths.js';
import { weighCandidates, type RiskContext, type WeightedCandidate } from '../cycle/risk.js';
import { spotCheckFileName, spotCheckWorkbook } from '../cycle/sample-sheet.js';
import { writeWorkbook } from '../cycle/workbook-model.js';

export interface SampleOptions {
  year: number;
  cwd: string;
  data?: string;
  policy?: string;
  out?: string;
  rate: Exact;
  seed: string;
  onProgress?: (e: { kind: string; file: string; rows: number }) => void;
}

export interface SampleRun {
  inputs: YearInputs;
  result: ComputeResult;
  candidates: WeightedCandidate[];
  context: RiskContext;
  draw: SpotCheckDraw;
  file: string;
}

export async function runSample(o: SampleOptions): Promise<SampleRun> {
  const { inputs, result } = await loadAndCompute({
    year: o.year, cwd: o.cwd, withFeedback: true,
    ...(o.data !== undefined ? { data: o.data } : {}), ...(o.policy !== undefined ? { policy: o.policy } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  const { weighted, context } = weighCandidates(spotCheckCandidates(result));
  const draw = drawSpotChecks(weighted, { rate: o.rate, seed: o.seed });
  const file = join(outDirOf(o.cwd, o.year, o.out), spotCheckFileName(o.year));
  await writeWorkbook(spotCheckWorkbook(o.year, weighted, context, draw), file);
  return { inputs, result, candidates: weighted, context, draw, file };
}
