// The mutation fuzzer (docs/bad-input.md "数据出错时"): `npm run fuzz -- --runs N --seed S` copies a sample year,
// damages it at random (mutations.ts), runs the built CLI's `compute` on it and checks the contract (contract.ts).
// Run i uses seed S + i, so `--seed S --from i --runs 1` repeats one run exactly; a failing run's folder is kept
// (--keep) with a note of what was done to it.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractProblems, snapshot, type RunOutcome } from './contract.js';
import { Random, damage } from './mutations.js';
import { packageRoot } from '../package-root.js';

export interface FuzzOptions {
  runs: number;
  seed: number;
  from: number;
  year: number;
  /** The undamaged year folder. */
  base: string;
  /** The CLI's entry (bin/landlink). */
  bin: string;
  concurrency: number;
  timeoutMs: number;
  /** Where failing runs' folders are kept (none when undefined). */
  keep?: string;
  /** Run the CLI in long-lived worker processes (worker.ts) instead of one `node bin/landlink` per run. */
  fast?: boolean;
  onRun?: (r: FuzzResult) => void;
}

export interface FuzzResult { run: number; seed: number; damage: string[]; code: number | null; problems: string[] }

function runCli(bin: string, args: string[], cwd: string, timeoutMs: number): Promise<RunOutcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal: timedOut ? null : signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** A worker process (worker.ts) that runs the CLI in process; replaced after a hang, a crash or `RECYCLE` runs. */
class Worker {
  private child: ChildProcess | null = null;
  private runs = 0;
  private static readonly RECYCLE = 250;

  constructor(private readonly script: string) {}

  private async start(): Promise<ChildProcess> {
    const child = fork(this.script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: { ...process.env, NO_COLOR: '1' } });
    child.stderr?.resume();
    await new Promise<void>((ready, failed) => {
      child.once('message', () => ready());
      child.once('exit', (code) => failed(new Error(`fuzz worker exited before it was ready (${code})`)));
    });
    this.runs = 0;
    return child;
  }

  async run(args: string[], cwd: string, timeoutMs: number): Promise<RunOutcome> {
    if (this.child === null || this.runs >= Worker.RECYCLE) { this.stop(); this.child = await this.start(); }
    const child = this.child;
    this.runs++;
    return new Promise((done) => {
      const finish = (o: RunOutcome, dead: boolean): void => {
        clearTimeout(timer);
        child.removeListener('message', onMessage);
        child.removeListener('exit', onExit);
        if (dead) { this.stop(); }
        done(o);
      };
      const onMessage = (m: { code: number; stdout: string; stderr: string }): void => finish({ code: m.code, signal: null, timedOut: false, stdout: m.stdout, stderr: m.stderr }, false);
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => finish({ code, signal: signal ?? 'exit', timedOut: false, stdout: '', stderr: '' }, true);
      const timer = setTimeout(() => finish({ code: null, signal: null, timedOut: true, stdout: '', stderr: '' }, true), timeoutMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ id: this.runs, args, cwd });
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
  }
}

export async function fuzz(o: FuzzOptions): Promise<FuzzResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'landlink-fuzz-'));
  const results: FuzzResult[] = [];
  let next = o.from;
  const one = async (run: number, worker: Worker | null): Promise<void> => {
    const seed = (o.seed + run) >>> 0;
    const root = join(work, String(run));
    const data = join(root, 'data');
    const out = join(root, 'out');
    cpSync(o.base, data, { recursive: true });
    const said = damage(data, new Random(seed));
    const before = snapshot(data);
    const args = ['compute', String(o.year), '--data', data, '--out', out, '--json'];
    const outcome = worker ? await worker.run(args, root, o.timeoutMs) : await runCli(o.bin, args, root, o.timeoutMs);
    const problems = contractProblems(outcome, { before, after: snapshot(data), out, year: o.year });
    const result: FuzzResult = { run, seed, damage: said, code: outcome.code, problems };
    results.push(result);
    o.onRun?.(result);
    if (problems.length > 0 && o.keep) {
      const kept = join(o.keep, `run-${run}-seed-${seed}`);
      mkdirSync(kept, { recursive: true });
      cpSync(root, kept, { recursive: true, verbatimSymlinks: true });
      writeFileSync(join(kept, 'what-happened.txt'), [...said, '', ...problems, '', outcome.stderr].join('\n'));
    }
    rmSync(root, { recursive: true, force: true });
  };
  const lane = async (): Promise<void> => {
    const worker = o.fast ? new Worker(join(dirname(fileURLToPath(import.meta.url)), 'worker.js')) : null;
    try {
      while (next < o.from + o.runs) await one(next++, worker);
    } finally {
      worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, lane));
  rmSync(work, { recursive: true, force: true });
  return results.sort((a, b) => a.run - b.run);
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(`npm run fuzz -- [--runs N] [--seed S] [--from I] [--year Y] [--data DIR] [--concurrency C] [--timeout SECONDS] [--keep DIR] [--fast]
  Damages the sample year at random and checks that landlink keeps its contract on every run:
  exit 0–2, no half output, inputs unchanged, no raw control characters, totals = sum of their parts.
  Run i uses seed S+i: --seed S --from i --runs 1 repeats it. Failing runs are kept under --keep.
  --fast runs the CLI's entry in long-lived worker processes instead of one node process per run.`);
    return;
  }
  const root = packageRoot(import.meta.url);
  const year = Number(option(args, '--year', '2025'));
  const runs = Number(option(args, '--runs', '200'));
  const o: FuzzOptions = {
    runs, year,
    seed: Number(option(args, '--seed', String(Date.now() % 1_000_000))),
    from: Number(option(args, '--from', '0')),
    base: resolve(option(args, '--data', join(root, 'samples', String(year)))),
    bin: join(root, 'bin', 'landlink'),
    concurrency: Number(option(args, '--concurrency', String(availableParallelism()))),
    timeoutMs: Number(option(args, '--timeout', '120')) * 1000,
    keep: resolve(option(args, '--keep', join(tmpdir(), 'landlink-fuzz-failures'))),
    fast: args.includes('--fast'),
  };
  console.log(`fuzz: ${runs} runs from ${o.from}, seed ${o.seed}, ${o.concurrency} at a time${o.fast ? ' (in worker processes)' : ''}, data ${o.base}, failures kept in ${o.keep}`);
  let done = 0;
  const codes = new Map<string, number>();
  const failures: FuzzResult[] = [];
  const started = Date.now();
  await fuzz({
    ...o,
    onRun: (r) => {
      done++;
      codes.set(String(r.code), (codes.get(String(r.code)) ?? 0) + 1);
      if (r.problems.length > 0) {
        failures.push(r);
        console.log(`FAIL run ${r.run} (seed ${r.seed}): ${r.problems.join('; ')}\n  ${r.damage.join('\n  ')}`);
      }
      if (done % 100 === 0) console.log(`${done}/${runs} runs, ${failures.length} failing, ${Math.round((Date.now() - started) / 1000)} s`);
    },
  });
  console.log(`done: ${done} runs in ${Math.round((Date.now() - started) / 1000)} s; exit codes ${[...codes].map(([c, n]) => `${c}×${n}`).join(' ')}; ${failures.length} broke the contract`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
