import type { Command } from 'commander';
import { exitCodeFor } from '../exit-code.js';
import { countBySeverity } from '../render/findings.js';
import { originLine } from '../render/inputs.js';
import { toolVersion } from '../version.js';
import { parseYear, withCommon, type Action, type Runner } from '../options.js';

export function registerExtract(program: Command, run: Runner): void {
  withCommon(program.command('extract <year>'), { out: true, policy: true, json: false })
    .summary('按设区市生成项目审核工作簿（1月15日前下发） / per-city review workbooks')
    .description('提取上一年度挂钩项目清单，为每个设区市写出一个审核工作簿 out/<年度>/review/<代码>-<名称>.xlsx，\n' +
      '设区市在“审核意见”列填写 同意/不同意/需补正 并于 1 月底前反馈（浙土资发〔2017〕19号 四、1）。\n' +
      'Writes one review workbook per city for the cities to fill in and return by 31 January.')
    .action(run(extractAction));
}

const extractAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const spinner = ctx.spinner(`读取 ${year} 年度数据…`).start();
  const { runExtract } = await import('../../app/extract.js');
  const { inputs, result, written } = await runExtract({
    year, data: ctx.opts.data, readLimits: ctx.opts.readLimit, cwd: ctx.io.cwd, policy: ctx.opts.policy, out: ctx.opts.out, toolVersion,
    onProgress: (e) => { spinner.text = `读取 ${e.file}：${e.rows} 行`; },
  });
  spinner.stop();
  if (!ctx.opts.quiet) ctx.out(originLine(inputs, ctx.c));
  for (const file of written) ctx.out(`已写出：${file}`);
  const n = countBySeverity(result.findings);
  ctx.out(`共 ${written.length} 个设区市审核工作簿，${result.projects.length} 个挂钩项目；问题：错误 ${n.error}，警告 ${n.warning}`);
  return exitCodeFor({ kind: 'done', findings: result.findings });
};
