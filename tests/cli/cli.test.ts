import { existsSync, readdirSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landlink, root, tempDir } from './helpers.js';

const ansi = /\u001b\[/;

describe('landlink command line (outputs.md)', () => {
  it('--help explains in Chinese and English and exits 0', () => {
    const r = landlink(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('compute');
    expect(r.stdout).toContain('浙土资发〔2017〕19号');
    expect(r.stdout).toContain('linkage');
  });

  it.each([
    { name: 'a year that is not a year', args: ['validate', '20x5'] },
    { name: 'an unknown command', args: ['frobnicate'] },
    { name: 'an unknown option', args: ['validate', '2025', '--bogus'] },
    { name: 'a missing --data folder', args: ['validate', '2025', '--data', '/nonexistent/landlink'] },
    { name: 'a missing --data folder (compute)', args: ['compute', '2025', '--data', '/nonexistent/landlink'] },
  ])('$name → exit 2, one clear line, no stack trace', ({ args }) => {
    const r = landlink(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().length).toBeGreaterThan(0);
  });

  it('validate on the bundled sample says it used the sample, lists files and findings with places, exits 1', () => {
    const cwd = tempDir();
    const r = landlink(['validate', '2025'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('自带样例');
    expect(r.stdout).toMatch(/供地备案/);
    expect(r.stdout).toMatch(/第 \d+ 行/);
    expect(r.stdout).not.toMatch(ansi);            // piped: plain text
    expect(readdirSync(cwd)).toEqual([]);          // validate writes nothing
  });

  it('validate --json prints findings as data, each error with file and row', () => {
    const r = landlink(['validate', '2025', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { files: unknown[]; findings: { severity: string; code: string; file?: string; row?: number }[] };
    expect(doc.files.length).toBeGreaterThanOrEqual(5);
    const errors = doc.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.file).toBeTruthy();
  });

  it('compute --json is byte-identical across runs and writes the plan to --out', () => {
    const cwd = tempDir();
    const a = landlink(['compute', '2025', '--json', '--out', 'o1'], { cwd });
    const b = landlink(['compute', '2025', '--json', '--out', 'o2'], { cwd });
    expect(a.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout) as { year: number; cities: unknown[] };
    expect(doc.year).toBe(2025);
    expect(doc.cities).toHaveLength(11);
    expect(existsSync(join(cwd, 'o1', '挂钩方案-2025.xlsx'))).toBe(true);
    expect(existsSync(join(cwd, 'o1', '挂钩方案-2025.json'))).toBe(true);
  });

  it('compute on a terminal-less run prints the per-city table and the written files', () => {
    const cwd = tempDir();
    const r = landlink(['compute', '2025'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('全省');
    expect(r.stdout).toContain('杭州市');
    expect(r.stdout).toContain(join('out', '2025', '挂钩方案-2025.xlsx'));
  });

  it('a run that cannot read its inputs writes nothing (exit 2)', () => {
    const cwd = tempDir();
    const data = join(cwd, 'data', '2025');
    cpSync(join(root, 'samples', '2025'), data, { recursive: true });
    const supply = readdirSync(data).find((f) => /supply|供地备案/i.test(f))!;
    const ext = supply.slice(supply.lastIndexOf('.'));
    cpSync(join(data, supply), join(data, (/supply/i.test(supply) ? '供地备案' : 'supply-2025') + ext));
    const r = landlink(['compute', '2025'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kind-ambiguous');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});

describe('the yearly-cycle commands through the built CLI (docs/yearly-cycle.md)', () => {
  it('status says where the year stands and the next command', () => {
    const r = landlink(['status', '2025', '--today', '2026-02-10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-03-31');
    expect(r.stdout).toMatch(/下一步：landlink \w/);
  });
  it('sample draws reproducibly from the seed', () => {
    const cwd = tempDir();
    const a = landlink(['sample', '2025', '--seed', 'abc', '--json', '--out', 'a'], { cwd });
    const b = landlink(['sample', '2025', '--seed', 'abc', '--json', '--out', 'b'], { cwd });
    expect(a.code).toBeLessThanOrEqual(1);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(a.stdout.replaceAll('/a/', '/b/').replaceAll(join(cwd, 'a'), join(cwd, 'b'))).toBe(b.stdout);
    expect(existsSync(join(cwd, 'a', '抽查清单-2025.xlsx'))).toBe(true);
  });
});

describe('--json when the run cannot start', () => {
  it('prints the problem as data on stdout and exits 2', () => {
    const r = landlink(['compute', '2025', '--json', '--data', '/nonexistent/landlink']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { error: { code: string; severity: string } };
    expect(doc.error.code).toBe('folder-missing');
    expect(doc.error.severity).toBe('error');
  });
  it('an output folder under a file is exit 2 (output-unwritable), not a crash', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'afile'), 'x');
    const r = landlink(['compute', '2025', '--out', join(cwd, 'afile', 'out')], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('output-unwritable');
  });
});
