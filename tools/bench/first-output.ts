// Time to the first progress output on a terminal (BENCHMARKS.md target: progress shown within 0.5 s on a terminal).
// The command runs under util-linux `script` (a pseudo-terminal, so the CLI sees a TTY and shows its spinner);
// the clock stops at the first chunk with visible text (cursor and colour escape codes alone do not count).
// The figure includes `script`'s own start-up (a few milliseconds), so it errs on the slow side.
// The pseudo-terminal gets a size first (`stty cols 120 rows 40`): without one it reports 0 columns, and
// ora 9 then clears "text width ÷ 0 = Infinity" lines, i.e. loops forever (seen here; a real terminal has a size).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SCRIPT_BINARY = '/usr/bin/script';

export function scriptAvailable(): boolean { return existsSync(SCRIPT_BINARY); }

/** Single-quotes a word for /bin/sh. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const ESCAPES = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][A-Za-z0-9]|[\x00-\x1f\x7f]/g;

/** True when terminal output holds something a person can read (not only escape codes and control bytes). */
export function hasVisibleText(chunk: string): boolean {
  return chunk.replace(ESCAPES, '').trim() !== '';
}

export interface FirstOutputRun { firstMs: number | null; totalMs: number; exitCode: number; timedOut: boolean }

export function timeFirstOutput(argv: readonly string[], cwd: string, timeoutMs: number): Promise<FirstOutputRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
  delete env.CI;
  delete env.NO_COLOR;
  const command = `stty cols 120 rows 40 2>/dev/null; exec ${argv.map(shellQuote).join(' ')}`;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const since = (): number => Number(process.hrtime.bigint() - started) / 1e6;
    let firstMs: number | null = null;
    let timedOut = false;
    const p = spawn(SCRIPT_BINARY, ['-qfec', command, '/dev/null'], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    // Closing the pseudo-terminal (script's end) hangs up the command inside it.
    const timer = setTimeout(() => { timedOut = true; p.kill('SIGKILL'); }, timeoutMs);
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (chunk: string) => { if (firstMs === null && hasVisibleText(chunk)) firstMs = since(); });
    p.on('error', (e) => { clearTimeout(timer); reject(e); });
    p.on('close', (code) => { clearTimeout(timer); resolve({ firstMs, totalMs: since(), exitCode: code ?? -1, timedOut }); });
  });
}
