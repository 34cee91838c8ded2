// `landlink indicators <year>`: each city against the 2025 action plan's targets
// (docs/sources/001_4ca6c5f2cb680a6e.txt).
import { loadYear } from '../ingest/load.js';
import { readLimitsFrom } from './load-and-compute.js';
import { computeIndicators } from '../indicators/compute.js';

export async function runIndicators(o: { year: number; data?: string; cwd: string; readLimits?: string[]; onProgress?: (e: { kind: string; file: string; rows: number }) => void }) {
  const limits = readLimitsFrom(o.readLimits);
  const inputs = await loadYear({ year: o.year, data: o.data, cwd: o.cwd, onProgress: o.onProgress, ...(limits ? { limits } : {}) });
  return { inputs, result: computeIndicators(inputs) };
}
