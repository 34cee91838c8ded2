// `npm run bundle` (tools/bundle.mjs): the .tgz unpacked into an empty folder runs `compute 2025` on its bundled
// sample year with `node` alone — no node_modules anywhere above it, no npm — and writes the same plan JSON as the
// normal build (bin/landlink → dist/).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landlink, root } from '../cli/helpers.js';

let dir: string;
let unpacked: string;
let unpackedEntries: string[];
let tgzBytes: number;
let bundled: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landlink-bundle-test-'));
  const tgz = join(dir, 'landlink.tgz');
  execFileSync(process.execPath, [join(root, 'tools', 'bundle.mjs'), tgz], { stdio: 'pipe' });
  tgzBytes = (await stat(tgz)).size;
  unpacked = join(dir, 'offline');
  await mkdir(unpacked);
  execFileSync('tar', ['-xzf', tgz, '-C', unpacked]);
  unpackedEntries = await readdir(unpacked);
  // Node alone: the bare executable, a PATH with no npm, no inherited NODE_* settings
  const r = spawnSync(process.execPath, [join('landlink', 'bin', 'landlink'), 'compute', '2025', '--quiet'], {
    cwd: unpacked, env: { PATH: '/nonexistent', HOME: unpacked, NO_COLOR: '1' }, encoding: 'utf8',
  });
  bundled = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}, 180_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('the offline bundle', () => {
  it('holds one folder: the launcher, one bundled module, package.json, the sample years and the templates — no node_modules', async () => {
    expect(unpackedEntries).toEqual(['landlink']);
    expect((await readdir(join(unpacked, 'landlink'))).sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'samples', 'templates']);
    expect((await readdir(join(unpacked, 'landlink', 'dist', 'cli'))).sort()).toEqual(['early.js', 'main.js']);
    expect((await readdir(join(unpacked, 'landlink', 'samples'))).sort()).toEqual((await readdir(join(root, 'samples'))).sort());
    expect((await readdir(join(unpacked, 'landlink', 'templates'))).sort()).toEqual((await readdir(join(root, 'templates'))).sort());
    expect(existsSync(join(unpacked, 'landlink', 'node_modules'))).toBe(false);
    const pkg = JSON.parse(await readFile(join(unpacked, 'landlink', 'package.json'), 'utf8')) as { version: string; bundled: string[] };
    expect(pkg.version).toBe((JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(pkg.bundled).not.toContain('exceljs');
  });

  it('`node landlink/bin/landlink compute 2025` writes the plan workbook, the JSON and the HTML summary, the same JSON as the normal build', async () => {
    // exit 1: the sample year carries findings on purpose (samples/2025/README.md)
    expect(bundled.code, bundled.stderr).toBe(1);
    expect(bundled.stderr).not.toMatch(/node_modules|Cannot find|ERR_/);
    const out = join(unpacked, 'out', '2025');
    expect((await readdir(out)).sort()).toEqual(['挂钩方案-2025.html', '挂钩方案-2025.json', '挂钩方案-2025.xlsx']);
    const normal = await mkdtemp(join(dir, 'normal-'));
    expect(landlink(['compute', '2025', '--quiet'], { cwd: normal }).code).toBe(1);
    const json = await readFile(join(out, '挂钩方案-2025.json'), 'utf8');
    expect(JSON.parse(json)).toHaveProperty('province');
    expect(json).toBe(await readFile(join(normal, 'out', '2025', '挂钩方案-2025.json'), 'utf8'));
    const xlsx = await readFile(join(out, '挂钩方案-2025.xlsx'));
    expect(xlsx.equals(await readFile(join(normal, 'out', '2025', '挂钩方案-2025.xlsx')))).toBe(true);
  });

  it('README "在无法联网的机器上使用" states the archive\'s size to within a quarter', async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## 在无法联网的机器上使用'));
    const stated = /当前约 (\d+(?:\.\d+)?) MB/.exec(section);
    expect(stated, 'the size in README').not.toBeNull();
    const mb = tgzBytes / 1024 / 1024;
    expect(Math.abs(Number(stated![1]) - mb) / mb).toBeLessThan(0.25);
  });
});
