import type { Command } from 'commander';
import { exitCodeFor } from '../exit-code.js';
import { countBySeverity, renderFindings, sortFindings } from '../render/findings.js';
import { originLine } from '../render/inputs.js';
import { renderCitySummary } from '../render/summary.js';
import { toolVersion } from '../version.js';
import { parseYear, withCommon, type Action, type Runner } from '../options.js';

export function registerCompute(program: Command, run: Runner): void {
  withCommon(program.command('compute <year>'), { out: true, policy: true })
    .summary('计算年度挂钩规模与新增建设用地计划指标，写出挂钩方案 / compute the linkage plan')
    .description('读取年度数据（含设区市反馈、核查结果、开工核查与台账），逐项认定存量面积，按 3:1 核定各县新增建设用地计划指标，\n' +
      '扣减弄虚作假、已撤销和未开工（无合理证明）项目的双倍指标，写出 out/<年度>/挂钩方案-<年度>.xlsx 与 .json。\n' +
      'Computes each county\'s linkage quota (3:1) with deductions and writes the plan workbook and JSON; --json prints the JSON.')
    .action(run(computeAction));
}

const computeAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const spinner = ctx.spinner(`读取 ${year} 年度数据…`).start();
  let rowsRead = 0;
  const { runCompute } = await import('../../app/compute.js');
  const run = await runCompute({
    year, data: ctx.opts.data, readLimits: ctx.opts.readLimit, cwd: ctx.io.cwd, policy: ctx.opts.policy, out: ctx.opts.out, toolVersion,
    onProgress: (e) => { rowsRead += e.rows; spinner.text = `读取 ${e.file}（${e.kind}）：${e.rows} 行，累计 ${rowsRead} 行`; },
    onWriteProgress: (p) => { spinner.text = `写出挂钩方案「${p.sheet}」：${p.rows} / ${p.totalRows} 行`; },
  });
  spinner.stop();
  const { result, origin } = run;
  const findings = sortFindings(result.findings);
  const code = exitCodeFor({ kind: 'done', findings });
  if (ctx.opts.json) {
    for (const piece of run.json) ctx.io.stdout.write(piece);
    return code;
  }
  const { c } = ctx;
  if (!ctx.opts.quiet) ctx.out(originLine(origin, c));
  for (const line of renderCitySummary(result, c)) ctx.out(line);
  const n = countBySeverity(findings);
  ctx.out();
  if (ctx.opts.verbose) {
    for (const line of renderFindings(findings, c, { verbose: true, limitPerGroup: 0, severities: ['error', 'warning', 'info'] })) ctx.out(line);
    ctx.out();
  }
  ctx.out(`问题：${c.red(`错误 ${n.error}`)}，${c.yellow(`警告 ${n.warning}`)}，提示 ${n.info}（详见挂钩方案「问题清单」，或 landlink validate ${year}）`);
  for (const file of run.written) ctx.out(`已写出：${file}`);
  return code;
};
