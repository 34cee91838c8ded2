// Time to the first progress output on a terminal (issue 7: "progress shown within 0.5 s on a terminal").
// The command runs under util-linux `script` (a pseudo-terminal, so the CLI sees a TTY and shows its spinner);
// the clock stops at the first chunk with visible text (cursor and colour escape codes alone do not count).
// The figure includes `script`'s own start-up (a few milliseconds), so it errs on the slow side.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SCRIPT_BINARY = '/usr/bin/script';

export function scriptAvailable(): boolean { return existsSync(SCRIPT_BINARY); }

/** Single-quotes a word for /bin/sh. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|[\x00-\x1f\x7f]/g;

/** True when terminal output holds something a person can read (not only escape codes and control bytes). */
export function hasVisibleText(chunk: string): boolean {
  return chunk.replace(ESCAPES, '').trim() !== '';
}

export interface FirstOutputRun { firstMs: number | null; totalMs: number; exitCode: number }

export function timeFirstOutput(argv: readonly string[], cwd: string): Promise<FirstOutputRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
  delete env.CI;
  delete env.NO_COLOR;
  const command = argv.map(shellQuote).join(' ');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const since = (): number => Number(process.hrtime.bigint() - started) / 1e6;
    let firstMs: number | null = null;
    const p = spawn(SCRIPT_BINARY, ['-qfec', command, '/dev/null'], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (chunk: string) => { if (firstMs === null && hasVisibleText(chunk)) firstMs = since(); });
    p.on('error', reject);
    p.on('close', (code) => resolve({ firstMs, totalMs: since(), exitCode: code ?? -1 }));
  });
}
