// The reading thread started early by bin/landlink (src/cli/early.ts, src/app/reading-thread.ts): started for the
// commands that read a year's folder only, taken once by the reading (which then reads the same rows in it), and never
// keeping a process alive that does not take it. Runs the compiled modules (dist/, built by `npm test`'s pretest step),
// as bin/landlink does.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadYear } from '../../src/ingest/load.js';
import { root } from '../cli/helpers.js';

type Early = typeof import('../../src/cli/early.js');
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
      early.startEarly(['node', 'landlink', ...argv]);
      const worker = thread.takeEarlyReadingThread();
      expect(worker, argv.join(' ')).toBeDefined();
      expect(thread.takeEarlyReadingThread()).toBeUndefined(); // taken once
      await worker!.terminate();
    }
    for (const argv of [['init'], ['status', '2025'], ['compute', '--help'], ['validate', '-h'], ['--version'], []]) {
      early.startEarly(['node', 'landlink', ...argv]);
      expect(thread.takeEarlyReadingThread(), argv.join(' ')).toBeUndefined();
    }
  });

  it('is the thread the reading uses, and reads there what a thread of its own reads', async () => {
    const { early, thread, readWorker } = await dist();
    const data = join(root, 'samples', '2025');
    const before = await loadYear({ year: 2025, data });
    const own = await readWorker.readInWorker(undefined).ledger(join(data, '已挂钩台账.csv')).result(before);
    early.startEarly(['node', 'landlink', 'compute', '2025']);
    const read = readWorker.readInWorker(undefined).ledger(join(data, '已挂钩台账.csv'));
    expect(thread.takeEarlyReadingThread()).toBeUndefined(); // the reading took it
    const viaEarly = await read.result(before);
    expect(viaEarly.rows.length).toBeGreaterThan(0);
    expect(viaEarly).toEqual(own);
  });

  it('does not keep a process alive that never reads', () => {
    const script = `import(${JSON.stringify(join(root, 'dist', 'cli', 'early.js'))}).then((m) => m.startEarly(['node', 'landlink', 'compute', '2025']))`;
    const started = Date.now();
    execFileSync(process.execPath, ['-e', script], { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
