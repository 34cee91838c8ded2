// The clean variant: the same year without the deliberate input problems (tools/samples/problems.ts) — generated with the committed
// sample's own options (its recorded command, plus --clean): same branches, same returned city opinions, same
// expected credits, and each problem cell holds a valid value instead.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRegion } from '../../src/domain/divisions.js';
import { generateYear } from '../../tools/samples/generate.js';
import { readSample, recordedOptions, rowsOf, type Sample } from './read-back.js';

let dir = '';
let clean: Sample;
let withProblems: Sample;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landlink-clean-'));
  withProblems = await readSample(resolve(import.meta.dirname, '../../samples/2025'));
  await generateYear({ ...recordedOptions(withProblems.manifest), clean: true, outDir: dir });
  clean = await readSample(dir);
});
afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

const idColumn: Record<string, string> = { supply: '监管号', redevelopment: '再开发项目编号', evidence: '项目编号' };

describe('clean sample variant', () => {
  it('lists no input problems, the same branches, the same city opinions and the same expected credits', () => {
    expect(clean.manifest.clean).toBe(true);
    expect(clean.manifest.regenerate).toBe('npm run samples -- --year 2025 --scale 1 --clean --feedback --carried');
    expect(withProblems.manifest.feedback).toBeDefined();
    expect(clean.manifest.feedback).toEqual(withProblems.manifest.feedback);
    expect(clean.manifest.problems).toEqual([]);
    expect(withProblems.manifest.problems.length).toBeGreaterThan(0);
    expect(clean.manifest.branches).toEqual(withProblems.manifest.branches);
    expect(clean.manifest.expected).toEqual(withProblems.manifest.expected);
  });

  it.each([
    { key: 'bad-date', valid: (v: string) => /^\d{4}-\d\d-\d\d$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) },
    { key: 'text-area', valid: (v: string) => /^\d+(\.\d+)?$/.test(v) },
    { key: 'unknown-enumeration', valid: (v: string) => ['协议出让', '招标出让', '拍卖出让', '挂牌出让', '租赁', '作价出资'].includes(v) },
    { key: 'unknown-county-code', valid: (v: string) => resolveRegion(v, null).ok },
    { key: 'negative-area', valid: (v: string) => /^\d+\.\d\d$/.test(v) },
  ])('problem $key: the clean file holds a valid value in that cell', ({ key, valid }) => {
    const p = withProblems.manifest.problems.find((x) => x.key === key)!;
    const r = rowsOf(clean, p.kind).find((x) => x[idColumn[p.kind]!] === p.projectId)!;
    expect(r[p.column]).not.toBe(p.value);
    expect(valid(r[p.column]!)).toBe(true);
  });

  it('problem evidence-unknown-project: the clean evidence has no row for the mistyped id', () => {
    const p = withProblems.manifest.problems.find((x) => x.key === 'evidence-unknown-project')!;
    expect(rowsOf(clean, 'evidence').some((r) => r['项目编号'] === p.value)).toBe(false);
    expect(rowsOf(withProblems, 'evidence').filter((r) => r['项目编号'] === p.value)).toHaveLength(1);
    expect(rowsOf(clean, 'evidence').length).toBe(rowsOf(withProblems, 'evidence').length - 1);
  });
});
