// Loaded by bin/landlink before the command line itself (from dist/, or in the offline bundle as a small module of its
// own): the engine's settings are made (src/app/v8-tuning.ts), and the commands that read a year's folder get their
// reading thread started at once (src/app/reading-thread.ts). Nothing else happens here; `main.ts` parses the arguments.
import { startReadingThreadEarly } from '../app/reading-thread.js';
import { tuneV8 } from '../app/v8-tuning.js';

/** The commands whose reading uses the worker thread (src/app/load-and-compute.ts). */
const READING_COMMANDS = new Set(['compute', 'validate', 'extract']);

/** Starts the reading thread when the command (the first argument that is not an option) reads a year's folder; the
 *  thread imports `cli`, the CLI's module that bin/landlink runs (it exports startReadWorker). A guess is harmless: an
 *  unused thread never keeps the process alive. */
export function startEarly(argv: readonly string[], cli: string): void {
  tuneV8();
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  if (command !== undefined && READING_COMMANDS.has(command) && !argv.includes('--help') && !argv.includes('-h')) startReadingThreadEarly(cli);
}
