// `landlink validate <year>`: read and check every input of the year (the returned city workbooks included) and
// run the pipeline for its findings; writes nothing.
import { loadAndCompute, type YearOptions } from './load-and-compute.js';
import type { YearInputs } from '../ingest/types.js';
import type { ComputeResult } from '../pipeline/types.js';

export interface ValidateRun {
  inputs: YearInputs;
  result: ComputeResult;
}

export function runValidate(o: YearOptions): Promise<ValidateRun> {
  return loadAndCompute({ ...o, withFeedback: true });
}
