// Reading profile (BENCHMARKS.md "Where the time and memory go now"): wall, CPU, peak RSS and the heap retained by `loadYear` alone, each data
// folder read in a fresh child process so that one read's garbage never inflates the next one's figures.
//   node build/tools/bench/read-profile.js [--year Y] [--runs N] [--digest] [--trace] DIR…   (year: 2025 unless given)
// prints one line per run; `--digest` adds a SHA-256 over every typed row, file info and finding (Exact values as
// numerator/denominator), so two builds can be compared for identical reading results; `--trace` prints the
// memory after each file (stderr).
// A child is this script with `--child DIR`, started with --expose-gc.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Exact } from '../../src/domain/exact.js';
import { loadYear } from '../../src/ingest/load.js';
import type { YearInputs } from '../../src/ingest/types.js';

interface ChildReport { dir: string; wallMs: number; cpuMs: number; peakRssMb: number; retainedHeapMb: number; rows: number; findings: number; digest?: string }

const MB = 1024 * 1024;

/** A SHA-256 over everything loadYear returned, in order (the data folder path itself excluded). */
export function digestInputs(inputs: YearInputs): string {
  const h = createHash('sha256');
  const replacer = (_key: string, value: unknown): unknown => {
    if (value instanceof Exact) return `${value.numerator}/${value.denominator}`;
    if (typeof value === 'bigint') return value.toString();
    return value;
  };
  const { dataDir: _dir, ...rest } = inputs;
  for (const [key, value] of Object.entries(rest)) {
    if (Array.isArray(value)) {
      h.update(`${key}:${value.length}\n`);
      for (const item of value) h.update(JSON.stringify(item, replacer) + '\n');
    } else h.update(`${key}=${JSON.stringify(value, replacer)}\n`);
  }
  return h.digest('hex');
}

async function child(dir: string, year: number, digest: boolean): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const trace = process.argv.includes('--trace');
  const inputs = await loadYear({
    year, data: dir,
    ...(trace ? {
      onProgress: (e: { kind: string; file: string; rows: number }) => {
        const m = process.memoryUsage();
        process.stderr.write(`  ${e.kind} ${e.rows} rows: rss ${(m.rss / MB).toFixed(0)} MB, heap ${(m.heapUsed / MB).toFixed(0)} MB, external ${((m.external + m.arrayBuffers) / MB).toFixed(0)} MB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
      },
    } : {}),
  });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  gc?.();
  gc?.();
  const retainedHeapMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  const rows = inputs.supply.length + inputs.redevelopment.length + inputs.reclamation.length + inputs.evidence.length
    + inputs.inspection.length + inputs.startCheck.length + inputs.ledger.length;
  const report: ChildReport = {
    dir, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb, retainedHeapMb, rows, findings: inputs.findings.length,
    ...(digest ? { digest: digestInputs(inputs) } : {}),
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

function runChild(dir: string, year: number, digest: boolean): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', fileURLToPath(import.meta.url), '--child', dir, '--year', String(year), ...(digest ? ['--digest'] : []), ...(process.argv.includes('--trace') ? ['--trace'] : [])];
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (b: Buffer) => { out += b.toString('utf8'); });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ChildReport) : reject(new Error(`child exited ${code} for ${dir}`))));
  });
}

async function main(argv: string[]): Promise<void> {
  const digest = argv.includes('--digest');
  const valueOf = (flag: string): string | undefined => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const year = Number(valueOf('--year') ?? 2025);
  const at = argv.indexOf('--child');
  if (at >= 0) { await child(argv[at + 1]!, year, digest); return; }
  const runs = Number(valueOf('--runs') ?? 1);
  const dirs = argv.filter((a, i) => !a.startsWith('--') && !['--runs', '--year'].includes(argv[i - 1] ?? ''));
  for (let r = 0; r < runs; r++) {
    for (const dir of dirs) {
      const c = await runChild(dir, year, digest);
      process.stdout.write(`${c.dir}\twall ${(c.wallMs / 1000).toFixed(2)} s\tcpu ${(c.cpuMs / 1000).toFixed(2)} s\tpeak RSS ${c.peakRssMb.toFixed(0)} MB`
        + `\tretained heap ${c.retainedHeapMb.toFixed(1)} MB\trows ${c.rows}\tfindings ${c.findings}${c.digest ? `\t${c.digest}` : ''}\n`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => { console.error(e); process.exitCode = 1; });
}
