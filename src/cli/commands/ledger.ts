import type { Command } from 'commander';
import { jsonText } from '../../domain/json-text.js';
import { displayPath } from '../../cycle/paths.js';
import { withCommon, type Action, type Runner } from '../options.js';

interface LedgerOptions { ledger?: string }

export function registerLedger(program: Command, run: Runner): void {
  const ledger = program.command('ledger')
    .summary('已挂钩台账 / the ledger of credited ids')
    .description('已挂钩台账：以前年度已挂钩的项目编号，防止重复挂钩（用户手册 5.9）。 The ledger of ids credited in earlier years.');
  withCommon(ledger.command('add <plan>'), { data: false })
    .option('--ledger <file>', '追加到此台账文件（默认 data/<年度+1>/ 中的已挂钩台账；没有则新建 已挂钩台账.csv 并结转 data/<年度>/ 的台账） / ledger file')
    .summary('把挂钩方案的“台账”工作表追加到已挂钩台账，拒绝重复 / append a plan\'s credited ids to the ledger')
    .description('方案审定后运行：把 out/<年度>/挂钩方案-<年度>.xlsx 的“台账”工作表（本年度认定的项目）追加到 data/<年度+1>/ 的已挂钩台账，\n' +
      '下一年度 compute 据此拒绝重复挂钩。台账中已有任何一个编号 → 退出码 2，不写入任何内容。原文件的其他行、列原样保留。\n' +
      'Appends the plan\'s 台账 sheet to the ledger of the next year\'s data folder; an id already there → exit 2, nothing written.')
    .action(run(ledgerAddAction));
}

const ledgerAddAction: Action = async (ctx, plan) => {
  const o = ctx.opts as typeof ctx.opts & LedgerOptions;
  const { runLedgerAdd } = await import('../../app/ledger.js');
  const r = await runLedgerAdd({ plan, ledger: o.ledger, cwd: ctx.io.cwd });
  const show = (p: string): string => displayPath(ctx.io.cwd, p);
  if (ctx.opts.json) {
    ctx.out(jsonText({ ...r, planFile: show(r.planFile), ledgerFile: r.ledgerFile && show(r.ledgerFile), carriedFrom: r.carriedFrom && show(r.carriedFrom) }).trimEnd());
    return 0;
  }
  if (r.ledgerFile === null) {
    ctx.out(`${show(r.planFile)} 的“台账”工作表没有认定项目，无需登记。`);
    return 0;
  }
  if (r.created && !ctx.opts.quiet) {
    ctx.out(`新建台账 ${show(r.ledgerFile)}` + (r.carriedFrom ? `，结转 ${show(r.carriedFrom)} 的 ${r.carried} 行` : ''));
  }
  ctx.out(`已登记 ${r.added} 个项目（挂钩年度 ${r.year}）到 ${show(r.ledgerFile)}，台账共 ${r.total} 行`);
  if (!ctx.opts.quiet) ctx.out(ctx.c.gray(`landlink compute ${r.year! + 1} 将拒绝重复挂钩这些项目；12 月运行 landlink start-list ${r.year}`));
  return 0;
};
