import type { Command } from 'commander';
import { jsonText } from '../../domain/json-text.js';
import { displayPath } from '../../cycle/paths.js';
import type { StartListRun } from '../../app/start-list.js';
import type { PrefillRule } from '../../cycle/start-list.js';
import { parseIsoDate, parseYear, withCommon, type Action, type Runner } from '../options.js';

interface StartListOptions { nextData?: string; ledger?: string; plan?: string; asOf?: string }

export function registerStartList(program: Command, run: Runner): void {
  withCommon(program.command('start-list <year>'), { out: true })
    .option('--next-data <dir>', '下一年度数据目录（默认与年度目录同级的 <年度+1>，如 data/2025） / next year\'s data folder')
    .option('--ledger <file>', '从此台账文件取挂钩年度 = <年度> 的项目 / take the projects from this ledger file')
    .option('--plan <file>', '从此挂钩方案的“台账”工作表取项目 / take the projects from this plan workbook')
    .option('--as-of <date>', '判断逾期的核查日（默认 <年度+1>-12-31） / check date for "overdue" (default 31 Dec of year+1)')
    .summary('写出上一年度挂钩项目的开工核查表 / write the December start-check list')
    .description('浙土资发〔2017〕19号 五：每年12月底前核查上一年度挂钩项目的开工情况。列出 <年度> 认定的项目（来自下一年度目录的\n' +
      '已挂钩台账，或 out/<年度>/挂钩方案-<年度>.xlsx 的“台账”工作表），按供地数据预填：有实际开工日期 → 已开工；约定开工日期已过 →\n' +
      '标黄待判定。写出 out/<年度>/开工核查-<年度+1>.xlsx，填好后放入 data/<年度+1>/开工核查.xlsx，由 compute <年度+1> 扣减。\n' +
      'Lists the projects credited in <year>, pre-filled from supply data, as the start-check input of year+1.')
    .action(run(startListAction));
}

const ruleLabel: Record<PrefillRule, string> = {
  started: '预填已开工', overdue: '逾期未开工（待判定）', 'not-yet-due': '约定开工日期未到', 'no-start-date': '无开工日期', 'no-supply-record': '无供地记录',
};

function toJson(year: number, run: StartListRun): string {
  return jsonText({
    year, checkYear: year + 1, asOf: run.asOf, source: run.source, supplyFiles: run.supplyFiles, file: run.file,
    rows: run.rows.map((r) => ({
      id: r.projectId, countyCode: r.countyCode, linkageYear: r.linkageYear,
      creditedHa: r.creditedHa ? r.creditedHa.toNumber(4) : null, result: r.result, prefill: r.rule, overdue: r.flagged, note: r.note,
    })),
  });
}

const startListAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const o = ctx.opts as typeof ctx.opts & StartListOptions;
  const asOf = o.asOf !== undefined ? parseIsoDate(o.asOf, '--as-of') : undefined;
  const { runStartList } = await import('../../app/start-list.js');
  const run = await runStartList({
    year, cwd: ctx.io.cwd, data: ctx.opts.data, out: ctx.opts.out, nextData: o.nextData, ledger: o.ledger, plan: o.plan, asOf,
  });
  if (ctx.opts.json) {
    ctx.io.stdout.write(toJson(year, run));
    return 0;
  }
  const { c } = ctx;
  if (!ctx.opts.quiet) {
    ctx.out(`${year} 年度挂钩项目开工核查（核查日 ${run.asOf}）`);
    ctx.out(`项目来源：${run.source}`);
    ctx.out(`预填所用供地数据：${run.supplyFiles.length ? run.supplyFiles.join('；') : '（无）'}`);
    const counts = (Object.keys(ruleLabel) as PrefillRule[]).map((rule) => `${ruleLabel[rule]} ${run.rows.filter((r) => r.rule === rule).length}`);
    ctx.out(`共 ${run.rows.length} 个项目：${counts.join('，')}`);
    const overdue = run.rows.filter((r) => r.flagged).length;
    if (overdue > 0) ctx.out(c.yellow(`${overdue} 个项目逾期未开工：请核实有无未开工的合理证明材料（无则双倍扣减，浙土资发〔2017〕19号 五）`));
  }
  ctx.out(`已写出：${displayPath(ctx.io.cwd, run.file)}`);
  if (!ctx.opts.quiet) ctx.out(c.gray(`填好“核查结果”后放入 data/${year + 1}/开工核查.xlsx，再运行 landlink compute ${year + 1}`));
  return 0;
};
