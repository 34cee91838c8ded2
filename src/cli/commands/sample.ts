import type { Command } from 'commander';
import { jsonText } from '../../domain/json-text.js';
import { defaultSeed, DEFAULT_RATE } from '../../cycle/draw.js';
import { displayPath } from '../../cycle/paths.js';
import { riskFactors } from '../../cycle/risk.js';
import type { SampleRun } from '../../app/sample.js';
import { regionByCode } from '../../domain/divisions.js';
import { exitCodeFor } from '../exit-code.js';
import { originLine } from '../render/inputs.js';
import { renderTable } from '../render/table.js';
import { parseRate, parseSeed, parseYear, withCommon, type Action, type Runner } from '../options.js';

interface SampleOptions { rate?: string; seed?: string }

export function registerSample(program: Command, run: Runner): void {
  withCommon(program.command('sample <year>'), { out: true, policy: true })
    .option('--rate <比例>', '实地抽查比例，如 0.1 或 10%（默认 10%） / share of credited projects to check on site (default 10%)')
    .option('--seed <种子>', '随机种子，任意文字或数字（默认为年度；相同种子+相同输入 → 相同清单） / random seed (default: the year)')
    .summary('按风险加权抽取实地抽查项目，写出抽查清单 / draw the on-site spot checks')
    .description('浙土资发〔2017〕19号 四、2：对本年度认定的项目组织实地抽查。每个有认定项目的县（市、区）至少抽 1 个，其余按风险权重\n' +
      '（面积较大、有警告、设区市未反馈、第六七类、所在县受过扣减）加权随机抽取，可由种子复现。写出 out/<年度>/抽查清单-<年度>.xlsx，\n' +
      '其“核查结果”工作表填好后另存为 data/<年度>/核查结果.xlsx 即可被 compute 读入。\n' +
      'Draws the on-site spot checks (at least one per county, the rest weighted by risk, reproducible from --seed) and writes\n' +
      'the spot-check workbook whose first sheet is the `inspection` input.')
    .action(run(sampleAction));
}

function toJson(year: number, run: SampleRun): string {
  return jsonText({
    year, seed: run.draw.seed, rate: Number(run.draw.rate.toDecimalString(6)),
    population: run.draw.population, counties: run.draw.counties, target: run.draw.target,
    largeAreaThresholdHa: run.context.largeAreaThreshold.toNumber(4),
    picks: run.draw.picks.map((p) => ({
      order: p.order, id: p.candidate.id, countyCode: p.candidate.countyCode, category: p.candidate.category,
      creditedHa: p.candidate.creditedHa.toNumber(4), weight: p.candidate.weight, factors: p.candidate.factors, how: p.how,
    })),
    file: run.file,
  });
}

const sampleAction: Action = async (ctx, yearText) => {
  const year = parseYear(yearText);
  const o = ctx.opts as typeof ctx.opts & SampleOptions;
  const rate = o.rate !== undefined ? parseRate(o.rate) : DEFAULT_RATE;
  const seed = o.seed !== undefined ? parseSeed(o.seed) : defaultSeed(year);
  const spinner = ctx.spinner(`读取 ${year} 年度数据…`).start();
  const { runSample } = await import('../../app/sample.js');
  const run = await runSample({
    year, cwd: ctx.io.cwd, rate, seed, data: ctx.opts.data, policy: ctx.opts.policy, out: ctx.opts.out,
    onProgress: (e) => { spinner.text = `读取 ${e.file}（${e.kind}）：${e.rows} 行`; },
  });
  spinner.stop();
  const code = exitCodeFor({ kind: 'done', findings: run.result.findings });
  if (ctx.opts.json) {
    ctx.io.stdout.write(toJson(year, run));
    return code;
  }
  const { c } = ctx;
  const d = run.draw;
  if (!ctx.opts.quiet) {
    ctx.out(originLine(run.inputs, c));
    ctx.out(`候选：${d.population} 个认定项目，${d.counties} 个县（市、区）；抽查比例 ${d.rate.toDecimalString(6)}，随机种子 ${c.bold(d.seed)}`);
    ctx.out(`抽取：${d.picks.length} 个（每县至少 1 个：${d.picks.filter((p) => p.how === 'county-minimum').length} 个；按风险加权：${d.picks.filter((p) => p.how === 'weighted').length} 个）`);
    ctx.out();
    const rows = [...d.picks]
      .sort((a, b) => a.candidate.countyCode.localeCompare(b.candidate.countyCode) || a.order - b.order)
      .map((p) => [p.candidate.id, regionByCode(p.candidate.countyCode)?.name ?? p.candidate.countyCode, String(p.candidate.category),
        p.candidate.creditedHa.toFixed(4), String(p.candidate.weight), p.candidate.factors.map((f) => riskFactors[f].label).join('、')]);
    for (const line of renderTable(['项目编号', '行政区', '类别', '认定面积(公顷)', '权重', '风险因素'], rows, ['left', 'left', 'right', 'right', 'right', 'left'])) ctx.out(line);
    ctx.out();
    if (code !== 0) ctx.out(c.yellow(`输入数据有错误级问题，候选项目可能不完整（landlink validate ${year} 查看）`));
  }
  ctx.out(`已写出：${displayPath(ctx.io.cwd, run.file)}`);
  if (!ctx.opts.quiet) ctx.out(c.gray(`填好“核查结果”工作表后，另存为 data/${year}/核查结果.xlsx，再运行 landlink compute ${year}`));
  return code;
};
