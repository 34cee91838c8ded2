// commander wiring only: parse options → call one app function (src/app/) → render (src/cli/render/) → exit code.
// The commands take their shared option helpers from options.ts, so no command imports this file.
import { Command, CommanderError } from 'commander';
import { jsonText } from '../domain/json-text.js';
import { InputError, specOf, visibleText } from '../findings/index.js';
import { commandContext, makeContext, type CommonOptions, type Context, type Io } from './context.js';
import { EXIT, exitCodeFor } from './exit-code.js';
import { toolVersion } from './version.js';
import { findingToJson } from './render/findings.js';
import type { Action, Runner } from './options.js';
import { registerValidate } from './commands/validate.js';
import { registerCompute } from './commands/compute.js';
import { registerExtract } from './commands/extract.js';
import { registerInit } from './commands/init.js';
import { registerIndicators } from './commands/indicators.js';
import { registerSample } from './commands/sample.js';
import { registerStartList } from './commands/start-list.js';
import { registerLedger } from './commands/ledger.js';
import { registerStatus } from './commands/status.js';

/** The reading worker thread's entry in the offline bundle, where src/app/read-worker.ts is inside this module
 *  (loaded only here, so the CLI starts as fast as before). */
export const startReadWorker = (): Promise<void> => import('../app/read-worker.js').then((m) => m.runReadWorker());

/** commander's action callback for one command: its options → a Context → the action under guard → the exit code. */
export function runnerFor(io: Io, setExit: (code: number) => void): Runner {
  return (action: Action) => async (...args: unknown[]): Promise<void> => {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2).filter((a): a is string => typeof a === 'string');
    const ctx = await commandContext(cmd.opts<CommonOptions>(), io);
    setExit(await guard(ctx, () => action(ctx, ...positional)));
  };
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('landlink')
    .description('浙江省存量建设用地盘活与新增建设用地计划分配挂钩（浙土资发〔2017〕19号）\n' +
      'Zhejiang stock-land ↔ new-quota linkage: validate the supply system exports, compute the linkage plan.')
    .version(toolVersion, '-V, --version', '显示版本 / show version')
    .helpOption('-h, --help', '显示帮助 / show help')
    .addHelpCommand(false)
    .showHelpAfterError('（用 --help 查看用法）')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  const run = runnerFor(io, setExit);
  registerValidate(program, run);
  registerCompute(program, run);
  registerExtract(program, run);
  registerInit(program, run);
  registerIndicators(program, run);
  registerSample(program, run);
  registerStartList(program, run);
  registerLedger(program, run);
  registerStatus(program, run);
  return program;
}

/** Known input problems → one Chinese line, exit 2; anything else is a bug → exit 3 (stack only with --verbose). */
export async function guard(ctx: Context, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    ctx.stopSpinners(); // before the message, so the spinner line does not overwrite it
    return reportFailure(ctx, err);
  } finally {
    ctx.stopSpinners();
  }
}

function reportFailure(ctx: Context, err: unknown): number {
  if (err instanceof InputError) {
    const l = err.finding.location;
    const where = [l.file, l.sheet && `工作表「${l.sheet}」`, l.row !== undefined && `第 ${l.row} 行`, l.column && `列「${l.column}」`]
      .filter(Boolean).join(' ');
    ctx.err(ctx.c.red(`landlink: 无法运行：${where ? where + '：' : ''}${err.message}`) + (specOf(err.finding.code)?.hint ? `。处理：${specOf(err.finding.code)!.hint}` : '') + ctx.c.gray(`  [${err.finding.code}]`));
    // Scripts that asked for --json get the same problem as data on stdout (exit code 2 still says it).
    if (ctx.opts.json) ctx.out(jsonText({ error: findingToJson(err.finding) }).trimEnd());
    return exitCodeFor({ kind: 'input-error' });
  }
  ctx.err(ctx.c.red('landlink: 内部错误（这是程序缺陷，不是您的数据问题）：') + visibleText(String((err as Error)?.message ?? err)));
  ctx.err('请把所用命令、上面的信息以及加 --verbose 重新运行的完整输出发给负责 landlink 的技术维护人员（见用户手册 9.4）。');
  if (ctx.opts.verbose && err instanceof Error && err.stack) ctx.err(err.stack);
  return exitCodeFor({ kind: 'internal-error' });
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }): Promise<number> {
  let code: number = EXIT.ok;
  // `landlink … | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [io.stdout, io.stderr]) {
    stream.on?.('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? code); else throw err; });
  }
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exitCode 0; bad arguments with 1 → our 2 (outputs.md).
      code = err.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    } else {
      // what commander throws itself (not from an action, which has its own guard) is reported as the guard would
      code = reportFailure(makeContext({}, io), err);
    }
  }
  process.exitCode = code;
  return code;
}

