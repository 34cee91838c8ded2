import type { Command } from 'commander';
import { jsonText } from '../../domain/json-text.js';
import { EXIT } from '../exit-code.js';
import { originLine } from '../render/inputs.js';
import { parseYear, withCommon, type Action, type Runner } from '../options.js';

export function registerIndicators(program: Command, run: Runner): void {
  withCommon(program.command('indicators <year>'))
    .summary('各设区市对照《浙江省存量空间提质增效行动方案》2027/2030 年目标 / action-plan indicators')
    .description('由供地备案与再开发数据计算存量土地供应占比、新增工业用地平均容积率、盘活存量建设用地和完成低效用地再开发，\n' +
      '与行动方案的 2027/2030 年分市目标对照；供地系统无法计算的指标单独列出，不做推测。\n' +
      'Each city against the 2027/2030 targets of the 2025 action plan; what the supply data cannot give is listed as such.')
    .action(run(indicatorsAction));
}

const indicatorsAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const spinner = ctx.spinner(`读取 ${year} 年度数据…`).start();
  const [{ runIndicators }, { toIndicatorsJson }, { renderIndicators }] = await Promise.all([
    import('../../app/indicators.js'), import('../../indicators/json.js'), import('../render/indicators.js'),
  ]);
  const { inputs, result } = await runIndicators({ year, data: ctx.opts.data, readLimits: ctx.opts.readLimit, cwd: ctx.io.cwd, onProgress: (e) => { spinner.text = `读取 ${e.file}：${e.rows} 行`; } });
  spinner.stop();
  if (ctx.opts.json) {
    ctx.out(jsonText(toIndicatorsJson(result)).trimEnd());
    return EXIT.ok;
  }
  if (!ctx.opts.quiet) ctx.out(originLine(inputs, ctx.c));
  for (const line of renderIndicators(result)) ctx.out(line);
  return EXIT.ok;
};
