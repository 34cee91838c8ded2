// Messages (docs/bad-input.md): each known failure is one Chinese line that says what, where and what to do; --verbose adds
// detail; exit 3 (a bug) says where to report, shows no stack trace unless --verbose, and is never used for bad
// input (the corpus asserts that for every case).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, cliFindings, specOf } from '../../src/findings/index.js';
import { ingestFindings } from '../../src/findings/ingest.js';
import { tempDir } from '../cli/helpers.js';
import { YEAR } from './build/files.js';
import { badCases, corpusDir } from './cases/index.js';
import { runCli } from './run.js';

const internalErrorHook = join(import.meta.dirname, 'hooks', 'internal-error.mjs');
const CHINESE = /[\u4e00-\u9fff]/;

/** Codes that stop the run (InputError, exit 2): the corpus's exit-2 cases, plus the CLI's own. */
const stopCodes = [...new Set([...badCases.filter((c) => c.exit === 2).map((c) => c.findings[0]!.code), ...Object.keys(cliFindings)])].sort();

describe('the catalogue says what to do', () => {
  it.each(stopCodes)('%s (stops the run) has a Chinese message and a hint', (code) => {
    const spec = specOf(code);
    expect(spec, code).toBeDefined();
    expect(spec!.message).toMatch(CHINESE);
    expect(spec!.hint ?? '').toMatch(CHINESE);
  });

  it.each(Object.entries(ingestFindings).filter(([, s]) => s.severity === 'error'))('%s (an error in a file) has a hint', (_code, spec) => {
    expect((spec as { hint?: string }).hint ?? '').toMatch(CHINESE);
  });

  it.each(Object.entries(catalogue))('%s: one line (no line breaks in message or hint)', (_code, spec) => {
    expect(spec.message).not.toMatch(/[\r\n]/);
    expect((spec as { hint?: string }).hint ?? '').not.toMatch(/[\r\n]/);
  });
});

describe('a run that cannot start prints one line: what, where, what to do', () => {
  it.each([
    { name: 'column-missing', fixture: 'header-missing-column', where: ['supply.csv', '第 1 行', '列「坐落」'], what: '缺少必需列“坐落”' },
    { name: 'file-encrypted', fixture: 'xlsx-encrypted', where: ['材料清单.xlsx'], what: '加密' },
    { name: 'kind-ambiguous', fixture: 'two-files-one-kind', where: ['supply.csv', '2025年供地备案.xlsx'], what: '供地备案' },
  ])('$name', async ({ name, fixture, where, what }) => {
    const r = await runCli(['validate', String(YEAR), '--data', join(corpusDir, fixture)], { cwd: tempDir() });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatch(/^landlink: 无法运行：/);
    for (const w of where) expect(line).toContain(w);
    expect(line).toContain(what);
    expect(line).toContain(`处理：${specOf(name)!.hint!}`);
    expect(line).toContain(`[${name}]`);
    expect(line).not.toMatch(/\u001b\[/); // piped: no colour codes
  });
});

describe('--verbose adds detail', () => {
  it('findings gain what to do (处理) and the article (依据); info-level notes appear', async () => {
    const dir = join(corpusDir, 'gbk-csv');
    const plain = await runCli(['validate', String(YEAR), '--data', dir], { cwd: tempDir() });
    const verbose = await runCli(['validate', String(YEAR), '--data', dir, '--verbose'], { cwd: tempDir() });
    expect([plain.code, verbose.code]).toEqual([0, 0]);
    expect(plain.stdout).not.toContain('依据：');
    expect(verbose.stdout).toContain('处理：');
    expect(verbose.stdout).toContain('依据：');
    expect(plain.stdout).not.toContain('encoding-gb18030');
    expect(verbose.stdout).toContain('encoding-gb18030');
  });
});

describe('exit 3 is a bug: where to report, no stack trace unless --verbose', () => {
  it.each([{ verbose: false }, { verbose: true }])('verbose: $verbose', async ({ verbose }) => {
    const r = await runCli(['validate', String(YEAR), '--data', join(corpusDir, 'utf8-bom'), '--json', ...(verbose ? ['--verbose'] : [])],
      { cwd: tempDir(), nodeOptions: ['--import', internalErrorHook] });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('内部错误');
    expect(r.stderr).toContain('不是您的数据问题');
    expect(r.stderr).toMatch(/发给负责 landlink 的技术维护人员（见用户手册 9\.4）/);
    expect(r.stderr).toContain('--verbose');
    if (verbose) expect(r.stderr).toMatch(/\n\s+at /);
    else expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
