// Phase timings of `compute` in one process (BENCHMARKS.md "Phases"): runs the real command (src/app/compute.ts
// runCompute) with its phase marks and prints one JSON line: milliseconds per phase (read, gc, compute, indicators,
// json, workbook, html when present, write), total wall and CPU, and the process's peak RSS.
//   node build/tools/bench/phases.js [--no-gc] YEAR DATA_DIR OUT_DIR      (rows per file up to 5 million, as run.ts)
// --no-gc: the forced collections at the phase boundaries (src/app/collect-garbage.ts) do nothing — a global
// `gc` that collect-garbage.ts takes as the runtime's is set to a no-op before the command is loaded.
// The engine's settings are the command line's (src/app/v8-tuning.ts), made first as bin/landlink makes them.
import { pathToFileURL } from 'node:url';
import { tuneV8 } from '../../src/app/v8-tuning.js';

export interface PhaseReport {
  phasesMs: Record<string, number>;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  gc: boolean;
}

async function main(argv: string[]): Promise<PhaseReport> {
  const gc = !argv.includes('--no-gc');
  const [year, data, out] = argv.filter((a) => a !== '--no-gc');
  if (!year || !data || !out) throw new Error('usage: phases.js [--no-gc] YEAR DATA_DIR OUT_DIR');
  if (!gc) (globalThis as { gc?: () => void }).gc = () => undefined;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  tuneV8();
  const { runCompute } = await import('../../src/app/compute.js');
  const { phaseClock } = await import('../../src/app/phases.js');
  const clock = phaseClock();
  clock.mark('read'); // module loading counts as reading, as it does in the CLI
  await runCompute({ year: Number(year), data, cwd: process.cwd(), out, toolVersion: 'bench', readLimits: ['maxRows=5000000'], onPhase: clock.mark });
  const cpu = process.cpuUsage(cpu0);
  return {
    phasesMs: Object.fromEntries([...clock.totals].map(([k, v]) => [k, Math.round(v)])),
    wallMs: Math.round(performance.now() - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    gc,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await main(process.argv.slice(2));
  process.stdout.write(JSON.stringify(report) + '\n');
}
