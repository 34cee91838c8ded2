// Meta-tests (style.md 6): every finding code of the report room cites an article, says what to do, and is
// asserted by some test of this room.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFindings } from '../../src/findings/report.js';
import { packageRoot } from '../../src/cli/version.js';

const codes = Object.keys(reportFindings) as (keyof typeof reportFindings)[];

describe('report finding catalogue', () => {
  it.each(codes)('%s cites an article and gives a hint', (code) => {
    const spec = reportFindings[code];
    expect(spec.article).toMatch(/浙土资发〔2017〕19号|inputs\.md|outputs\.md|domain\.md/);
    expect(spec.hint.length).toBeGreaterThan(5);
  });

  it.each(codes)('%s is asserted by a test of tests/report', async (code) => {
    const dir = join(packageRoot, 'tests', 'report');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.test.ts') && f !== 'catalogue.test.ts');
    const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    expect(texts.some((t) => t.includes(`'${code}'`))).toBe(true);
  });
});
