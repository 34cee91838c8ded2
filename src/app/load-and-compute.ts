// The shared front half of validate / compute / extract: read the year's folder (and returned city workbooks),
// load the policy, run the pure pipeline. No printing here; progress goes through a callback.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadYear, parseLimitOverride, type ReadLimits } from '../ingest/load.js';
import { readFeedback } from '../ingest/feedback.js';
import type { YearInputs } from '../ingest/types.js';
import { loadPolicy } from '../policy/load.js';
import { compute } from '../pipeline/compute.js';
import type { ComputeResult } from '../pipeline/types.js';

export interface RunOptions {
  year: number;
  data?: string;
  cwd: string;
  policy?: string;
  /** `--read-limit name=value` overrides (src/ingest/limits.ts). */
  readLimits?: string[];
  /** Read the cities' returned review workbooks (feedback/ or 审核意见/); extract does not. */
  withFeedback: boolean;
  onProgress?: (e: { kind: string; file: string; rows: number }) => void;
}

export const FEEDBACK_DIRS = ['feedback', '审核意见'] as const;

export async function loadAndCompute(o: RunOptions): Promise<{ inputs: YearInputs; result: ComputeResult }> {
  const { policy, source } = await loadPolicy(o.policy);
  const limits = readLimitsFrom(o.readLimits);
  const inputs = await loadYear({ year: o.year, data: o.data, cwd: o.cwd, onProgress: o.onProgress, ...(limits ? { limits } : {}) });
  if (o.withFeedback) {
    for (const name of FEEDBACK_DIRS) {
      const dir = join(inputs.dataDir, name);
      if (!existsSync(dir)) continue;
      const { feedback, findings } = await readFeedback(dir, o.year);
      inputs.feedback.push(...feedback);
      inputs.findings.push(...findings);
      o.onProgress?.({ kind: 'feedback', file: name, rows: feedback.length });
    }
  }
  const result = compute(inputs, policy, source);
  return { inputs, result };
}

export function readLimitsFrom(overrides: readonly string[] | undefined): Partial<ReadLimits> | undefined {
  if (!overrides || overrides.length === 0) return undefined;
  return Object.assign({}, ...overrides.map(parseLimitOverride)) as Partial<ReadLimits>;
}
