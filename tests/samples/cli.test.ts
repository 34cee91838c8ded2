// `npm run samples -- --year … --scale … [--clean] [--feedback] [--out DIR]`: arguments, exit codes, the default folder.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../tools/package-root.js';
import { main, parseSampleArgs } from '../../tools/samples/cli.js';
import { regenerateCommand } from '../../tools/samples/manifest.js';
import { readManifest } from './read-back.js';

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'landlink-cli-')); });
afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), cwd: dir } };
}

describe('samples CLI', () => {
  it('defaults: scale 1, the fixed seed, problems on, no returned city workbooks, samples/<year> at the package root', () => {
    const a = parseSampleArgs(['--year', '2025'], '/somewhere');
    expect(a).toEqual({ year: 2025, scale: 1, seed: 20170816, clean: false, feedback: false, carried: false, outDir: resolve(import.meta.dirname, '../../samples/2025') });
  });

  it.each([
    { name: 'the TypeScript source (vitest)', module: 'tools/samples/cli.ts' },
    { name: 'the compiled tool (npm run samples)', module: 'build/tools/samples/cli.js' },
  ])('the package root is the same seen from $name', ({ module }) => {
    const root = resolve(import.meta.dirname, '../..');
    expect(packageRoot(pathToFileURL(join(root, module)).href)).toBe(root);
  });

  it('--help prints the options on stdout, exits 0 and writes nothing', async () => {
    const t = io();
    const code = await main(['--help', '--out', 'never'], t.io);
    expect(code).toBe(0);
    const help = t.out.join('\n');
    for (const option of ['--year', '--scale', '--seed', '--clean', '--feedback', '--carried', '--out']) expect(help).toContain(option);
    expect(help).toContain('生成确定性的样例年度数据');
    expect(t.err).toEqual([]);
    expect(await readdir(dir)).not.toContain('never');
  });

  it('--out is relative to the working folder; --clean, --feedback, --carried and --seed are taken', () => {
    const a = parseSampleArgs(['--year', '２０２４', '--scale', '10', '--seed', '7', '--clean', '--feedback', '--carried', '--out', 'x'], '/work/here');
    expect(a).toEqual({ year: 2024, scale: 10, seed: 7, clean: true, feedback: true, carried: true, outDir: '/work/here/x' });
  });

  it('--candidate-share is taken and recorded in the regenerate command', () => {
    const a = parseSampleArgs(['--year', '2025', '--candidate-share', '0.55'], '/work/here');
    expect(a.candidateShare).toBe(0.55);
    expect(regenerateCommand({ year: 2025, scale: 8.67, seed: 20170816, clean: false, feedback: false, candidateShare: 0.55 }))
      .toBe('npm run samples -- --year 2025 --scale 8.67 --candidate-share 0.55');
  });

  it.each([
    { name: 'missing year', argv: ['--scale', '1'] },
    { name: 'year too early', argv: ['--year', '2018'] },
    { name: 'year not a number', argv: ['--year', 'abc'] },
    { name: 'scale zero', argv: ['--year', '2025', '--scale', '0'] },
    { name: 'scale text', argv: ['--year', '2025', '--scale', 'big'] },
    { name: 'seed negative', argv: ['--year', '2025', '--seed', '-3'] },
    { name: 'unknown option', argv: ['--year', '2025', '--colour'] },
    { name: 'candidate share above 0.9', argv: ['--year', '2025', '--candidate-share', '1.5'] },
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

  it('--feedback adds 审核意见/ and records the flag; a run without it removes the folder again', async () => {
    const t = io();
    expect(await main(['--year', '2025', '--scale', '0.2', '--feedback', '--out', 'fb'], t.io)).toBe(0);
    expect((await readdir(join(dir, 'fb', '审核意见'))).map((f) => f.slice(0, 6))).toEqual(['330100', '330200', '330300', '330400', '330600', '330700', '330900', '331000']);
    expect(t.out.join('\n')).toMatch(/审核意见\/：8 个设区市返回/);
    const m = await readManifest(join(dir, 'fb'));
    expect(m.regenerate).toBe('npm run samples -- --year 2025 --scale 0.2 --feedback');
    expect(m.feedback?.silent).toEqual(['330500', '330800', '331100']);

    expect(await main(['--year', '2025', '--scale', '0.2', '--out', 'fb'], io().io)).toBe(0);
    expect(await readdir(join(dir, 'fb'))).not.toContain('审核意见');
    expect((await readManifest(join(dir, 'fb'))).feedback).toBeUndefined();
  });
});
