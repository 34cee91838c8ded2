// The application functions called directly, without the CLI: each returns what it read, decided and wrote as a
// result object, and a command that only reads (validate, status) leaves the working folder as it found it.
import { mkdtempSync, readdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInit } from '../../src/app/init.js';
import { localToday, runStatus } from '../../src/app/status.js';
import { runValidate } from '../../src/app/validate.js';
import { packageRoot } from '../../src/cli/version.js';
import { inputKinds } from '../../src/ingest/columns/index.js';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-app-'));
  made.push(dir);
  return dir;
}
afterAll(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

const samples2025 = join(packageRoot, 'samples', '2025');

describe('runValidate', () => {
  it('reads the returned city workbooks of 审核意见/ and writes nothing', async () => {
    const cwd = tempDir();
    const { inputs, result } = await runValidate({ year: 2025, data: samples2025, cwd });
    expect(inputs.dataDir).toBe(samples2025);
    expect(inputs.feedback.length).toBeGreaterThan(0);
    expect(inputs.files.some((f) => f.kind === 'feedback')).toBe(true);
    expect(result.projects.length).toBeGreaterThan(0);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('runInit', () => {
  it.each([
    { name: 'the working folder by default', dir: undefined, sub: [] },
    { name: 'a folder relative to the working folder', dir: 'county/templates', sub: ['county', 'templates'] },
  ])('writes one template per input kind into $name, and nothing over an existing file', async ({ dir, sub }) => {
    const cwd = tempDir();
    const first = await runInit({ cwd, ...(dir !== undefined ? { dir } : {}) });
    expect(first.dir).toBe(join(cwd, ...sub));
    expect(first.written).toHaveLength(inputKinds.length);
    expect(first.written.every((f) => f.startsWith(first.dir))).toBe(true);
    const kept = first.written[0]!;
    writeFileSync(kept, 'filled in by a county');
    const second = await runInit({ cwd, ...(dir !== undefined ? { dir } : {}) });
    expect(second.written).toEqual([]);
    expect(readFileSync(kept, 'utf8')).toBe('filled in by a county');
    expect(readdirSync(first.dir).sort()).toEqual(first.written.map((f) => basename(f)).sort());
  });
});

describe('runStatus', () => {
  it.each([
    { today: '2025-06-30', phase: 'year-running' },
    { today: '2026-01-10', phase: 'extract' },
    { today: '2026-02-10', phase: 'inspection' },
  ] as const)('on $today: the phase of the day, from the folders as they are, writing nothing', async ({ today, phase }) => {
    const cwd = tempDir();
    const st = await runStatus({ year: 2025, today, cwd, data: samples2025 });
    expect(st.today).toBe(today);
    expect(st.phase.id).toBe(phase);
    expect(st.dataDir).toBe(samples2025);
    expect(st.feedback.returned.length).toBeGreaterThan(0);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    { now: new Date(2025, 0, 5, 0, 0, 1), today: '2025-01-05' },
    { now: new Date(2025, 11, 31, 23, 59, 59), today: '2025-12-31' },
  ])('localToday is the local calendar date $today', ({ now, today }) => {
    expect(localToday(now)).toBe(today);
  });
});
