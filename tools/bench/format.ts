// A benchmark result as text: the terminal table and the BENCHMARKS.md entry (history kept, newest first).
// Pure: the same result always gives the same text.
import type { BenchResult } from './result.js';
import { cpuRatio, kbToMb, scalingFactor, wallRatio, type ScaleResult, type TargetCheck } from './targets.js';
import type { SideSummary } from './stats.js';

/** Everything above this line in BENCHMARKS.md is kept as written; entries go right below it, newest first. */
export const ENTRIES_MARKER = '<!-- bench entries: newest first; `npm run bench -- --record` inserts below this line -->';

export const BENCHMARKS_HEADER = [
  '# Benchmarks',
  '',
  '`npm run bench` (issue 7) times `landlink compute` end to end (plan workbook written) against a bare read of the',
  'same input files (exceljs `readFile` for .xlsx, iconv-lite + csv-parse for .csv, every cell touched), interleaved,',
  'on synthetic years from the sample generator at 1× (≈ 20,000 supply rows) and 10×. `--record` adds an entry here.',
  '',
  ENTRIES_MARKER,
  '',
].join('\n');

const int = (n: number): string => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const mb = (kb: number | null): string => (kb === null ? '—' : `${int(kbToMb(kb))} MB`);
const times = (r: number | null): string => (r === null ? '—' : `${r.toFixed(2)}×`);
const mark = (t: TargetCheck): string => (t.status === 'met' ? 'met' : t.status === 'not met' ? '**not met**' : 'not measured');

export function machineLine(r: BenchResult): string {
  const m = r.machine;
  const load = m.loadEnd === null ? m.loadStart.toFixed(2) : `${m.loadStart.toFixed(2)} → ${m.loadEnd.toFixed(2)}`;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.os}; load average ${load}; `
    + `CPU time and peak RSS by ${m.timeBinary ? '/usr/bin/time' : 'the child (process.resourceUsage)'}`;
}

function walls(s: SideSummary | null): string { return s === null ? 'failed' : s.wallsMs.map((w) => (w / 1000).toFixed(2)).join(', '); }

/** The plain-text table for the terminal. */
export function formatTerminal(r: BenchResult): string[] {
  const lines = [
    `landlink benchmark ${r.startedAt}${r.commit ? ` (${r.commit})` : ''}${r.landlink ? ` — CLI timed from ${r.landlink}` : ''}`,
    `machine: ${machineLine(r)}`,
    '',
    `${'scale'.padEnd(6)}${'side'.padEnd(11)}${'wall'.padStart(10)}${'CPU'.padStart(10)}${'peak RSS'.padStart(10)}   runs (wall, s)`,
  ];
  for (const s of r.scales) {
    lines.push(`${s.label.padEnd(6)}${'compute'.padEnd(11)}${seconds(s.compute?.wallMs ?? null).padStart(10)}${seconds(s.compute?.cpuMs ?? null).padStart(10)}${mb(s.compute?.maxRssKb ?? null).padStart(10)}   ${walls(s.compute)}`);
    lines.push(`${''.padEnd(6)}${'bare read'.padEnd(11)}${seconds(s.bare.wallMs).padStart(10)}${seconds(s.bare.cpuMs).padStart(10)}${mb(s.bare.maxRssKb).padStart(10)}   ${walls(s.bare)}`);
    lines.push(`${''.padEnd(6)}${'ratio'.padEnd(11)}${times(wallRatio(s)).padStart(10)}${times(cpuRatio(s)).padStart(10)}   (${rowsLine(s)})`);
    if (s.computeError !== null) lines.push(`      compute failed: ${s.computeError.split('\n')[0]}`);
  }
  lines.push('', `scaling 10×/1× (compute wall): ${times(scalingFactor(r.scales))}`);
  lines.push(`first progress output on a terminal: ${r.firstOutput ? `${seconds(r.firstOutput.medianMs)} (runs: ${r.firstOutput.samplesMs.map((m) => (m / 1000).toFixed(2)).join(', ')} s)` : 'not measured'}`);
  lines.push('', 'targets:');
  for (const t of r.targets) lines.push(`  ${t.status.padEnd(13)}${t.label}: ${t.measured} (${t.limit})`);
  return lines;
}

function rowsLine(s: ScaleResult): string {
  return `generator scale ${s.generatorScale}: ${Object.entries(s.rows).map(([k, v]) => `${k} ${int(v)}`).join(', ')}`;
}

/** One BENCHMARKS.md entry. */
export function formatEntry(r: BenchResult): string {
  const out = [
    `## ${r.startedAt}${r.commit ? ` — ${r.commit}` : ''}`,
    '',
    `Machine: ${machineLine(r)}. Year ${r.year}, seed ${r.seed}; run took ${Math.round(r.durationS)} s.`
      + (r.landlink ? ` The CLI timed was ${r.landlink} (--landlink), not this checkout.` : ''),
    '',
    '| scale | supply rows | evidence rows | compute wall | bare read wall | ratio (wall) | compute CPU | bare read CPU | ratio (CPU) | compute peak RSS | bare read peak RSS | runs |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of r.scales) {
    const c = s.compute;
    out.push(`| ${s.label} | ${int(s.rows.supply ?? 0)} | ${int(s.rows.evidence ?? 0)} | ${c ? seconds(c.wallMs) : 'failed'} | ${seconds(s.bare.wallMs)} | ${times(wallRatio(s))} `
      + `| ${seconds(c?.cpuMs ?? null)} | ${seconds(s.bare.cpuMs)} | ${times(cpuRatio(s))} | ${mb(c?.maxRssKb ?? null)} | ${mb(s.bare.maxRssKb)} | ${s.bare.runs} |`);
  }
  out.push('');
  for (const s of r.scales) {
    if (s.computeError !== null) out.push(`${s.label}: \`landlink compute\` failed: ${s.computeError.split('\n')[0]}`, '');
  }
  out.push(`Scaling 10×/1× (compute wall): ${times(scalingFactor(r.scales))}. First progress output on a terminal: `
    + (r.firstOutput ? `${seconds(r.firstOutput.medianMs)} (median of ${r.firstOutput.samplesMs.length}).` : 'not measured.'));
  out.push('');
  out.push('| target | measured | limit | status |', '|---|--:|--:|---|');
  for (const t of r.targets) out.push(`| ${t.label} | ${t.measured} | ${t.limit} | ${mark(t)} |`);
  out.push('');
  out.push(`Wall times per run (s, interleaved compute/bare read): ${r.scales.map((s) => `${s.label} compute ${walls(s.compute)}; bare read ${walls(s.bare)}`).join('; ')}.`);
  out.push('');
  return out.join('\n');
}

/** BENCHMARKS.md with `entry` added as the newest; the text above the marker is kept as it is. */
export function insertEntry(existing: string | null, entry: string): string {
  const base = existing === null || existing.trim() === '' ? BENCHMARKS_HEADER : existing;
  const at = base.indexOf(ENTRIES_MARKER);
  if (at < 0) return `${base.replace(/\s*$/, '')}\n\n${ENTRIES_MARKER}\n\n${entry}`;
  const cut = at + ENTRIES_MARKER.length;
  const after = base.slice(cut).replace(/^\s*/, '');
  return `${base.slice(0, cut)}\n\n${entry}${after === '' ? '' : `\n${after}`}`;
}
