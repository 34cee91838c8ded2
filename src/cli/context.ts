// What every command shares: output options, colours, the spinner. The only place (with the renderers) that prints.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Ora } from 'ora';

/** ora's factory, loaded only for a terminal (commandContext): the module and what it imports (string-width builds
 *  Unicode-property regexes when loaded) cost every run ≈ 20 ms of start-up before (BENCHMARKS.md). */
type SpinnerFactory = typeof import('ora').default;

export interface CommonOptions {
  data?: string;
  out?: string;
  policy?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean; // commander's --no-color sets this to false
  readLimit?: string[];
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Context {
  opts: CommonOptions;
  io: Io;
  c: ChalkInstance;
  out(line?: string): void;
  err(line: string): void;
  /** A spinner on a terminal; a silent stand-in when piped, with --json or --quiet (outputs.md). */
  spinner(text: string): Pick<Ora, 'start' | 'succeed' | 'fail' | 'stop'> & { text: string };
  /**
   * Stops every spinner still running. The guard calls it when a command ends in an error: a spinner left running
   * keeps its timer alive and the process would never exit (found on a terminal with a missing supply file).
   */
  stopSpinners(): void;
}

/** Whether a command shows spinners: on a terminal, without --json or --quiet. */
function spinnersWanted(opts: CommonOptions, io: Io): boolean {
  // A terminal that reports 0 columns (some CI ptys) makes ora redraw forever: no spinner there.
  const columns = (io.stderr as { columns?: number }).columns ?? 0;
  return io.stderr.isTTY === true && columns > 0 && !opts.json && !opts.quiet;
}

/** A command's context: makeContext with ora loaded when the command shows spinners. */
export async function commandContext(opts: CommonOptions, io: Io): Promise<Context> {
  return makeContext(opts, io, spinnersWanted(opts, io) ? (await import('ora')).default : undefined);
}

/** The context; without `ora` every spinner is silent (a failure report made before any command ran). */
export function makeContext(opts: CommonOptions, io: Io, ora?: SpinnerFactory): Context {
  const colour = opts.color !== false && !io.env.NO_COLOR && io.stdout.isTTY === true;
  const c = new Chalk({ level: colour ? 1 : 0 });
  const interactive = ora !== undefined && spinnersWanted(opts, io);
  const spinners: Ora[] = [];
  return {
    opts,
    io,
    c,
    out: (line = '') => { io.stdout.write(line + '\n'); },
    err: (line) => { io.stderr.write(line + '\n'); },
    spinner: (text) => {
      if (interactive) {
        const spinner = ora({ text, stream: io.stderr, isEnabled: true, color: 'cyan' });
        spinners.push(spinner);
        return spinner;
      }
      const silent = { text, start: () => silent, succeed: () => silent, fail: () => silent, stop: () => silent };
      return silent as unknown as ReturnType<Context['spinner']>;
    },
    stopSpinners: () => {
      for (const s of spinners) if (s.isSpinning) s.stop();
    },
  };
}
