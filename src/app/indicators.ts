// `landlink indicators <year>`: each city against the 2025 action plan's targets (seed 001).
import { loadYear } from '../ingest/load.js';
import { computeIndicators } from '../indicators/compute.js';

export async function runIndicators(o: { year: number; data?: string; cwd: string; onProgress?: (e: { kind: string; file: string; rows: number }) => void }) {
  const inputs = await loadYear({ year: o.year, data: o.data, cwd: o.cwd, onProgress: o.onProgress });
  return { inputs, result: computeIndicators(inputs) };
}
