// The CLI on a real terminal (a pseudo-terminal from util-linux `script`), where it shows a spinner: a command that
// stops on an input error must stop its spinner and exit. Before the fix, `compute` with a missing supply file printed
// its message and then spun forever (ora's timer kept the process alive).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCRIPT_BINARY, hasVisibleText, shellQuote } from '../../tools/bench/first-output.js';
import { bin, tempDir } from './helpers.js';

interface TerminalRun { code: number; output: string; timedOut: boolean }

function onTerminal(args: string[], cwd: string, timeoutMs = 20_000): Promise<TerminalRun> {
  if (!existsSync(SCRIPT_BINARY)) {
    throw new Error(`${SCRIPT_BINARY} is missing: install util-linux (Debian: apt-get install -y bsdutils util-linux)`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
  delete env.CI;
  delete env.NO_COLOR;
  const command = `stty cols 120 rows 40 2>/dev/null; exec ${[process.execPath, bin, ...args].map(shellQuote).join(' ')}`;
  return new Promise((resolve, reject) => {
    let output = '';
    let timedOut = false;
    const p = spawn(SCRIPT_BINARY, ['-qfec', command, '/dev/null'], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    const timer = setTimeout(() => { timedOut = true; p.kill('SIGKILL'); }, timeoutMs);
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (chunk: string) => { output += chunk; });
    p.on('error', (e) => { clearTimeout(timer); reject(e); });
    p.on('close', (code) => { clearTimeout(timer); resolve({ code: code ?? -1, output, timedOut }); });
  });
}

describe('on a terminal', () => {
  it.each([
    ['compute', ['compute', '2025', '--out', 'out']],
    ['validate', ['validate', '2025']],
    ['indicators', ['indicators', '2025']],
  ])('%s with a missing supply file says so and exits 2 (the spinner does not keep it alive)', async (_name, args) => {
    const cwd = tempDir();
    const data = join(cwd, 'empty');
    mkdirSync(data);
    const run = await onTerminal([...args, '--data', data], cwd);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.output).toContain('[supply-missing]');
  }, 30_000);

  it('validate on the sample year shows its result and exits', async () => {
    const cwd = tempDir();
    const run = await onTerminal(['validate', '2025'], cwd);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1); // the sample year carries deliberate warnings
    expect(hasVisibleText(run.output)).toBe(true);
    expect(run.output).toMatch(/错误 \d+，警告 \d+/);
    // the spinner (ora, loaded only for a terminal: src/cli/context.ts) turned while the year was read
    expect(run.output).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
  }, 30_000);
});
