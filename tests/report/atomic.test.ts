import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileSet } from '../../src/report/atomic.js';
import { InputError } from '../../src/findings/index.js';
import { writePlanWorkbook } from '../../src/report/plan.js';
import { csvSafeText, looksLikeFormula } from '../../src/report/injection.js';
import { Exact } from '../../src/domain/exact.js';
import { sampleResult } from './helpers/fixture.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-atomic-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('atomic writes', () => {
  it('writes the file and leaves no temporary file', async () => {
    const file = join(dir, 'sub', 'a.txt');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(join(dir, 'sub'))).toEqual(['a.txt']);
  });

  it('a failing producer leaves the previous file intact and no temporary file', async () => {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'previous');
    await expect(writeFileAtomic(file, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await readFile(file, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('a failing rename (target is a non-empty directory) removes the temporary file', async () => {
    const target = join(dir, 'a.xlsx');
    await mkdir(target);
    await writeFile(join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a.xlsx']);
    expect(await readdir(target)).toEqual(['keep']);
  });

  it('a set whose second file cannot be written (its name too long): nothing of the set is renamed in, no temporary file is left', async () => {
    await writeFile(join(dir, 'a.json'), 'previous');
    const err = await writeFileSet([
      { file: join(dir, 'a.json'), produce: 'new' },
      { file: join(dir, `${'长'.repeat(80)}.xlsx`), produce: Buffer.from('x') },
      { file: join(dir, 'c.html'), produce: 'new' },
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).finding.code).toBe('output-unwritable');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('a plan workbook that cannot be rendered leaves the previous workbook intact', async () => {
    const file = join(dir, '挂钩方案-2025.xlsx');
    await writeFile(file, 'previous workbook');
    const broken = sampleResult();
    broken.projects[0]!.declaredHa = Exact.of(10n ** 400n); // not representable as a double: the renderer refuses it
    await expect(writePlanWorkbook(broken, file, { toolVersion: 't' })).rejects.toThrow(/not finite/);
    expect(await readFile(file, 'utf8')).toBe('previous workbook');
    expect(await readdir(dir)).toEqual(['挂钩方案-2025.xlsx']);
  });
});

describe('formula-like text (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', true], ['+1', true], ['-1', true], ['@SUM(A1)', true], ['\t=1', true], ['\r=1', true], ['\n=1', true],
    ['＝1+1', true], ['＋1', true], ['－1', true], ['＠x', true],
    ['杭州市', false], ['1-2', false], ['a=b', false], ['', false], [' =1', false],
  ])('%j looks like a formula: %s', (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
    expect(csvSafeText(text)).toBe(expected ? `'${text}` : text);
  });
});
