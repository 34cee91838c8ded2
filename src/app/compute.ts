// `landlink compute <year>`: read, compute, write the plan (JSON + workbook) to out/<year>/.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderJson } from '../report/json.js';
import { writePlanWorkbook } from '../report/plan.js';
import { writeFileAtomic } from '../report/atomic.js';
import { loadAndCompute, type RunOptions } from './load-and-compute.js';
import type { YearInputs } from '../ingest/types.js';
import type { ComputeResult } from '../pipeline/types.js';

export interface ComputeRun {
  inputs: YearInputs;
  result: ComputeResult;
  json: string;
  written: string[];
}

export function defaultOutDir(cwd: string, year: number): string { return join(cwd, 'out', String(year)); }

export async function runCompute(o: RunOptions & { out?: string; toolVersion: string }): Promise<ComputeRun> {
  const { inputs, result } = await loadAndCompute({ ...o, withFeedback: true });
  const json = renderJson(result);
  const outDir = o.out ? resolve(o.cwd, o.out) : defaultOutDir(o.cwd, o.year);
  await mkdir(outDir, { recursive: true });
  const jsonFile = join(outDir, `挂钩方案-${o.year}.json`);
  const xlsxFile = join(outDir, `挂钩方案-${o.year}.xlsx`);
  await writeFileAtomic(jsonFile, json);
  await writePlanWorkbook(result, xlsxFile, { toolVersion: o.toolVersion });
  return { inputs, result, json, written: [xlsxFile, jsonFile] };
}
