// The shared front half of validate / compute / extract: read the year's folder (and returned city workbooks),
// load the policy, run the pure pipeline. No printing here; progress goes through a callback.
import { pushAll } from '../domain/push-all.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadYear, parseLimitOverride, type LoadYearOptions, type ReadLimits } from '../ingest/load.js';
import { resolveLimits } from '../ingest/limits.js';
import { readFeedback } from '../ingest/feedback.js';
import type { YearInputs } from '../ingest/types.js';
import { loadPolicy } from '../policy/load.js';
import { compute } from '../pipeline/compute.js';
import { readInWorker } from './read-worker.js';
import { forCityReview } from '../pipeline/city-review.js';
import { InputError, finding } from '../findings/index.js';
import type { ComputeResult } from '../pipeline/types.js';
import { collectGarbage, collectLargeHeap, collectWhenGrown, heapUsed } from './collect-garbage.js';
import type { PhaseMark } from './phases.js';

export interface RunOptions {
  year: number;
  data?: string;
  cwd: string;
  policy?: string;
  /** `--read-limit name=value` overrides (src/ingest/limits.ts). */
  readLimits?: string[];
  /** Read the cities' returned review workbooks (feedback/ or 审核意见/); extract does not. */
  withFeedback: boolean;
  /** Compute as the cities review it (pipeline/city-review.ts: without the province's inspection results); extract does. */
  forCities?: boolean;
  onProgress?: (e: { kind: string; file: string; rows: number }) => void;
  /** Told when each phase ends (src/app/phases.ts; the benchmark's phase timings). */
  onPhase?: PhaseMark;
  /** loadYear's whileWaiting: work done while the reading worker finishes. */
  whileWaiting?: LoadYearOptions['whileWaiting'];
}

/** What a command's caller gives; the command itself decides whether the returned city workbooks are read. */
export type YearOptions = Omit<RunOptions, 'withFeedback'>;

export const FEEDBACK_DIRS = ['feedback', '审核意见'] as const;

export async function loadAndCompute(o: RunOptions): Promise<{ inputs: YearInputs; result: ComputeResult }> {
  const { policy, source } = await loadPolicy(o.policy);
  const limits = readLimitsFrom(o.readLimits);
  // The ledger and a few other files are read in a worker thread beside the others, and only the ledger rows the
  // pipeline can look at are kept (every row is still read and checked): src/app/read-worker.ts.
  // Before each file read here, the garbage of the files before it is collected when the heap is large (a 10× year):
  // else V8 lets it pile up while the next file is scanned, and the end of reading was the run's peak (BENCHMARKS.md
  // "The 10× peak, fourth pass"; collect-garbage.ts).
  // Within a large file read in pieces (the evidence at 10×), its garbage is collected once the heap has grown by
  // PIECES_GROWTH since the file began: the end of the evidence was the run's peak (BENCHMARKS.md "The 10× peak, fifth
  // pass").
  let grown = (): void => undefined;
  const inputs = await loadYear({
    year: o.year, data: o.data, cwd: o.cwd, onProgress: o.onProgress, readElsewhere: readInWorker(limits),
    beforeFile: () => { collectLargeHeap(); grown = collectWhenGrown(PIECES_GROWTH, heapUsed, collectGarbage, heapUsed()); },
    betweenPieces: () => { grown(); },
    ...(limits ? { limits } : {}), ...(o.whileWaiting ? { whileWaiting: o.whileWaiting } : {}),
  });
  if (o.withFeedback) {
    const present = FEEDBACK_DIRS.map((name) => join(inputs.dataDir, name)).filter((dir) => existsSync(dir));
    if (present.length > 1) {
      // Two folders of returned workbooks are one kind claimed twice (inputs.md: refuse an ambiguous folder).
      throw new InputError(finding('kind-ambiguous', { file: inputs.dataDir }, { params: { kind: '设区市审核意见', detail: FEEDBACK_DIRS.join('/、') + '/' } }));
    }
    for (const dir of present) {
      const { feedback, findings, files } = await readFeedback(dir, o.year, resolveLimits(limits));
      pushAll(inputs.feedback, feedback);
      pushAll(inputs.findings, findings);
      pushAll(inputs.files, files);
      o.onProgress?.({ kind: 'feedback', file: dir, rows: feedback.length });
    }
  }
  o.onPhase?.('read');
  collectLargeHeap(); // the reading phase's garbage, before the pipeline adds its own (collect-garbage.ts)
  o.onPhase?.('gc');
  const result = compute(o.forCities ? forCityReview(inputs) : inputs, policy, source, { afterStage: collectWhenGrown() });
  o.onPhase?.('compute');
  return { inputs, result };
}

/** How much a large file's scan may grow the heap before its garbage is collected (collectWhenGrown). */
const PIECES_GROWTH = 48 * 1024 * 1024;

export function readLimitsFrom(overrides: readonly string[] | undefined): Partial<ReadLimits> | undefined {
  if (!overrides || overrides.length === 0) return undefined;
  return Object.assign({}, ...overrides.map(parseLimitOverride)) as Partial<ReadLimits>;
}
