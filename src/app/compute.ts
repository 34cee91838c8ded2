// `landlink compute <year>`: read, compute, write the plan (JSON + workbook) to out/<year>/.
import { prepareOutDir } from './out-dir.js';
import { jsonChunks, jsonList } from '../domain/json-text.js';
import { join, resolve } from 'node:path';
import { toJsonDocument } from '../report/json.js';
import { computeIndicators } from '../indicators/compute.js';
import type { IndicatorsResult } from '../indicators/types.js';
import type { InputKind } from '../domain/rows.js';
import { toIndicatorsJson } from '../indicators/json.js';
import { renderPlanWorkbook } from '../report/plan.js';
import type { RenderProgress } from '../xlsx/index.js';
import { writeFileSet } from '../report/atomic.js';
import { htmlFileName, renderHtmlSummary } from '../report/html/summary.js';
import { loadAndCompute, type YearOptions } from './load-and-compute.js';
import { collectLargeHeap } from './collect-garbage.js';
import type { YearInputs } from '../ingest/types.js';
import type { ComputeResult } from '../pipeline/types.js';

/** Where the inputs came from (the rows themselves are let go before the outputs are made: BENCHMARKS.md). */
export type InputsOrigin = Pick<YearInputs, 'dataDir' | 'dataOrigin' | 'files'>;

export interface ComputeRun {
  origin: InputsOrigin;
  result: ComputeResult;
  /** The plan's JSON as written, its UTF-8 bytes in pieces (jsonChunks). */
  json: readonly Buffer[];
  written: string[];
}

export function defaultOutDir(cwd: string, year: number): string { return join(cwd, 'out', String(year)); }

export async function runCompute(o: YearOptions & { out?: string; toolVersion: string; onWriteProgress?: (p: RenderProgress) => void }): Promise<ComputeRun> {
  const { origin, result, indicators } = await computeWithIndicators(o);
  const mark = o.onPhase ?? (() => undefined);
  // After the indicators the input rows are garbage too: collected here, with the pipeline's own garbage, the JSON is
  // made on a heap that holds the result alone (collect-garbage.ts; BENCHMARKS.md).
  collectLargeHeap();
  mark('gc');
  // The long lists are made a batch at a time as they are written (JsonList): the heap after the 10× JSON holds ≈ 30 MB
  // less (BENCHMARKS.md "The 10× peak, fifth pass").
  const json = jsonChunks({ ...toJsonDocument(result, jsonList), indicators: toIndicatorsJson(indicators) });
  mark('json');
  const outDir = o.out ? resolve(o.cwd, o.out) : defaultOutDir(o.cwd, o.year);
  await prepareOutDir(outDir);
  const jsonFile = join(outDir, `挂钩方案-${o.year}.json`);
  const xlsxFile = join(outDir, `挂钩方案-${o.year}.xlsx`);
  const htmlFile = join(outDir, htmlFileName(o.year));
  collectLargeHeap();
  mark('gc');
  // The JSON, the workbook and the HTML summary are one set: all appear, or none (src/report/atomic.ts). Each produced
  // output marks its own phase; what is left is the writing.
  await writeFileSet([
    { file: xlsxFile, produce: async () => { const b = await renderPlanWorkbook(result, { toolVersion: o.toolVersion, indicators }, { onProgress: o.onWriteProgress }); mark('workbook'); return b; } },
    { file: jsonFile, produce: json },
    { file: htmlFile, produce: () => { const h = renderHtmlSummary(result, { toolVersion: o.toolVersion, indicators }); mark('html'); return Promise.resolve(h); } },
  ]);
  mark('write');
  return { origin, result, json, written: [xlsxFile, jsonFile, htmlFile] };
}

/** The plan and the indicators; the typed input rows stay inside this function, so that they can be collected
 *  before the JSON and the workbook are made (at 10× they are most of the heap: BENCHMARKS.md). The collection
 *  comes after the indicators (runCompute), when the rows are garbage as well. */
async function computeWithIndicators(o: YearOptions): Promise<{ origin: InputsOrigin; result: ComputeResult; indicators: IndicatorsResult }> {
  // The action plan's indicators (docs/sources/001_4ca6c5f2cb680a6e.txt) ride along: an `indicators` key after the keys of outputs.md, and a sheet 指标.
  // They need the supply filings and 低效用地再开发 only, so they are computed while the reading worker finishes the
  // ledger, once those are read (BENCHMARKS.md); else after reading.
  let indicators: IndicatorsResult | undefined;
  const whileWaiting = (before: YearInputs, unread: ReadonlySet<InputKind>): void => {
    if (!unread.has('supply') && !unread.has('redevelopment')) indicators = computeIndicators(before);
  };
  const { inputs, result } = await loadAndCompute({ ...o, withFeedback: true, whileWaiting });
  const mark = o.onPhase ?? (() => undefined);
  indicators ??= computeIndicators(inputs);
  mark('indicators');
  return { origin: { dataDir: inputs.dataDir, dataOrigin: inputs.dataOrigin, files: inputs.files }, result, indicators };
}
