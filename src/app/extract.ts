// `landlink extract <year>`: one review workbook per city for the cities to fill in (Measures 四、1).
import { prepareOutDir } from './out-dir.js';
import { join, resolve } from 'node:path';
import { writeReviewWorkbooks } from '../review-workbook/write.js';
import { loadAndCompute, type YearOptions } from './load-and-compute.js';
import { defaultOutDir } from './compute.js';

export async function runExtract(o: YearOptions & { out?: string; toolVersion: string }) {
  const { inputs, result } = await loadAndCompute({ ...o, withFeedback: false, forCities: true });
  const outDir = join(o.out ? resolve(o.cwd, o.out) : defaultOutDir(o.cwd, o.year), 'review');
  await prepareOutDir(outDir);
  const written = await writeReviewWorkbooks(result, outDir, { toolVersion: o.toolVersion });
  return { inputs, result, written };
}
