// Runs one Node child process and measures it: wall time from the parent's clock; CPU time and peak RSS from
// GNU time (`/usr/bin/time -f … -o FILE`, which reports the child's rusage), else from the child itself
// through usage-reporter.ts. Children are plain `node <script> …` so both sides pay the same start-up.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { RunSample } from './stats.js';

export const TIME_BINARY = '/usr/bin/time';

export interface NodeChild {
  script: string;
  args: readonly string[];
  nodeArgs?: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export interface ChildOutcome extends RunSample {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  /** Use GNU time when true; else the child reports its own usage. */
  useTime: boolean;
  /** A scratch file for the usage report (overwritten). */
  usageFile: string;
  /** Absolute path of the compiled usage-reporter.js. */
  reporter: string;
}

export function timeBinaryAvailable(): boolean { return existsSync(TIME_BINARY); }

/** GNU time's `-f '%e %U %S %M'` output (the last line; a "Command exited with non-zero status" line may come first). */
export function parseTimeOutput(text: string): { cpuMs: number; maxRssKb: number } | null {
  const lines = text.trim().split('\n');
  const last = lines[lines.length - 1]?.trim() ?? '';
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(last);
  if (!m) return null;
  return { cpuMs: (Number(m[2]) + Number(m[3])) * 1000, maxRssKb: Number(m[4]) };
}

function parseReporterOutput(text: string): { cpuMs: number; maxRssKb: number } | null {
  try {
    const o = JSON.parse(text) as { cpuMs?: unknown; maxRssKb?: unknown };
    return typeof o.cpuMs === 'number' && typeof o.maxRssKb === 'number' ? { cpuMs: o.cpuMs, maxRssKb: o.maxRssKb } : null;
  } catch {
    return null;
  }
}

export async function measureNode(child: NodeChild, o: MeasureOptions): Promise<ChildOutcome> {
  await rm(o.usageFile, { force: true });
  const nodeArgs = [...(child.nodeArgs ?? [])];
  const env: NodeJS.ProcessEnv = { ...process.env, ...child.env };
  if (!o.useTime) {
    nodeArgs.push('--import', pathToFileURL(o.reporter).href);
    env.LANDLINK_BENCH_USAGE = o.usageFile;
  }
  const argv = [...nodeArgs, child.script, ...child.args];
  const [command, args] = o.useTime
    ? [TIME_BINARY, ['-f', '%e %U %S %M', '-o', o.usageFile, process.execPath, ...argv]]
    : [process.execPath, argv];
  const started = process.hrtime.bigint();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const p = spawn(command, args, { cwd: child.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (b: Buffer) => out.push(b));
    p.stderr.on('data', (b: Buffer) => err.push(b));
    p.on('error', reject);
    p.on('close', (c) => resolve({ code: c ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const usageText = existsSync(o.usageFile) ? await readFile(o.usageFile, 'utf8') : '';
  const usage = o.useTime ? parseTimeOutput(usageText) : parseReporterOutput(usageText);
  return { wallMs, cpuMs: usage?.cpuMs ?? null, maxRssKb: usage?.maxRssKb ?? null, exitCode: code, stdout, stderr };
}
