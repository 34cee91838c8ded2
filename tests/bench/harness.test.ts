// The benchmark harness's pure parts (BENCHMARKS.md): medians, ratios, target verdicts, the BENCHMARKS.md entry and
// history, and the small parsers of child output. The timed benchmark itself is `npm run bench`, never a test.
import { describe, expect, it } from 'vitest';
import { csvEncoding } from '../../tools/bench/bare-read.js';
import { hasVisibleText, shellQuote } from '../../tools/bench/first-output.js';
import { ENTRIES_MARKER, formatEntry, formatTerminal, insertEntry } from '../../tools/bench/format.js';
import type { Machine } from '../../tools/bench/machine.js';
import { parseTimeOutput } from '../../tools/bench/measure.js';
import { parseScales } from '../../tools/bench/options.js';
import type { BenchResult } from '../../tools/bench/result.js';
import { median, medianOrNull, ratio, summarise, type SideSummary } from '../../tools/bench/stats.js';
import { evaluateTargets, scalingFactor, type FirstOutput, type ScaleResult } from '../../tools/bench/targets.js';

describe('median and ratio', () => {
  it.each([
    { name: 'one value', values: [4], want: 4 },
    { name: 'odd count, unsorted', values: [9, 1, 5], want: 5 },
    { name: 'even count: mean of the middle two', values: [4, 1, 3, 2], want: 2.5 },
    { name: 'an outlier does not move it', values: [1, 1000, 2], want: 2 },
  ])('$name', ({ values, want }) => { expect(median(values)).toBe(want); });

  it('refuses an empty list', () => { expect(() => median([])).toThrow(RangeError); });

  it.each([
    { name: 'known values only', values: [null, 3, 1, null], want: 2 },
    { name: 'nothing known', values: [null, null], want: null },
  ])('medianOrNull: $name', ({ values, want }) => { expect(medianOrNull(values)).toBe(want); });

  it.each([
    { a: 3, b: 2, want: 1.5 },
    { a: null, b: 2, want: null },
    { a: 3, b: 0, want: null },
    { a: 3, b: null, want: null },
  ])('ratio($a, $b) = $want', ({ a, b, want }) => { expect(ratio(a, b)).toBe(want); });

  it('summarise keeps the run order of the wall times and takes medians', () => {
    const s = summarise([{ wallMs: 300, cpuMs: 30, maxRssKb: 3 }, { wallMs: 100, cpuMs: null, maxRssKb: 1 }, { wallMs: 200, cpuMs: 10, maxRssKb: 2 }]);
    expect(s).toEqual({ runs: 3, wallMs: 200, cpuMs: 20, maxRssKb: 2, wallsMs: [300, 100, 200] });
  });
});

const side = (wallMs: number, maxRssKb: number | null = 100_000): SideSummary => ({ runs: 1, wallMs, cpuMs: wallMs, maxRssKb, wallsMs: [wallMs] });
const scale = (label: '1×' | '10×', compute: SideSummary | null, bare: SideSummary, bareStream: SideSummary | null = null): ScaleResult =>
  ({ label, generatorScale: label === '1×' ? 8.67 : 86.7, rows: { supply: 19_912, evidence: 9_023 }, compute, computeError: compute ? null : 'exit 3', bare, bareStream });
const first = (ms: number): FirstOutput => ({ samplesMs: [ms], medianMs: ms });
const statuses = (scales: ScaleResult[], fo: FirstOutput | null) => Object.fromEntries(evaluateTargets(scales, fo).map((t) => [t.id, t.status]));

describe('targets of BENCHMARKS.md', () => {
  it.each([
    {
      name: 'all met',
      scales: [scale('1×', side(4_000), side(3_000), side(4_000)), scale('10×', side(40_000, 500_000), side(30_000), side(41_000))], fo: first(300),
      want: { '1x-ratio': 'met', '1x-stream': 'met', '1x-wall': 'met', '10x-ratio': 'met', '10x-stream': 'met', '10x-rss': 'met', scaling: 'met', 'first-output': 'met' },
    },
    {
      name: 'limits are inclusive where the issue says ≤, exclusive for "under 5 s"',
      scales: [scale('1×', side(5_000), side(5_000 / 1.5), side(5_000)), scale('10×', side(52_500, 585_937), side(52_500 / 1.5), side(52_499))], fo: first(500),
      want: { '1x-ratio': 'met', '1x-stream': 'met', '1x-wall': 'not met', '10x-ratio': 'met', '10x-stream': 'not met', '10x-rss': 'met', scaling: 'met', 'first-output': 'met' },
    },
    {
      name: '600 MB means 600,000,000 bytes',
      scales: [scale('10×', side(10_000, 585_938), side(10_000))], fo: null,
      want: { '1x-ratio': 'not measured', '1x-stream': 'not measured', '1x-wall': 'not measured', '10x-ratio': 'met', '10x-stream': 'not measured', '10x-rss': 'not met', scaling: 'not measured', 'first-output': 'not measured' },
    },
    {
      name: 'slow and fat',
      scales: [scale('1×', side(8_000), side(3_000), side(2_000)), scale('10×', side(100_000, 2_000_000), side(30_000), side(20_000))], fo: first(700),
      want: { '1x-ratio': 'not met', '1x-stream': 'not met', '1x-wall': 'not met', '10x-ratio': 'not met', '10x-stream': 'not met', '10x-rss': 'not met', scaling: 'not met', 'first-output': 'not met' },
    },
    {
      name: 'compute failed at 10×: its targets are not met, not "not measured"',
      scales: [scale('1×', side(4_000), side(3_000)), scale('10×', null, side(30_000), side(20_000))], fo: first(300),
      want: { '1x-ratio': 'met', '1x-stream': 'not measured', '1x-wall': 'met', '10x-ratio': 'not met', '10x-stream': 'not met', '10x-rss': 'not met', scaling: 'not met', 'first-output': 'met' },
    },
  ])('$name', ({ scales, fo, want }) => { expect(statuses(scales, fo)).toEqual(want); });

  it('peak RSS is shown in MB of 10⁶ bytes with thousands separators', () => {
    const rss = evaluateTargets([scale('10×', side(1, 2_000_000), side(1))], null).find((t) => t.id === '10x-rss');
    expect(rss?.measured).toBe('2,048 MB');
  });

  it('scaling factor is compute 10× ÷ compute 1×', () => {
    expect(scalingFactor([scale('1×', side(2_000), side(1)), scale('10×', side(21_000), side(1))])).toBe(10.5);
    expect(scalingFactor([scale('1×', side(2_000), side(1))])).toBeNull();
  });
});

const machine: Machine = { cpu: 'Test CPU', cores: 2, memoryGb: 8, node: 'v20.0.0', os: 'Linux', loadStart: 0.5, loadEnd: 0.7, timeBinary: true };
const result = (startedAt: string): BenchResult => {
  const scales = [scale('1×', side(4_000), side(3_200), side(5_000)), scale('10×', null, side(30_000))];
  scales[0]!.phases = [{ gc: true, phasesMs: { read: 1_500, gc: 100, compute: 500, workbook: 900, write: 50 }, wallMs: 3_900, cpuMs: 4_100, maxRssKb: 200_000 }];
  return { startedAt, durationS: 120, commit: 'abc1234', landlink: null, machine, year: 2025, seed: 1, scales, firstOutput: first(300), targets: evaluateTargets(scales, first(300)) };
};

describe('BENCHMARKS.md', () => {
  it('an entry holds the machine, one table row per scale and every target with its verdict', () => {
    const entry = formatEntry(result('2025-01-02T03:04:05Z'));
    expect(entry).toMatch(/^## 2025-01-02T03:04:05Z — abc1234\n/);
    expect(entry).toContain('Test CPU, 2 cores, 8 GB, Node v20.0.0');
    expect(entry).toContain('| 1× | 19,912 | 9,023 | 4.00 s | 5.00 s | 0.80× | 3.20 s | 1.25× |');
    expect(entry).toContain('| 10× | 19,912 | 9,023 | failed | — | — | 30.00 s | — |');
    expect(entry).toContain('| 1×: compute ≤ 1.0 × exceljs streaming bare read (wall) | 0.80× | ≤ 1.0× | met |');
    expect(entry).toContain('| 1× | with | 1.50 s | 0.10 s | 0.50 s | — | — | 0.90 s | — | 0.05 s | 3.90 s | 4.10 s | 205 MB |');
    expect(entry).toContain('| 1×: compute ≤ 1.5 × bare read (wall) | 1.25× | ≤ 1.5× | met |');
    expect(entry).toContain('| 10×: compute peak RSS ≤ 600 MB | compute failed | ≤ 600 MB | **not met** |');
    expect(entry).toContain('10×: `landlink compute` failed: exit 3');
  });

  it('the terminal table names every side and target', () => {
    const text = formatTerminal(result('2025-01-02T03:04:05Z')).join('\n');
    expect(text).toMatch(/1× {4}compute +4\.00 s/);
    expect(text).toMatch(/bare read +3\.20 s/);
    expect(text).toContain('compute failed: exit 3');
    expect(text).toMatch(/not met +10× data costs ≤ 10\.5× the time of 1×/);
    expect(text).toMatch(/stream +5\.00 s/);
    expect(text).toContain('read 1.50 s, gc 0.10 s, compute 0.50 s, workbook 0.90 s, write 0.05 s');
  });

  it('history is kept, newest first, and the text above the marker stays as written', () => {
    const first = insertEntry(null, formatEntry(result('2025-01-01T00:00:00Z')));
    expect(first.startsWith('# Benchmarks\n')).toBe(true);
    const notes = first.replace('# Benchmarks\n', '# Benchmarks\n\nHand-written notes.\n');
    const second = insertEntry(notes, formatEntry(result('2025-02-01T00:00:00Z')));
    expect(second).toContain('Hand-written notes.');
    const newer = second.indexOf('## 2025-02-01');
    const older = second.indexOf('## 2025-01-01');
    expect(second.indexOf(ENTRIES_MARKER)).toBeLessThan(newer);
    expect(newer).toBeLessThan(older);
    expect(second.match(/^## /gm)).toHaveLength(2);
  });

  it('a file without the marker gets one, its text kept', () => {
    const out = insertEntry('# Old notes\n', formatEntry(result('2025-01-01T00:00:00Z')));
    expect(out.startsWith('# Old notes\n\n' + ENTRIES_MARKER)).toBe(true);
    expect(out).toContain('## 2025-01-01');
  });
});

describe('child output parsers', () => {
  it.each([
    { name: 'plain', text: '1.23 0.50 0.25 123456\n', want: { cpuMs: 750, maxRssKb: 123456 } },
    { name: 'after a non-zero exit note', text: 'Command exited with non-zero status 1\n2.00 1.00 0.00 42\n', want: { cpuMs: 1000, maxRssKb: 42 } },
    { name: 'garbage', text: 'oops', want: null },
  ])('GNU time output: $name', ({ text, want }) => { expect(parseTimeOutput(text)).toEqual(want); });

  it.each([
    { chunk: '\x1b[?25l', want: false },
    { chunk: '\x1b[36m⠋\x1b[39m 读取 2025 年度数据…', want: true },
    { chunk: '\r\n', want: false },
    { chunk: 'x', want: true },
  ])('visible text in $chunk → $want', ({ chunk, want }) => { expect(hasVisibleText(chunk)).toBe(want); });

  it.each([
    { word: '/usr/bin/node', want: '/usr/bin/node' },
    { word: '/tmp/a b', want: `'/tmp/a b'` },
    { word: `it's`, want: `'it'\\''s'` },
    { word: '2025年', want: `'2025年'` },
  ])('shellQuote($word)', ({ word, want }) => { expect(shellQuote(word)).toBe(want); });

  it.each([
    { text: '1,10', want: ['1×', '10×'] },
    { text: '10x', want: ['10×'] },
    { text: '1, 1', want: ['1×'] },
  ])('parseScales($text)', ({ text, want }) => { expect(parseScales(text)).toEqual(want); });

  it('parseScales refuses other volumes', () => { expect(() => parseScales('5')).toThrow(); });

  it.each([
    { name: 'UTF-8 with BOM', bytes: [0xef, 0xbb, 0xbf, 0x61], want: 'utf-8' },
    { name: 'plain UTF-8 Chinese', bytes: [...Buffer.from('供地', 'utf8')], want: 'utf-8' },
    { name: 'GBK Chinese', bytes: [0xb9, 0xa9, 0xb5, 0xd8], want: 'gb18030' },
  ])('csvEncoding: $name', ({ bytes, want }) => { expect(csvEncoding(Uint8Array.from(bytes))).toBe(want); });
});
