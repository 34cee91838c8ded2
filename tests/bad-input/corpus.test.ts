// The bad-input corpus through the built CLI (docs/bad-input.md): for every case, `landlink <validate|compute> 2025 --data
// <case> --json` as a child process must give the expected exit code (never 3), the expected finding codes at
// their file / sheet / row / column, no stack trace, and leave the inputs byte-identical. A case that cannot run
// (exit 2) is run with `compute --out`: it must stop before writing anything.
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { specOf } from '../../src/findings/index.js';
import { YEAR } from './build/files.js';
import { badCases, corpusDir, type BadCase, type ExpectedFinding } from './cases/index.js';
import { FORMULA_ID, FORMULA_NAME } from './cases/cross-file.js';
import { type CliRun, type SeenFinding, hashTree, jsonFindings, pool, runCli, stopError } from './run.js';

interface Outcome {
  run: CliRun;
  dir: string;
  out: string;
  findings: SeenFinding[];
  before: Record<string, string>;
  after: Record<string, string>;
}

const outcomes = new Map<string, Outcome>();
const root = mkdtempSync(join(tmpdir(), 'landlink-bad-'));

async function runCase(c: BadCase): Promise<void> {
  const tmp = join(root, c.name);
  mkdirSync(tmp, { recursive: true });
  let dir = join(corpusDir, c.name);
  if (c.make) {
    dir = join(tmp, 'data');
    mkdirSync(dir, { recursive: true });
    await c.make(dir);
  }
  const out = join(tmp, 'out');
  const command = commandOf(c);
  const paths = { dir, out, tmp };
  const args = c.args ? c.args(paths) : ['--data', dir, ...(command === 'compute' ? ['--out', out] : [])];
  const before = hashTree(dir);
  const run = await runCli([command, String(YEAR), ...args, '--json'], { cwd: tmp });
  const after = hashTree(dir);
  let findings: SeenFinding[] = [];
  if (run.code === 2) { const e = stopError(run.stderr); if (e) findings = [e]; }
  else if (run.code === 0 || run.code === 1) findings = jsonFindings(run.stdout);
  outcomes.set(c.name, { run, dir, out, findings, before, after });
}

function commandOf(c: BadCase): 'validate' | 'compute' {
  return c.command ?? (c.exit === 2 ? 'compute' : 'validate');
}

beforeAll(async () => {
  await pool(badCases, runCase);
}, 300_000);

function outcomeOf(c: BadCase): Outcome {
  const o = outcomes.get(c.name);
  if (!o) throw new Error(`case ${c.name} did not run`);
  return o;
}

function matches(f: SeenFinding, e: ExpectedFinding): boolean {
  return (Object.keys(e) as (keyof ExpectedFinding)[]).every((k) => f[k] === e[k]);
}

const brief = (fs: readonly SeenFinding[]) => fs.map((f) => `${f.code} ${f.file ?? ''} ${f.sheet ?? ''} ${f.row ?? ''} ${f.column ?? ''} ${f.id ?? ''}`);

describe('bad-input corpus: the built CLI on every case', () => {
  it.each(badCases)('$name → exit $exit', (c) => {
    const o = outcomeOf(c);
    expect(o.run.code, o.run.stderr).toBe(c.exit);
    expect(o.run.stderr).not.toMatch(/\n\s+at /);           // never a stack trace
    expect(o.run.stderr).not.toContain('内部错误');
  });

  it.each(badCases)('$name: finding codes and locations', (c) => {
    const o = outcomeOf(c);
    for (const e of c.findings) expect(o.findings.some((f) => matches(f, e)), `${JSON.stringify(e)} in\n${brief(o.findings).join('\n')}`).toBe(true);
    for (const code of c.absent ?? []) expect(o.findings.map((f) => f.code)).not.toContain(code);
  });

  it.each(badCases.filter((c) => c.exit !== 2))('$name: every finding of a row names its file', (c) => {
    for (const f of outcomeOf(c).findings) if (f.row !== undefined) expect(f.file, f.code).toBeTruthy();
  });

  it.each(badCases.filter((c) => c.exit === 2))('$name: one line on stderr, the same error as data on stdout (--json), nothing written', (c) => {
    const o = outcomeOf(c);
    expect(commandOf(c)).toBe('compute');
    expect(o.run.stderr.trim().split('\n')).toHaveLength(1);
    expect(o.run.stderr).toContain(`处理：${specOf(c.findings[0]!.code)!.hint!}`); // what to do
    const doc = JSON.parse(o.run.stdout) as { error: { code: string; file?: string; row?: number } };
    expect(Object.keys(doc)).toEqual(['error']);
    expect(doc.error.code).toBe(stopError(o.run.stderr)?.code);
    expect(existsSync(o.out) ? readdirSync(o.out) : []).toEqual([]);
  });

  it.each(badCases)('$name: inputs byte-identical after the run', (c) => {
    const o = outcomeOf(c);
    expect(o.after).toEqual(o.before);
  });

  it('a 10 MB cell is shown cut short: the JSON stays small', () => {
    const o = outcomeOf(badCases.find((c) => c.name === 'ten-mb-cell')!);
    expect(o.run.stdout.length).toBeLessThan(100_000);
    const f = o.findings.find((x) => x.code === 'cell-too-long')!;
    expect(f.value!.length).toBeLessThan(300);
  });

  it('read limits name the limit and how to raise it', () => {
    for (const [name, limit] of [['zip-bomb', 'maxRatio'], ['absurd-row-count', 'maxRows']] as const) {
      expect(outcomeOf(badCases.find((c) => c.name === name)!).run.stderr).toContain(`--read-limit ${limit}=`);
    }
  });
});

describe('formula-looking text comes out as text (OWASP CSV injection)', () => {
  const formulaCase = () => outcomeOf(badCases.find((c) => c.name === 'formula-looking-text')!);

  it('in the JSON: ids and values are plain strings', () => {
    const doc = JSON.parse(formulaCase().run.stdout) as { projects: { id: string }[] };
    expect(doc.projects.map((p) => p.id)).toEqual([FORMULA_ID]);
  });

  it('in the plan workbook: the texts are string cells; the only formulas are landlink\'s own figures', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(formulaCase().out, `挂钩方案-${YEAR}.xlsx`));
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) {
        // outputs.md: only the quota columns of 汇总 and 分县 are formulas (over the credited area)
        expect(['汇总', '分县'], `${ws.name}!${cell.address}`).toContain(ws.name);
        expect(cell.formula).not.toMatch(/HYPERLINK|A1:A2/);
      }
      if (typeof cell.value === 'string') texts.push(cell.value);
    })));
    for (const t of [FORMULA_ID, FORMULA_NAME]) expect(texts).toContain(t);
  });

  it('in the city review workbook (extract): the same texts are string cells', async () => {
    const o = formulaCase();
    const out = join(root, 'formula-extract');
    const r = await runCli(['extract', String(YEAR), '--data', o.dir, '--out', out], { cwd: root });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'review', '330100-杭州市.xlsx'));
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string') texts.push(cell.value);
    })));
    for (const t of [FORMULA_ID, FORMULA_NAME]) expect(texts).toContain(t);
    expect(hashTree(o.dir)).toEqual(o.before);
  });
});
