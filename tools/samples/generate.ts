// generateYear: model → tables → files in outDir (each written to a temporary name, then renamed), with
// `feedback` the cities' returned review workbooks in 审核意见/ (tools/samples/feedback.ts, computed from the files
// just written), then MANIFEST.json and README.md. The only I/O of the sample generator besides its CLI.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSampleCarried } from './carried.js';
import { FEEDBACK_FOLDER, withFeedback, writeSampleFeedback } from './feedback.js';
import { sampleIndicators } from './indicators-note.js';
import { CARRIED_FILE_NAME } from '../../src/cycle/carried-file.js';
import { buildManifest, regenerateCommand, type SampleManifest } from './manifest.js';
import { readmeText } from './readme.js';
import { renderYear } from './render.js';
import { csvBytes } from './write-csv.js';
import { xlsxBytes } from './write-xlsx.js';
import { buildYear, type YearOptions } from './year.js';

export type { SampleManifest } from './manifest.js';

export interface GenerateOptions extends YearOptions {
  outDir: string;
  /** Also write the cities' returned review workbooks (`--feedback`); the manifest's expectations then follow them. */
  feedback?: boolean;
  /** Also write 结转扣减.csv: the carried deductions of year − 1's plan (`--carried`, tools/samples/carried.ts). */
  carried?: boolean;
}

async function writeAtomic(path: string, bytes: Buffer | string): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

export async function generateYear(opts: GenerateOptions): Promise<SampleManifest> {
  const model = buildYear(opts);
  const tables = renderYear(model);
  let manifest = buildManifest(model, tables);
  await mkdir(opts.outDir, { recursive: true });
  for (const t of tables) {
    const bytes = t.format === 'xlsx' ? await xlsxBytes(t, model.year) : csvBytes(t);
    await writeAtomic(join(opts.outDir, t.fileName), bytes);
  }
  // The folder is what its manifest says: without feedback, no returned workbooks of an earlier run stay behind.
  if (opts.feedback) manifest = withFeedback(manifest, await writeSampleFeedback(opts.outDir, manifest));
  else await rm(join(opts.outDir, FEEDBACK_FOLDER), { recursive: true, force: true });
  await rm(join(opts.outDir, CARRIED_FILE_NAME), { force: true });
  if (opts.carried) {
    const { carried: _carried, feedback: _feedback, outDir: _outDir, ...previous } = opts;
    const carried = await writeSampleCarried(opts.year, opts.outDir, (dir) => generateYear({ ...previous, year: opts.year - 1, outDir: dir }));
    manifest = { ...manifest, regenerate: regenerateCommand({ ...manifest, feedback: opts.feedback === true, carried: true }), ...(carried ? { carried } : {}) };
  }
  manifest = { ...manifest, indicators: await sampleIndicators(opts.year, opts.outDir) };
  await writeAtomic(join(opts.outDir, 'MANIFEST.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeAtomic(join(opts.outDir, 'README.md'), readmeText(manifest));
  return manifest;
}
