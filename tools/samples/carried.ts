// 结转扣减.csv of a sample year (`--carried`): what `landlink compute <Y−1>` followed by `landlink ledger add` writes
// into the folder of year Y (docs/spec/domain.md 决定 6; 用户手册 4.12). The generator makes year Y−1 with the same
// seed and scale in a temporary folder, computes its plan with the application layer and writes the carried lines
// with the same code as `ledger add` (src/cycle/carried-file.ts), so the file is byte for byte what a user gets.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runCompute } from '../../src/app/compute.js';
import { GENERATED_READ_LIMITS } from './indicators-note.js';
import { readPlanCarried, writeCarried } from '../../src/cycle/carried-file.js';
import type { ManifestCarried } from './manifest.js';

/** Writes year Y−1's sample into a folder (the generator's generateYear, passed in to keep the import graph one-way). */
export type WritePreviousYear = (outDir: string) => Promise<unknown>;

export async function writeSampleCarried(year: number, outDir: string, writePrevious: WritePreviousYear): Promise<ManifestCarried | null> {
  const tmp = await mkdtemp(join(tmpdir(), 'landlink-sample-carried-'));
  try {
    const previousDir = join(tmp, String(year - 1));
    await writePrevious(previousDir);
    const run = await runCompute({ year: year - 1, data: previousDir, cwd: tmp, out: join(tmp, 'out'), toolVersion: 'sample', readLimits: GENERATED_READ_LIMITS });
    const plan = run.written.find((f) => f.endsWith('.xlsx'));
    if (plan === undefined) throw new Error(`compute ${year - 1} wrote no plan workbook`);
    const lines = await readPlanCarried(plan, year - 1);
    const file = await writeCarried(outDir, lines);
    return file === null ? null : { file: basename(file), fromYear: year - 1, counties: lines.map((l) => [l.countyCode, l.carriedHa]) };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
