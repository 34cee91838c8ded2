// `npm run bench`: the benchmark of BENCHMARKS.md. For each volume (1× ≈ 20,000 supply rows, 10×) of Zhejiang's
// mix (55 % of supply rows are linkage candidates; --mix samples for the samples' mix) it runs, interleaved
// (compute, streaming bare read, readFile bare read, compute …), (a) `landlink compute` end to end as a child
// process (JSON and plan workbook written), (b) bare-read.ts --stream and (c) bare-read.ts over the same input
// files; then phases.ts (compute's phases in one process, with and without the forced GC); then the time to the
// first progress output on a terminal; prints the medians, ratios and targets; with --record adds them to
// BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../package-root.js';
import { ensureDataset, generatorFingerprint, GENERATOR_SCALE_1X, type Dataset } from './dataset.js';
import { scriptAvailable, timeFirstOutput } from './first-output.js';
import { formatEntry, formatTerminal, insertEntry } from './format.js';
import { currentLoad, describeMachine } from './machine.js';
import { measureNode, timeBinaryAvailable, type ChildOutcome, type MeasureOptions } from './measure.js';
import { parseBenchArgs, type BenchOptions } from './options.js';
import type { BenchResult } from './result.js';
import { median, summarise } from './stats.js';
import { evaluateTargets, type FirstOutput, type PhaseRun, type ScaleLabel, type ScaleResult } from './targets.js';

const root = packageRoot(import.meta.url);
const paths = {
  /** The CLI that is timed; --landlink points it at another checkout. */
  bin: join(root, 'bin', 'landlink'),
  generator: join(root, 'build', 'tools', 'samples', 'cli.js'),
  generatorDir: join(root, 'build', 'tools', 'samples'),
  bare: join(root, 'build', 'tools', 'bench', 'bare-read.js'),
  phases: join(root, 'build', 'tools', 'bench', 'phases.js'),
  reporter: join(root, 'build', 'tools', 'bench', 'usage-reporter.js'),
  benchmarks: join(root, 'BENCHMARKS.md'),
};

/** A compute at 1× takes seconds; on a terminal it must not take minutes. */
const FIRST_OUTPUT_TIMEOUT_MS = 180_000;

const log = (line: string): void => { process.stderr.write(line + '\n'); };

/** HEAD and whether tracked files changed; read-only (--no-optional-locks: status must not refresh the index). */
function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return `${head}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return null;
  }
}

/** The 10× ledger of Zhejiang's mix (every earlier year's credited ids, ≈ 1.4 million rows) is above the reader's
 *  default row limit (src/ingest/limits.ts); the benchmark raises it the way a user would (--read-limit). */
export const BENCH_READ_LIMITS = ['maxRows=5000000'];

function computeArgs(year: number, data: string, out: string): string[] {
  return ['compute', String(year), '--data', data, '--out', out, ...BENCH_READ_LIMITS.flatMap((l) => ['--read-limit', l])];
}

/** Why a child failed (exit code not in okCodes), with the end of what it printed; null when it did not. */
function childFailure(o: ChildOutcome, okCodes: readonly number[]): string | null {
  if (okCodes.includes(o.exitCode)) return null;
  const tail = (o.stderr.trim() || o.stdout.trim()).split('\n').slice(-12).join('\n');
  return `exit ${o.exitCode} after ${(o.wallMs / 1000).toFixed(1)} s: ${tail}`;
}

async function benchScale(label: ScaleLabel, data: Dataset, runs: number, o: BenchOptions, m: MeasureOptions): Promise<ScaleResult> {
  const outDir = join(o.cacheRoot, `out-${label === '1×' ? '1x' : '10x'}`);
  const plan = join(outDir, `挂钩方案-${o.year}.xlsx`);
  const compute: ChildOutcome[] = [];
  const bare: ChildOutcome[] = [];
  const bareStream: ChildOutcome[] = [];
  let computeError: string | null = null;
  for (let i = 0; i < runs; i++) {
    // Once compute has failed at this scale it is not run again; the bare reads still are (the other side of the table).
    if (computeError === null) {
      await rm(outDir, { recursive: true, force: true });
      const a = await measureNode({ script: paths.bin, args: computeArgs(o.year, data.dir, outDir), cwd: o.cacheRoot }, m);
      // Exit 1 = done with error-level findings (outputs.md): the generated years carry deliberate input problems.
      computeError = childFailure(a, [0, 1]) ?? (existsSync(plan) ? null : `no plan workbook written (${plan})`);
      if (computeError === null) compute.push(a);
      log(`  ${label} compute   run ${i + 1}/${runs}: ${(a.wallMs / 1000).toFixed(2)} s${computeError === null ? '' : ` — failed: ${computeError.split('\n')[0]}`}`);
    }
    for (const [side, args, list] of [['stream', ['--stream', ...data.files], bareStream], ['readFile', data.files, bare]] as const) {
      const b = await measureNode({ script: paths.bare, args: [...args], cwd: o.cacheRoot }, m);
      const bareError = childFailure(b, [0]);
      if (bareError !== null) throw new Error(`bare read (${side}) failed: ${bareError}`);
      list.push(b);
      log(`  ${label} bare read (${side}) run ${i + 1}/${runs}: ${(b.wallMs / 1000).toFixed(2)} s`);
    }
  }
  const phases: PhaseRun[] = [];
  for (let i = 0; i < o.phaseRuns && computeError === null; i++) {
    for (const gc of [true, false]) {
      await rm(outDir, { recursive: true, force: true });
      const args = [...(gc ? [] : ['--no-gc']), String(o.year), data.dir, outDir];
      const p = await measureNode({ script: paths.phases, args, cwd: o.cacheRoot }, m);
      const failure = childFailure(p, [0]);
      if (failure !== null) throw new Error(`phase timing failed: ${failure}`);
      const report = JSON.parse(p.stdout.trim().split('\n').pop()!) as { phasesMs: Record<string, number> };
      phases.push({ gc, phasesMs: report.phasesMs, wallMs: p.wallMs, cpuMs: p.cpuMs, maxRssKb: p.maxRssKb });
      log(`  ${label} phases${gc ? '' : ' (no forced GC)'} run ${i + 1}/${o.phaseRuns}: ${Object.entries(report.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')} ms`);
    }
  }
  return {
    label, generatorScale: data.generatorScale, rows: data.rows,
    compute: computeError === null ? summarise(compute) : null, computeError, bare: summarise(bare), bareStream: summarise(bareStream), phases,
  };
}

async function firstOutput(data: Dataset, runs: number, o: BenchOptions): Promise<FirstOutput | null> {
  if (runs === 0) return null;
  if (!scriptAvailable()) { log('  （没有 /usr/bin/script：跳过首次进度输出的测量）'); return null; }
  const samples: number[] = [];
  const outDir = join(o.cacheRoot, 'out-first-output');
  for (let i = 0; i < runs; i++) {
    const r = await timeFirstOutput([process.execPath, paths.bin, ...computeArgs(o.year, data.dir, outDir)], o.cacheRoot, FIRST_OUTPUT_TIMEOUT_MS);
    if (r.timedOut) throw new Error(`landlink compute on a terminal did not finish within ${FIRST_OUTPUT_TIMEOUT_MS / 1000} s`);
    if (r.firstMs === null) throw new Error(`landlink compute printed nothing on a terminal (exit ${r.exitCode})`);
    samples.push(r.firstMs);
    log(`  first output run ${i + 1}/${runs}: ${(r.firstMs / 1000).toFixed(2)} s`);
  }
  return { samplesMs: samples, medianMs: median(samples) };
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  if (o.landlinkRoot !== null) paths.bin = join(resolve(o.landlinkRoot), 'bin', 'landlink');
  if (!existsSync(paths.bin)) throw new Error(`no CLI at ${paths.bin}`);
  for (const p of [paths.generator, paths.bare, paths.phases, paths.reporter]) if (!existsSync(p)) throw new Error(`not built: ${p} (npm run build)`);
  if (!relative(root, resolve(o.cacheRoot)).startsWith('..')) throw new Error(`--cache must be outside the repository: ${o.cacheRoot}`);
  const started = Date.now();
  const useTime = timeBinaryAvailable();
  const machine = describeMachine(useTime);
  await mkdir(o.cacheRoot, { recursive: true });
  const fingerprint = await generatorFingerprint(paths.generatorDir);
  const m: MeasureOptions = { useTime, usageFile: join(o.cacheRoot, `usage-${process.pid}.txt`), reporter: paths.reporter };

  const datasets = new Map<ScaleLabel, Dataset>();
  for (const label of o.scales) {
    const generatorScale = label === '1×' ? GENERATOR_SCALE_1X : Math.round(GENERATOR_SCALE_1X * 10 * 100) / 100;
    datasets.set(label, await ensureDataset({ cacheRoot: o.cacheRoot, year: o.year, generatorScale, seed: o.seed, candidateShare: o.candidateShare, generatorScript: paths.generator, fingerprint, log }));
  }
  const scales: ScaleResult[] = [];
  for (const label of o.scales) {
    log(`${label}: ${datasets.get(label)!.rows.supply ?? 0} 行供地备案`);
    scales.push(await benchScale(label, datasets.get(label)!, label === '1×' ? o.runs1x : o.runs10x, o, m));
  }
  const smallest = datasets.get('1×') ?? datasets.get('10×')!;
  const first = await firstOutput(smallest, o.firstOutputRuns, o);
  await rm(m.usageFile, { force: true });
  machine.loadEnd = currentLoad();
  return {
    startedAt: new Date(started).toISOString().replace(/\.\d+Z$/, 'Z'),
    durationS: (Date.now() - started) / 1000,
    commit: gitCommit(),
    landlink: o.landlinkRoot === null ? null : resolve(o.landlinkRoot),
    machine,
    year: o.year,
    seed: o.seed,
    candidateShare: o.candidateShare,
    scales,
    firstOutput: first,
    targets: evaluateTargets(scales, first),
  };
}

async function main(): Promise<number> {
  let o: BenchOptions;
  try {
    o = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    log(`bench: ${(e as Error).message}`);
    return 2;
  }
  const result = await runBench(o);
  process.stdout.write(formatTerminal(result).join('\n') + '\n');
  if (o.record) {
    const existing = existsSync(paths.benchmarks) ? await readFile(paths.benchmarks, 'utf8') : null;
    await writeFile(paths.benchmarks, insertEntry(existing, formatEntry(result)));
    log(`已记入 ${paths.benchmarks}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => { process.exitCode = code; }, (e: unknown) => {
    log(`bench failed: ${e instanceof Error ? (process.env.BENCH_VERBOSE ? e.stack ?? e.message : e.message) : String(e)}`);
    process.exitCode = 3;
  });
}
