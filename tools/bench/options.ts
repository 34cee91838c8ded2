// `npm run bench -- [options]`: the benchmark's command line (commander, like the CLI).
import { Command } from 'commander';
import os from 'node:os';
import { join } from 'node:path';

export interface BenchOptions {
  scales: ('1×' | '10×')[];
  runs1x: number;
  runs10x: number;
  firstOutputRuns: number;
  year: number;
  seed: number;
  cacheRoot: string;
  record: boolean;
  /** The share of supply rows that are linkage candidates in the generated years; null = the samples' mix (≈ 13 %). */
  candidateShare: number | null;
  /** Runs of the in-process phase timing per scale, each with and without the forced collections. */
  phaseRuns: number;
  /** Another landlink checkout whose bin/landlink is timed (e.g. a patched copy); null = this one. */
  landlinkRoot: string | null;
}

export const DEFAULT_SEED = 20170816;
/** Zhejiang's mix (BENCHMARKS.md; the action plan's 2027 targets of 53.5–62.5 %): 55 % of supply rows are stock-land linkage candidates. */
export const ZHEJIANG_CANDIDATE_SHARE = 0.55;

function positiveInt(what: string) {
  return (text: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${what} must be a whole number ≥ 0: ${text}`);
    return n;
  };
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const program = new Command()
    .name('bench')
    .description('landlink benchmark (BENCHMARKS.md): compute vs. a bare read of its inputs, at 1× and 10×')
    .option('--scales <list>', 'which volumes: 1, 10 or 1,10', '1,10')
    .option('--runs <n>', 'runs per side at 1× (median)', positiveInt('--runs'), 3)
    .option('--runs-10x <n>', 'runs per side at 10× (median)', positiveInt('--runs-10x'), 2)
    .option('--first-output-runs <n>', 'runs of the time-to-first-progress check (0 = skip)', positiveInt('--first-output-runs'), 3)
    .option('--year <year>', 'linkage year of the synthetic data', positiveInt('--year'), 2025)
    .option('--seed <n>', 'sample generator seed', positiveInt('--seed'), DEFAULT_SEED)
    .option('--cache <dir>', 'where generated years and outputs are kept (never inside the repository)', join(os.tmpdir(), 'landlink-bench'))
    .option('--mix <mix>', 'zhejiang (55 % of supply rows are linkage candidates) or samples (the samples\' ≈ 13 %)', 'zhejiang')
    .option('--phase-runs <n>', 'in-process phase timings per scale, each with and without the forced GC (0 = skip)', positiveInt('--phase-runs'), 1)
    .option('--record', 'add the result to BENCHMARKS.md (newest first)', false)
    .option('--landlink <dir>', 'time bin/landlink of another (built) checkout, e.g. a patched copy; data and bare read stay this one\'s');
  program.parse([...argv], { from: 'user' });
  const o = program.opts<{ scales: string; runs: number; runs10x: number; firstOutputRuns: number; year: number; seed: number; cache: string; record: boolean; landlink?: string; mix: string; phaseRuns: number }>();
  const scales = parseScales(o.scales);
  if (o.runs < 1 && scales.includes('1×')) throw new Error('--runs must be at least 1');
  if (o.runs10x < 1 && scales.includes('10×')) throw new Error('--runs-10x must be at least 1');
  if (o.mix !== 'zhejiang' && o.mix !== 'samples') throw new Error(`--mix takes zhejiang or samples: ${o.mix}`);
  return {
    candidateShare: o.mix === 'zhejiang' ? ZHEJIANG_CANDIDATE_SHARE : null, phaseRuns: o.phaseRuns,
    scales, runs1x: o.runs, runs10x: o.runs10x, firstOutputRuns: o.firstOutputRuns, year: o.year, seed: o.seed,
    cacheRoot: o.cache, record: o.record, landlinkRoot: o.landlink ?? null,
  };
}

export function parseScales(text: string): ('1×' | '10×')[] {
  const out: ('1×' | '10×')[] = [];
  for (const part of text.split(',').map((s) => s.trim().replace(/[x×]$/i, ''))) {
    if (part === '1') out.push('1×');
    else if (part === '10') out.push('10×');
    else throw new Error(`--scales takes 1 and/or 10: ${text}`);
  }
  return [...new Set(out)];
}
