// A benchmark result as text: the terminal table and the BENCHMARKS.md entry (history kept, newest first).
// Pure: the same result always gives the same text.
import type { BenchResult } from './result.js';
import { cpuRatio, kbToMb, scalingFactor, streamRatio, wallRatio, type PhaseRun, type ScaleResult, type TargetCheck } from './targets.js';
import { ratio, type SideSummary } from './stats.js';

/** Everything above this line in BENCHMARKS.md is kept as written; entries go right below it, newest first. */
export const ENTRIES_MARKER = '<!-- bench entries: newest first; `npm run bench -- --record` inserts below this line -->';

export const BENCHMARKS_HEADER = [
  '# Benchmarks',
  '',
  '`npm run bench` (issues 7 and 17) times `landlink compute` end to end (plan workbook written) against a bare read of',
  'the same input files (exceljs streaming reader, and exceljs `readFile`, for .xlsx; iconv-lite + csv-parse for .csv;',
  'every cell touched), interleaved, on synthetic years of Zhejiang\'s mix from the sample generator at 1× (≈ 20,000',
  'supply rows) and 10×. `--record` adds an entry here.',
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
    if (s.bareStream) {
      const b = s.bareStream;
      lines.push(`${''.padEnd(6)}${'stream'.padEnd(11)}${seconds(b.wallMs).padStart(10)}${seconds(b.cpuMs).padStart(10)}${mb(b.maxRssKb).padStart(10)}   ${walls(b)}   (exceljs streaming reader)`);
      lines.push(`${''.padEnd(6)}${'ratio'.padEnd(11)}${times(streamRatio(s)).padStart(10)}${times(ratio(s.compute?.cpuMs ?? null, b.cpuMs)).padStart(10)}   (compute ÷ streaming bare read)`);
    }
    lines.push(`${''.padEnd(6)}${'bare read'.padEnd(11)}${seconds(s.bare.wallMs).padStart(10)}${seconds(s.bare.cpuMs).padStart(10)}${mb(s.bare.maxRssKb).padStart(10)}   ${walls(s.bare)}   (exceljs readFile)`);
    lines.push(`${''.padEnd(6)}${'ratio'.padEnd(11)}${times(wallRatio(s)).padStart(10)}${times(cpuRatio(s)).padStart(10)}   (${rowsLine(s)})`);
    for (const p of s.phases ?? []) lines.push(`${''.padEnd(6)}${(p.gc ? 'phases' : 'phases -gc').padEnd(11)}${seconds(p.wallMs).padStart(10)}${seconds(p.cpuMs).padStart(10)}${mb(p.maxRssKb).padStart(10)}   ${phaseLine(p)}`);
    if (s.computeError !== null) lines.push(`      compute failed: ${s.computeError.split('\n')[0]}`);
  }
  lines.push('', `scaling 10×/1× (compute wall): ${times(scalingFactor(r.scales))}`);
  lines.push(`first progress output on a terminal: ${r.firstOutput ? `${seconds(r.firstOutput.medianMs)} (runs: ${r.firstOutput.samplesMs.map((m) => (m / 1000).toFixed(2)).join(', ')} s)` : 'not measured'}`);
  lines.push('', 'targets:');
  for (const t of r.targets) lines.push(`  ${t.status.padEnd(13)}${t.label}: ${t.measured} (${t.limit})`);
  return lines;
}

/** The phases of one phases.ts run in the order compute runs them. */
export const PHASE_ORDER = ['read', 'gc', 'compute', 'indicators', 'json', 'workbook', 'html', 'write'] as const;

function phaseLine(p: PhaseRun): string {
  return PHASE_ORDER.filter((k) => p.phasesMs[k] !== undefined).map((k) => `${k} ${seconds(p.phasesMs[k]!)}`).join(', ');
}

function rowsLine(s: ScaleResult): string {
  return `generator scale ${s.generatorScale}: ${Object.entries(s.rows).map(([k, v]) => `${k} ${int(v)}`).join(', ')}`;
}

/** One BENCHMARKS.md entry. */
export function formatEntry(r: BenchResult): string {
  const out = [
    `## ${r.startedAt}${r.commit ? ` — ${r.commit}` : ''}`,
    '',
    `Machine: ${machineLine(r)}. Year ${r.year}, seed ${r.seed}, ${r.candidateShare ? `${Math.round(r.candidateShare * 100)} % of supply rows linkage candidates (Zhejiang's mix)` : 'the samples\' mix'}; run took ${Math.round(r.durationS)} s.`
      + (r.landlink ? ` The CLI timed was ${r.landlink} (--landlink), not this checkout.` : ''),
    '',
    '| scale | supply rows | evidence rows | compute wall | streaming read wall | ratio | readFile read wall | ratio | compute CPU | streaming CPU | readFile CPU | compute peak RSS | streaming peak RSS | readFile peak RSS | runs |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const s of r.scales) {
    const c = s.compute;
    const b = s.bareStream ?? null;
    out.push(`| ${s.label} | ${int(s.rows.supply ?? 0)} | ${int(s.rows.evidence ?? 0)} | ${c ? seconds(c.wallMs) : 'failed'} | ${seconds(b?.wallMs ?? null)} | ${times(streamRatio(s))} `
      + `| ${seconds(s.bare.wallMs)} | ${times(wallRatio(s))} | ${seconds(c?.cpuMs ?? null)} | ${seconds(b?.cpuMs ?? null)} | ${seconds(s.bare.cpuMs)} `
      + `| ${mb(c?.maxRssKb ?? null)} | ${mb(b?.maxRssKb ?? null)} | ${mb(s.bare.maxRssKb)} | ${s.bare.runs} |`);
  }
  out.push('');
  const phased = r.scales.filter((s) => (s.phases ?? []).length > 0);
  if (phased.length > 0) {
    out.push('Phases of compute in one process (tools/bench/phases.ts; "without" = the forced collections at the phase boundaries disabled):', '');
    out.push(`| scale | forced GC | ${PHASE_ORDER.join(' | ')} | wall | CPU | peak RSS |`, `|---|---|${PHASE_ORDER.map(() => '--:|').join('')}--:|--:|--:|`);
    for (const s of phased) {
      for (const p of s.phases!) {
        out.push(`| ${s.label} | ${p.gc ? 'with' : 'without'} | ${PHASE_ORDER.map((k) => (p.phasesMs[k] === undefined ? '—' : seconds(p.phasesMs[k]))).join(' | ')} | ${seconds(p.wallMs)} | ${seconds(p.cpuMs)} | ${mb(p.maxRssKb)} |`);
      }
    }
    out.push('');
  }
  for (const s of r.scales) {
    if (s.computeError !== null) out.push(`${s.label}: \`landlink compute\` failed: ${s.computeError.split('\n')[0]}`, '');
  }
  out.push(`Scaling 10×/1× (compute wall): ${times(scalingFactor(r.scales))}. First progress output on a terminal: `
    + (r.firstOutput ? `${seconds(r.firstOutput.medianMs)} (median of ${r.firstOutput.samplesMs.length}).` : 'not measured.'));
  out.push('');
  out.push('| target | measured | limit | status |', '|---|--:|--:|---|');
  for (const t of r.targets) out.push(`| ${t.label} | ${t.measured} | ${t.limit} | ${mark(t)} |`);
  out.push('');
  out.push(`Wall times per run (s, interleaved compute/streaming/readFile): ${r.scales.map((s) => `${s.label} compute ${walls(s.compute)}; streaming ${walls(s.bareStream ?? null)}; readFile ${walls(s.bare)}`).join('; ')}.`);
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
