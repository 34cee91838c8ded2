// Runs the built CLI (dist/, made by `npm test`'s pretest build) as a user would: a child process, piped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'landlink');

export interface CliRun { code: number; stdout: string; stderr: string }

export function landlink(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? tempDir(),
    env: plainEnv(opts.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'landlink-'): string { return mkdtempSync(join(tmpdir(), prefix)); }

/** The environment of a piped run: no colour forcing inherited from the test runner. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['FORCE_COLOR', 'NO_COLOR']) if (!(k in extra)) delete env[k];
  return env;
}
