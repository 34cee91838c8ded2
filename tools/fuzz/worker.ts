// The fuzzer's fast mode (`npm run fuzz -- --fast`): a long-lived child process that runs landlink's own CLI entry
// (src/cli/main.ts `main`, the function bin/landlink calls) in process, one run per message, so thousands of runs
// do not each pay for starting Node. The parent (run.ts) still owns the clock: a run that does not answer in time
// is a hang and the worker is killed; a worker that dies is an abort.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../package-root.js';

// The built product, exactly what bin/landlink loads (the CLI as one module, dist/cli/landlink.js, when the build wrote
// it, else dist/cli/main.js) — not the copy of src/ compiled beside the tools.
/** What the CLI's entry takes for its streams (src/cli/context.ts Io, restated: tools never import the CLI's code). */
interface Io { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; env: NodeJS.ProcessEnv; cwd: string }
const cliDir = join(packageRoot(import.meta.url), 'dist', 'cli');
const cli = existsSync(join(cliDir, 'landlink.js')) ? join(cliDir, 'landlink.js') : join(cliDir, 'main.js');
const { main } = (await import(pathToFileURL(cli).href)) as { main: (argv: string[], io: Io) => Promise<number> };

interface Job { id: number; args: string[]; cwd: string }

function sink(): { stream: NodeJS.WritableStream & { isTTY?: boolean }; text: () => string } {
  let text = '';
  const stream = { write: (s: string | Uint8Array) => { text += typeof s === 'string' ? s : Buffer.from(s).toString('utf8'); return true; }, on: () => stream, isTTY: false };
  return { stream: stream as unknown as NodeJS.WritableStream & { isTTY?: boolean }, text: () => text };
}

process.on('message', (job: Job) => {
  const out = sink(), err = sink();
  const io: Io = { stdout: out.stream, stderr: err.stream, env: { NO_COLOR: '1' }, cwd: job.cwd };
  void main(['node', 'landlink', ...job.args], io).then((code) => {
    process.exitCode = 0; // main() sets it for the real CLI; this process stays alive for the next run
    process.send?.({ id: job.id, code, stdout: out.text(), stderr: err.text() });
  });
});
process.send?.({ ready: true });
