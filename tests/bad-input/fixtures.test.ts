// The committed corpus folders (tests/fixtures/bad/<case>/) are exactly what the case table builds, and the
// corpus README lists every case with its expected outcome. Regenerate both after changing a case:
//   LANDLINK_WRITE_FIXTURES=1 npx vitest run tests/bad-input/fixtures.test.ts
// then review the diff (binary fixtures are deterministic: no dates, no random names).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badCases, committedCases, corpusDir, type BadCase } from './cases/index.js';
const write = process.env.LANDLINK_WRITE_FIXTURES === '1';

function filesOn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p); else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function bytes(content: Buffer | string): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function outcome(c: BadCase): string {
  const where = c.findings.map((f) => [f.code, f.file, f.sheet && `「${f.sheet}」`, f.row !== undefined && `第${f.row}行`, f.column && `列「${f.column}」`]
    .filter(Boolean).join(' ')).join('；');
  return `exit ${c.exit}：${where}`;
}

/** tests/fixtures/bad/README.md, generated from the case table. */
function corpusReadme(): string {
  const rows = badCases.map((c) => `| \`${c.name}\` | ${c.files ? '提交的目录' : '运行时生成'} | ${c.command ?? 'validate'} | ${c.about.replace(/\|/g, '\\|')} | ${outcome(c).replace(/\|/g, '\\|')} |`);
  return [
    '# 错误输入样例库 / bad-input corpus',
    '',
    '由 `tests/bad-input/cases/` 生成，勿手工修改（`LANDLINK_WRITE_FIXTURES=1 npx vitest run tests/bad-input/fixtures.test.ts`）。',
    '每个样例是一个年度数据目录；`tests/bad-input/corpus.test.ts` 对每个样例运行编译后的 `landlink <命令> 2025 --data <目录> --json`，',
    '检查退出码、问题代码及其位置（文件 / 工作表 / 行 / 列），并确认输入文件未被改动。可直接试：',
    '`landlink validate 2025 --data tests/fixtures/bad/area-nan`。',
    '',
    `共 ${badCases.length} 个样例（${committedCases.length} 个提交为目录，其余在测试运行时生成：大文件、压缩炸弹、审核工作簿、长路径等）。`,
    '',
    '| 样例 case | 来源 | 命令 | 内容 about | 预期 expected |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (write) {
  for (const c of committedCases) {
    const dir = join(corpusDir, c.name);
    rmSync(dir, { recursive: true, force: true });
    for (const [name, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes(content));
    }
  }
  writeFileSync(join(corpusDir, 'README.md'), corpusReadme());
}

describe('bad-input corpus fixtures', () => {
  it('has at least 40 cases with unique names', () => {
    expect(badCases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(badCases.map((c) => c.name)).size).toBe(badCases.length);
    for (const c of badCases) expect(c.files !== undefined || c.make !== undefined, c.name).toBe(true);
  });

  it.each(committedCases)('$name: the committed folder is what the case builds', (c) => {
    const dir = join(corpusDir, c.name);
    expect(filesOn(dir)).toEqual(Object.keys(c.files).sort());
    for (const [name, content] of Object.entries(c.files)) expect(readFileSync(join(dir, name)).equals(bytes(content)), name).toBe(true);
  });

  it('every folder in tests/fixtures/bad/ is a case', () => {
    const folders = readdirSync(corpusDir).filter((n) => statSync(join(corpusDir, n)).isDirectory()).sort();
    expect(folders).toEqual(committedCases.map((c) => c.name).sort());
  });

  it('the corpus README lists every case', () => {
    expect(readFileSync(join(corpusDir, 'README.md'), 'utf8')).toBe(corpusReadme());
  });
});
