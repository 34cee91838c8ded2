// The reading worker thread's start (src/app/read-worker.ts reads in it). Kept apart from the reading code, with no
// import but Node's, so that bin/landlink can start the thread before the command line's own modules are loaded: the
// thread then loads its modules while the main thread loads and parses, instead of after (BENCHMARKS.md: at 1× the
// worker began reading ≈ 250 ms after the main thread, and the main thread waited for it at the end).
import { Worker } from 'node:worker_threads';

/** The worker's script (CommonJS, as Node runs an eval'd worker): import the reading module, then run it. */
const WORKER_SCRIPT = `const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => (m.runReadWorker ?? m.startReadWorker)());`;

/** A worker thread that imports `entry` (src/app/read-worker.ts's module, exporting runReadWorker, or the CLI's module,
 *  exporting startReadWorker). */
export function startReadingThread(entry: string): Worker {
  return new Worker(WORKER_SCRIPT, { eval: true, workerData: { entry } });
}

/**
 * Where the thread started early waits to be taken. A global, not a variable of this module: bin/landlink loads this
 * module on its own (from dist/cli/early.js) before it loads the CLI, which may be the one-file build
 * (tools/cli-bundle.mjs) holding a copy of this module of its own.
 */
const EARLY = Symbol.for('landlink.earlyReadingThread');
const holder = globalThis as { [EARLY]?: Worker | undefined };

/**
 * Starts the thread now, for the reading that will follow (compute, validate and extract); `entry` is the module the
 * thread imports (the CLI's module: it exports startReadWorker). Until taken the thread does not keep the process
 * alive, so a command that ends before reading (bad arguments, --help) exits as it would without it; a thread that
 * failed to start is forgotten, and the reading starts its own.
 */
export function startReadingThreadEarly(entry: string): void {
  if (holder[EARLY] !== undefined) return;
  try {
    const worker = startReadingThread(entry);
    worker.unref();
    const forget = (): void => { if (holder[EARLY] === worker) holder[EARLY] = undefined; };
    worker.once('error', forget);
    worker.once('exit', forget);
    holder[EARLY] = worker;
  } catch {
    holder[EARLY] = undefined; // no thread can be started (a process limit): the reading decides again (read-worker.ts)
  }
}

/** The thread started early, now held by the caller (it keeps the process alive again), or undefined. */
export function takeEarlyReadingThread(): Worker | undefined {
  const worker = holder[EARLY];
  holder[EARLY] = undefined;
  worker?.ref();
  return worker;
}
