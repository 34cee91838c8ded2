// The reading thread started early by bin/landlink (src/cli/early.ts, src/app/reading-thread.ts): started for the
// commands that read a year's folder only, taken once by the reading (which then reads the same rows in it), and never
// keeping a process alive that does not take it. Runs the compiled modules (dist/, built by `npm test`'s pretest step),
// as bin/landlink does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadYear } from '../../src/ingest/load.js';
import { root } from '../cli/helpers.js';

type Early = typeof import('../../src/cli/early.js');
/** The module the thread imports: the compiled reading module (it exports runReadWorker). */
const entry = (): string => pathToFileURL(join(root, 'dist', 'app', 'read-worker.js')).href;
type Thread = typeof import('../../src/app/reading-thread.js');
type ReadWorker = typeof import('../../src/app/read-worker.js');
const dist = async () => ({
  early: (await import(join(root, 'dist', 'cli', 'early.js'))) as Early,
  thread: (await import(join(root, 'dist', 'app', 'reading-thread.js'))) as Thread,
  readWorker: (await import(join(root, 'dist', 'app', 'read-worker.js'))) as ReadWorker,
});

describe('the reading thread started early', () => {
  it('is started for compute, validate and extract, not for other commands or their help', async () => {
    const { early, thread } = await dist();
    for (const argv of [['compute', '2025'], ['validate', '2025', '--data', 'x'], ['--verbose', 'extract', '2025']]) {
      early.startEarly(['node', 'landlink', ...argv], entry());
      const worker = thread.takeEarlyReadingThread();
      expect(worker, argv.join(' ')).toBeDefined();
      expect(thread.takeEarlyReadingThread()).toBeUndefined(); // taken once
      await worker!.terminate();
    }
    for (const argv of [['init'], ['status', '2025'], ['compute', '--help'], ['validate', '-h'], ['--version'], []]) {
      early.startEarly(['node', 'landlink', ...argv], entry());
      expect(thread.takeEarlyReadingThread(), argv.join(' ')).toBeUndefined();
    }
  });

  it('is the thread the reading uses, and reads there what a thread of its own reads', async () => {
    const { early, thread, readWorker } = await dist();
    const data = join(root, 'samples', '2025');
    const before = await loadYear({ year: 2025, data });
    const own = await readWorker.readInWorker(undefined).ledger(join(data, '已挂钩台账.csv')).result(before);
    early.startEarly(['node', 'landlink', 'compute', '2025'], entry());
    const read = readWorker.readInWorker(undefined).ledger(join(data, '已挂钩台账.csv'));
    expect(thread.takeEarlyReadingThread()).toBeUndefined(); // the reading took it
    const viaEarly = await read.result(before);
    expect(viaEarly.rows.length).toBeGreaterThan(0);
    expect(viaEarly).toEqual(own);
  });

  it('is taken by the CLI run as one module (dist/cli/landlink.js), which holds its own copy of the module that keeps it', async () => {
    const { early, thread } = await dist();
    const cli = pathToFileURL(join(root, 'dist', 'cli', 'landlink.js')).href;
    const { main } = (await import(cli)) as typeof import('../../src/cli/main.js');
    const out = mkdtempSync(join(tmpdir(), 'landlink-early-'));
    const sink = new PassThrough();
    sink.resume();
    early.startEarly(['node', 'landlink', 'compute', '2025'], cli);
    const code = await main(['node', 'landlink', 'compute', '2025', '--data', join(root, 'samples', '2025'), '--out', out, '--quiet'],
      { stdout: sink as unknown as NodeJS.WriteStream, stderr: sink as unknown as NodeJS.WriteStream, env: { NO_COLOR: '1' }, cwd: out });
    process.exitCode = 0;
    expect(code).toBe(1); // the sample year carries findings on purpose (samples/2025/README.md)
    expect(thread.takeEarlyReadingThread()).toBeUndefined(); // the one-module CLI took it
    expect(readFileSync(join(out, '挂钩方案-2025.json'), 'utf8')).toContain('"province"');
  });

  it('does not keep a process alive that never reads', () => {
    const script = `import(${JSON.stringify(join(root, 'dist', 'cli', 'early.js'))}).then((m) => m.startEarly(['node', 'landlink', 'compute', '2025'], ${JSON.stringify(entry())}))`;
    const started = Date.now();
    execFileSync(process.execPath, ['-e', script], { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
