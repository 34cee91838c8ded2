// Running the built CLI (dist/, see tests/cli/helpers.ts) on the corpus: child processes run a few at a time,
// their findings parsed from --json (exit 0/1) or from the one stop-the-run line on stderr (exit 2).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { bin } from '../cli/helpers.js';

export interface CliRun { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** The environment of a piped run, without colour forcing from the test runner. */
export function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['FORCE_COLOR', 'NO_COLOR']) if (!(k in extra)) delete env[k];
  return env;
}

export function runCli(args: string[], o: { cwd: string; env?: Record<string, string>; nodeOptions?: string[] }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(o.nodeOptions ?? []), bin, ...args], { cwd: o.cwd, env: plainEnv(o.env) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function pool<T>(items: readonly T[], fn: (item: T) => Promise<void>, limit = Math.max(2, cpus().length)): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface SeenFinding { code: string; severity?: string; file?: string; sheet?: string; row?: number; column?: string; id?: string; value?: string }

/** Findings of a --json run: validate prints `{ findings: [...] }` with absent fields left out; compute prints nulls. */
export function jsonFindings(stdout: string): SeenFinding[] {
  const doc = JSON.parse(stdout) as { findings: Record<string, unknown>[] };
  return doc.findings.map((f) => {
    const out: SeenFinding = { code: String(f.code) };
    for (const k of ['severity', 'file', 'sheet', 'column', 'id', 'value'] as const) if (typeof f[k] === 'string') out[k] = f[k];
    if (typeof f.row === 'number') out.row = f.row;
    return out;
  });
}

const STOP = /^landlink: 无法运行：(.*?)\s+\[([a-z0-9-]+)\]$/;

/**
 * The stop-the-run error of an exit-2 run, from its one stderr line
 * `landlink: 无法运行：<file> 工作表「<sheet>」 第 <row> 行 列「<column>」：<message>  [<code>]` (src/cli/main.ts guard).
 */
export function stopError(stderr: string): SeenFinding | null {
  const m = STOP.exec(stderr.trim());
  if (!m) return null;
  const body = m[1]!;
  const out: SeenFinding = { code: m[2]! };
  const colon = body.indexOf('：');
  const where = colon >= 0 ? body.slice(0, colon) : '';
  const sheet = /\s工作表「([^」]*)」/.exec(where);
  const row = /\s第 (\d+) 行/.exec(where);
  const column = /\s列「([^」]*)」/.exec(where);
  if (sheet) out.sheet = sheet[1]!;
  if (row) out.row = Number(row[1]);
  if (column) out.column = column[1]!;
  const file = where.replace(/\s工作表「[^」]*」|\s第 \d+ 行|\s列「[^」]*」/g, '').trim();
  if (file !== '') out.file = file;
  return out;
}

/** sha256 of every file under `dir`, by relative path. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    // names as bytes: a name that is not valid UTF-8 must still be found again
    for (const raw of readdirSync(d, { encoding: 'buffer' }).sort((a, b) => Buffer.compare(a, b))) {
      const p = Buffer.concat([Buffer.from(`${d}/`), raw]);
      const key = relative(dir, join(d, raw.toString('latin1')));
      const st = lstatSync(p);
      // links, pipes and devices are recorded as what they are (reading a pipe or /dev/zero would never end)
      if (st.isSymbolicLink()) out[key] = `link → ${readlinkSync(p, 'latin1')}`;
      else if (st.isDirectory()) walk(p.toString());
      else if (st.isFile()) out[key] = createHash('sha256').update(readFileSync(p)).digest('hex');
      else out[key] = `special, mode ${st.mode.toString(8)}`;
    }
  };
  walk(dir);
  return out;
}
