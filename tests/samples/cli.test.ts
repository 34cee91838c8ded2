// `npm run samples -- --year … --scale … [--clean] [--out DIR]`: arguments, exit codes, the default folder.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, parseSampleArgs } from '../../src/samples/cli.js';

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-cli-')); });
afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), cwd: dir } };
}

describe('samples CLI', () => {
  it('defaults: scale 1, the fixed seed, problems on, samples/<year> at the package root', () => {
    const a = parseSampleArgs(['--year', '2025'], '/somewhere');
    expect(a).toEqual({ year: 2025, scale: 1, seed: 20170816, clean: false, outDir: resolve(import.meta.dirname, '../../samples/2025') });
  });

  it('--out is relative to the working folder; --clean and --seed are taken', () => {
    const a = parseSampleArgs(['--year', '２０２４', '--scale', '10', '--seed', '7', '--clean', '--out', 'x'], '/work/here');
    expect(a).toEqual({ year: 2024, scale: 10, seed: 7, clean: true, outDir: '/work/here/x' });
  });

  it.each([
    { name: 'missing year', argv: ['--scale', '1'] },
    { name: 'year too early', argv: ['--year', '2018'] },
    { name: 'year not a number', argv: ['--year', 'abc'] },
    { name: 'scale zero', argv: ['--year', '2025', '--scale', '0'] },
    { name: 'scale text', argv: ['--year', '2025', '--scale', 'big'] },
    { name: 'seed negative', argv: ['--year', '2025', '--seed', '-3'] },
    { name: 'unknown option', argv: ['--year', '2025', '--colour'] },
  ])('exit 2 and nothing written: $name', async ({ argv }) => {
    const t = io();
    const code = await main([...argv, '--out', 'never'], t.io);
    expect(code).toBe(2);
    expect(t.err.join('\n')).toMatch(/参数错误/);
    expect(await readdir(dir)).not.toContain('never');
  });

  it('writes a small year and reports it (exit 0)', async () => {
    const t = io();
    const code = await main(['--year', '2025', '--scale', '0.1', '--out', 'tiny'], t.io);
    expect(code).toBe(0);
    expect((await readdir(join(dir, 'tiny'))).sort()).toContain('MANIFEST.json');
    expect(t.out[0]).toMatch(/已生成 2025 年度样例/);
  });
});
