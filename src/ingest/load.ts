// A year's folder → YearInputs (docs/spec/inputs.md). Reads every input file of the folder in the kinds'
// order; the cities' returned workbooks (feedback) are left to ingest/feedback.ts. Inputs are never modified.
import { pushAll } from '../domain/push-all.js';
import type { Finding } from '../findings/index.js';
import { locateDataDir, scanFolder } from './folder.js';
import type { ReadLimits } from './limits.js';
import { readInputFile, type ReadFileResult } from './read.js';
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
  /** Kinds read by someone else (src/app/read-worker.ts: the ledger and a few others, in a worker thread): started as
   *  soon as the folder is scanned, and their rows taken at the kind's turn, given the kinds read before it (files are
   *  read in the kinds' order: the ledger after every kind that names a project). */
  readElsewhere?: { [K in InputKind]?: (path: string) => ElsewhereRead<K> };
}

/** A file being read elsewhere: its result once the kinds before it are known, or cancelled when the run stops first. */
export interface ElsewhereRead<K extends InputKind> {
  /** Told the rows of each file read before this one's turn, as soon as they are read: the ledger's reader starts
   *  picking the rows of the ids named so far (src/app/read-worker.ts). `result` then gets them all again. */
  readBefore?(kind: InputKind, rows: readonly RowByKind[InputKind][]): void;
  result(before: YearInputs): Promise<ReadFileResult<K>>;
  cancel(): void;
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
  const elsewhere = new Map<InputKind, ElsewhereRead<InputKind>>();
  for (const f of scan.files) {
    const start = opts.readElsewhere?.[f.kind] as ((path: string) => ElsewhereRead<InputKind>) | undefined;
    if (start) elsewhere.set(f.kind, start(f.path));
  }
  try {
    for (const f of scan.files) {
      const other = elsewhere.get(f.kind);
      elsewhere.delete(f.kind);
      const res = other ? await other.result(inputs) : await readInputFile(f.path, f.kind, opts.limits ? { limits: opts.limits } : {});
      pushAll(inputs[rowKey[f.kind]] as RowByKind[typeof f.kind][], res.rows);
      inputs.files.push(res.info);
      pushAll(findings, res.findings);
      for (const later of elsewhere.values()) later.readBefore?.(f.kind, res.rows);
      opts.onProgress?.({ kind: f.kind, file: f.name, rows: res.rows.length });
    }
  } finally {
    for (const other of elsewhere.values()) other.cancel();
  }
  return inputs;
}
