// Runs the cycle's commands in-process, wired exactly as src/cli/main.ts wires a command (the same `run` wrapper:
// options → Context → guard → exit code), so these tests need no build of dist/. Output is captured as text.
import { Command, CommanderError } from 'commander';
import { makeContext, type CommonOptions, type Io } from '../../src/cli/context.js';
import { guard, type Action } from '../../src/cli/main.js';
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
  const run = (action: Action) => async (...a: unknown[]): Promise<void> => {
    const cmd = a[a.length - 1] as Command;
    const positional = a.slice(0, -2).filter((x): x is string => typeof x === 'string');
    const ctx = makeContext(cmd.opts<CommonOptions>(), io);
    code = await guard(ctx, () => action(ctx, ...positional));
  };
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
