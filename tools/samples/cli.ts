// `npm run samples -- --year 2025 --scale 1 [--seed N] [--clean] [--feedback] [--out DIR]`: writes a sample year
// folder (default samples/<year> at the package root); MANIFEST.json records the exact command as `regenerate`.
// Exit 0 done, 2 bad arguments, 3 internal error (outputs.md).
import { Command, CommanderError } from 'commander';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot as findPackageRoot } from '../package-root.js';
import { generateYear } from './generate.js';
import { DEFAULT_SEED, MAX_SAMPLE_YEAR, MIN_SAMPLE_YEAR } from './year.js';

const packageRoot = findPackageRoot(import.meta.url);

export interface SampleArgs { year: number; scale: number; seed: number; clean: boolean; feedback: boolean; carried: boolean; outDir: string; candidateShare?: number }

class ArgumentError extends Error {}

function number(text: string, what: string, ok: (n: number) => boolean): number {
  const n = Number(text.normalize('NFKC').trim());
  if (text.trim() === '' || !ok(n)) throw new ArgumentError(`${what}：${text}`);
  return n;
}

/** `help` receives the text of `--help` (then commander throws 'commander.helpDisplayed'); errors are thrown, not printed. */
export function parseSampleArgs(argv: readonly string[], cwd: string, help: (text: string) => void = () => undefined): SampleArgs {
  const program = new Command()
    .name('samples')
    .description('生成确定性的样例年度数据 / write a deterministic sample year')
    .requiredOption('--year <year>', `挂钩年度（${MIN_SAMPLE_YEAR}–${MAX_SAMPLE_YEAR}） / linkage year`)
    .option('--scale <n>', '规模倍数，1 ≈ 2,300 行供地备案 / volume multiplier', '1')
    .option('--seed <n>', '随机种子 / seed', String(DEFAULT_SEED))
    .option('--candidate-share <share>', '挂钩候选项目占供地备案行的比例（0.05–0.9，如 0.55 即浙江的结构；默认为样例的约 13%） / share of supply rows that are linkage candidates')
    .option('--clean', '不设置刻意的输入问题 / without the deliberate input problems')
    .option('--feedback', '同时生成 8 个设区市返回的审核工作簿（审核意见/；不加此项则删除该文件夹） / also the cities\' returned review workbooks (without it, 审核意见/ is removed)')
    .option('--carried', '同时写出 结转扣减.csv：上一年度样例的挂钩方案经 ledger add 结转的扣减 / also 结转扣减.csv, the carried deductions of the previous year\'s plan')
    .option('--out <dir>', '输出目录（默认 samples/<年度>） / output folder')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: help });
  program.parse([...argv], { from: 'user' });
  const o = program.opts<{ year: string; scale: string; seed: string; candidateShare?: string; clean?: boolean; feedback?: boolean; carried?: boolean; out?: string }>();
  const year = number(o.year, '年度应为整数', (n) => Number.isInteger(n) && n >= MIN_SAMPLE_YEAR && n <= MAX_SAMPLE_YEAR);
  const scale = number(o.scale, '规模应为 0.05–1000 的数', (n) => Number.isFinite(n) && n >= 0.05 && n <= 1000);
  const seed = number(o.seed, '种子应为 0–4294967295 的整数', (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff);
  const candidateShare = o.candidateShare === undefined ? undefined
    : number(o.candidateShare, '挂钩候选比例应为 0.05–0.9 的数', (n) => Number.isFinite(n) && n >= 0.05 && n <= 0.9);
  const outDir = o.out ? resolve(cwd, o.out) : resolve(packageRoot, 'samples', String(year));
  return { year, scale, seed, clean: o.clean === true, feedback: o.feedback === true, carried: o.carried === true, outDir, ...(candidateShare === undefined ? {} : { candidateShare }) };
}

export async function main(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void; cwd: string }): Promise<number> {
  let args: SampleArgs;
  try {
    args = parseSampleArgs(argv, io.cwd, (text) => io.out(text.trimEnd()));
  } catch (e) {
    if (e instanceof ArgumentError) { io.err(`参数错误 / bad argument: ${e.message}`); return 2; }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      io.err(`参数错误 / bad argument: ${e.message}`);
      return 2;
    }
    throw e;
  }
  try {
    const m = await generateYear({ year: args.year, scale: args.scale, seed: args.seed, clean: args.clean, feedback: args.feedback, carried: args.carried, outDir: args.outDir, ...(args.candidateShare === undefined ? {} : { candidateShare: args.candidateShare }) });
    const where = relative(io.cwd, args.outDir) || '.';
    io.out(`已生成 ${m.year} 年度样例（规模 ${m.scale}，种子 ${m.seed}${m.clean ? '，干净版本' : ''}）→ ${where}`);
    io.out(`  供地备案 ${m.counts.rows.supply} 行（挂钩候选 ${m.counts.supply.candidates}），再开发 ${m.counts.rows.redevelopment} 行，复垦 ${m.counts.rows.reclamation} 行，`
      + `材料 ${m.counts.rows.evidence} 行，核查 ${m.counts.rows.inspection} 行，开工核查 ${m.counts.rows['start-check']} 行，台账 ${m.counts.rows.ledger} 行`);
    const fb = m.feedback;
    if (fb) io.out(`  审核意见/：${fb.returned.length} 个设区市返回（不同意 ${fb.disagree.id}，需补正 ${fb.needsCorrection.id}），未反馈：${fb.silent.join('、')}`);
    io.out(`  业务分支 ${m.branches.length} 个，刻意的输入问题 ${m.problems.length} 个；详见 MANIFEST.json 和 README.md`);
    return 0;
  } catch (e) {
    io.err(`内部错误 / internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.LANDLINK_VERBOSE) io.err(e instanceof Error && e.stack ? e.stack : String(e));
    return 3;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s), cwd: process.cwd() });
  process.exitCode = code;
}
