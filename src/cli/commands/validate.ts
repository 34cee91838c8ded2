import type { Command } from 'commander';
import { jsonText } from '../../domain/json-text.js';
import { exitCodeFor } from '../exit-code.js';
import { countBySeverity, findingToJson, renderFindings, sortFindings } from '../render/findings.js';
import { renderInputs, originLine } from '../render/inputs.js';
import { parseYear, withCommon, type Action, type Runner } from '../options.js';

export function registerValidate(program: Command, run: Runner): void {
  withCommon(program.command('validate <year>'), { out: false, policy: true })
    .summary('检查年度输入数据，列出问题，不写任何文件 / check inputs, write nothing')
    .description('读取并检查年度数据目录中的全部输入文件（供地备案、再开发、复垦、材料清单、核查结果、开工核查、台账、设区市反馈），\n' +
      '按文件和级别列出问题（文件/工作表/行/列）。不写任何文件。退出码：0 可以计算；1 存在错误级问题；2 无法读取。\n' +
      'Reads and checks every input of the year folder and lists the findings; writes nothing. Exit 0 ready, 1 errors found, 2 cannot read.')
    .action(run(validateAction));
}

const validateAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const spinner = ctx.spinner(`读取 ${year} 年度数据…`).start();
  const { runValidate } = await import('../../app/validate.js');
  const { inputs, result } = await runValidate({
    year, data: ctx.opts.data, readLimits: ctx.opts.readLimit, cwd: ctx.io.cwd, policy: ctx.opts.policy,
    onProgress: (e) => { spinner.text = `读取 ${e.file}（${e.kind}）：${e.rows} 行`; },
  });
  spinner.stop();
  const findings = sortFindings(result.findings);
  const code = exitCodeFor({ kind: 'done', findings });
  if (ctx.opts.json) {
    ctx.out(jsonText({
      year, dataDir: inputs.dataDir, dataOrigin: inputs.dataOrigin,
      files: inputs.files.map((f) => ({ kind: f.kind, file: f.name, ...(f.sheet ? { sheet: f.sheet } : {}), rows: f.rows, sha256: f.sha256 })),
      counts: countBySeverity(findings),
      findings: findings.map(findingToJson),
    }).trimEnd());
    return code;
  }
  const { c } = ctx;
  if (!ctx.opts.quiet) {
    ctx.out(originLine(inputs, c));
    for (const line of renderInputs(inputs, c)) ctx.out(line);
    ctx.out();
  }
  for (const line of renderFindings(findings, c, {
    verbose: !!ctx.opts.verbose, limitPerGroup: ctx.opts.verbose ? 0 : 20,
    severities: ctx.opts.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'],
  })) ctx.out(line);
  const n = countBySeverity(findings);
  ctx.out();
  ctx.out(code === 0
    ? c.green(`✓ 可以计算：错误 0，警告 ${n.warning}，提示 ${n.info}`)
    : c.red.bold(`✗ 数据未就绪：错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}`) + '（修正错误后重新运行 landlink validate）');
  return code;
};
