// Runs the cycle's commands in-process, wired by src/cli/main.ts's own `runnerFor` (options →
// Context → guard → exit code), so these tests need no build of dist/. Output is captured as text.
import { Command, CommanderError } from 'commander';
import type { Io } from '../../src/cli/context.js';
import { runnerFor } from '../../src/cli/main.js';
import { registerLedger } from '../../src/cli/commands/ledger.js';
import { registerSample } from '../../src/cli/commands/sample.js';
import { registerStartList } from '../../src/cli/commands/start-list.js';
import { registerStatus } from '../../src/cli/commands/status.js';

export interface CliRun { code: number; stdout: string; stderr: string }

function sink(): { stream: NodeJS.WritableStream & { isTTY?: boolean }; text: () => string } {
  let text = '';
  const stream = { write: (s: string) => { text += s; return true; }, isTTY: false } as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  return { stream, text: () => text };
}

export async function cycleCli(args: string[], cwd: string): Promise<CliRun> {
  const out = sink(), err = sink();
  const io: Io = { stdout: out.stream, stderr: err.stream, env: { NO_COLOR: '1' }, cwd };
  let code = 0;
  const program = new Command().name('landlink').exitOverride()
    .configureOutput({ writeOut: (s) => out.stream.write(s), writeErr: (s) => err.stream.write(s) });
  const run = runnerFor(io, (c) => { code = c; });
  registerSample(program, run);
  registerStartList(program, run);
  registerLedger(program, run);
  registerStatus(program, run);
  try {
    await program.parseAsync(['node', 'landlink', ...args]);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    code = e.exitCode === 0 ? 0 : 2;
  }
  return { code, stdout: out.text(), stderr: err.text() };
}
