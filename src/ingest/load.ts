// A year's folder → YearInputs (docs/spec/inputs.md). Reads every input file of the folder in the kinds'
// order; the cities' returned workbooks (feedback) are left to ingest/feedback.ts. Inputs are never modified.
import { pushAll } from '../domain/push-all.js';
import type { Finding } from '../findings/index.js';
import { locateDataDir, scanFolder } from './folder.js';
import type { ReadLimits } from './limits.js';
import { readInputFile } from './read.js';
import type { InputKind, RowByKind } from '../domain/rows.js';
import type { YearInputs } from './types.js';

export { readInputFile } from './read.js';
export type { ReadFileOptions, ReadFileResult } from './read.js';
export { locateDataDir, scanFolder, kindFromFileName } from './folder.js';
export { defaultReadLimits, parseLimitOverride, type ReadLimits } from './limits.js';

export interface LoadYearOptions {
  year: number;
  /** --data DIR */
  data?: string;
  cwd?: string;
  limits?: Partial<ReadLimits>;
  onProgress?: (e: { kind: string; file: string; rows: number }) => void;
  /** Per kind, which rows to keep (ReadFileOptions.retain), decided from the kinds read before it (the files are
   *  read in the kinds' order: the ledger after every kind that names a project). */
  retain?: { [K in InputKind]?: (before: YearInputs) => (row: RowByKind[K]) => boolean };
}

const rowKey = {
  supply: 'supply', redevelopment: 'redevelopment', reclamation: 'reclamation', evidence: 'evidence',
  inspection: 'inspection', 'start-check': 'startCheck', ledger: 'ledger', carried: 'carried',
} as const satisfies Record<InputKind, keyof YearInputs>;

export async function loadYear(opts: LoadYearOptions): Promise<YearInputs> {
  const { dir, origin } = locateDataDir(opts.year, opts.data, opts.cwd);
  const scan = scanFolder(dir);
  const findings: Finding[] = [...scan.findings];
  const inputs: YearInputs = {
    year: opts.year, dataDir: dir, dataOrigin: origin, files: [],
    supply: [], redevelopment: [], reclamation: [], evidence: [], inspection: [], startCheck: [], ledger: [], carried: [],
    feedback: [], findings,
    ...(scan.feedbackDir !== undefined ? { feedbackDir: scan.feedbackDir } : {}),
  };
  for (const f of scan.files) {
    const retain = opts.retain?.[f.kind]?.(inputs) as ((row: RowByKind[typeof f.kind]) => boolean) | undefined;
    const res = await readInputFile(f.path, f.kind, { ...(opts.limits ? { limits: opts.limits } : {}), ...(retain ? { retain } : {}) });
    pushAll(inputs[rowKey[f.kind]] as RowByKind[typeof f.kind][], res.rows);
    inputs.files.push(res.info);
    pushAll(findings, res.findings);
    opts.onProgress?.({ kind: f.kind, file: f.name, rows: res.rows.length });
  }
  return inputs;
}
