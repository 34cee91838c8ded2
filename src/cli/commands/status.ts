import type { Command } from 'commander';
import { jsonText } from '../../domain/json-text.js';
import { parseIsoDate, parseYear, withCommon, type Action, type Runner } from '../options.js';

interface StatusOptions { today?: string; nextData?: string }

export function registerStatus(program: Command, run: Runner): void {
  withCommon(program.command('status <year>'), { out: true })
    .option('--today <date>', '按此日期判断当前步骤（默认今天） / the date to judge by (default: today)')
    .option('--next-data <dir>', '下一年度数据目录（默认与年度目录同级的 <年度+1>） / next year\'s data folder')
    .summary('年度工作进行到哪一步：当前步骤与截止日期、输入是否齐全、下一步命令 / where the year\'s cycle stands')
    .description('先运行这个命令。按今天的日期和数据、输出目录的内容，显示 <年度> 挂钩工作的当前阶段与截止日期（1月15日提取、1月31日设区市反馈、\n' +
      '2–3月核查、3月31日挂钩方案、12月31日开工核查，均在 <年度+1>）、已有哪些输入（行数）和缺少哪些、几个设区市已反馈、\n' +
      '核查结果与开工核查是否已提供，以及下一步要运行的命令。只读，不写任何文件。\n' +
      'Shows today\'s step of the yearly cycle and its deadline, the inputs present (rows) and missing, the next command. Writes nothing.')
    .action(run(statusAction));
}

const statusAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const o = ctx.opts as typeof ctx.opts & StatusOptions;
  const spinner = ctx.spinner(`检查 ${year} 年度数据…`).start();
  const [{ localToday, runStatus }, { renderStatus }] = await Promise.all([import('../../app/status.js'), import('../render/status.js')]);
  const today = o.today !== undefined ? parseIsoDate(o.today, '--today') : localToday();
  const st = await runStatus({ year, today, cwd: ctx.io.cwd, data: ctx.opts.data, nextData: o.nextData, out: ctx.opts.out });
  spinner.stop();
  if (ctx.opts.json) {
    ctx.out(jsonText(st).trimEnd());
    return 0;
  }
  for (const line of renderStatus(st, ctx.c)) ctx.out(line);
  return 0;
};
