// A year's folder → YearInputs (docs/spec/inputs.md). Reads every input file of the folder in the kinds'
// order; the cities' returned workbooks (feedback) are left to ingest/feedback.ts. Inputs are never modified.
import { pushAll } from '../domain/push-all.js';
import type { Finding } from '../findings/index.js';
import { locateDataDir, scanFolder } from './folder.js';
import type { ReadLimits } from './limits.js';
import { readInputFile, type ReadFileResult } from './read.js';
import type { InputKind, RowByKind } from '../domain/rows.js';
import type { YearInputs } from './types.js';
import { PackedRows, type PackedLayout } from '../domain/packed-rows.js';
import type { EvidenceRow } from '../domain/rows.js';

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
  /** Work for this thread while it waits for the last file read elsewhere (the reading worker's ledger, its longest
   *  read: src/app/read-worker.ts): called once, after that file's result is asked for, with the inputs so far and
   *  the kinds of the files not yet read (that one included). Work that needs only the kinds before it is done here
   *  instead of after reading (src/app/compute.ts: the indicators). */
  whileWaiting?: (before: YearInputs, unread: ReadonlySet<InputKind>) => void;
  /** Called before each file this thread reads (src/app/load-and-compute.ts: a collection of the garbage of the files
   *  read so far when the heap is large, BENCHMARKS.md "The 10× peak, fourth pass"). */
  beforeFile?: (kind: InputKind) => void;
  /** Called between the pieces of a large text file this thread reads (ReadFileOptions.betweenPieces). */
  betweenPieces?: () => void;
  /** ReadFileOptions.pieces for the files this thread reads (tests: small files in pieces). */
  pieces?: { from: number; bytes: number };
}

/** A file being read elsewhere: its result once the kinds before it are known, or cancelled when the run stops first. */
export interface ElsewhereRead<K extends InputKind> {
  /** Told the rows of each file read before this one's turn, as soon as they are read: the ledger's reader starts
   *  picking the rows of the ids named so far (src/app/read-worker.ts). `result` then gets them all again. The
   *  evidence, kept packed (evidenceLayout), is told with no rows: no id of it is looked up in the ledger. */
  readBefore?(kind: InputKind, rows: readonly RowByKind[InputKind][]): void;
  result(before: YearInputs): Promise<ReadFileResult<K>>;
  cancel(): void;
}

/**
 * The evidence (材料清单) is kept column by column (src/domain/packed-rows.ts): about three rows per linkage candidate,
 * read by one stage only (src/pipeline/evidence.ts), ≈ 200 bytes a row as objects and ≈ 60 as columns (BENCHMARKS.md
 * "The 10× peak, fourth pass"). The fields in the order its rows have them (src/ingest/rows/build.ts); the project id
 * shared, each id kept once for its three or so rows (the evidence stage groups the rows by it).
 */
export const evidenceLayout: PackedLayout<EvidenceRow> = {
  projectId: 'shared', documentType: 'shared', stamped: 'shared', statedLocation: 'each', statedAreaHa: 'each', statedType: 'shared',
};

const rowKey = {
  supply: 'supply', redevelopment: 'redevelopment', reclamation: 'reclamation', evidence: 'evidence',
  inspection: 'inspection', 'start-check': 'startCheck', ledger: 'ledger', carried: 'carried',
} as const satisfies Record<InputKind, keyof YearInputs>;

export async function loadYear(opts: LoadYearOptions): Promise<YearInputs> {
  const { dir, origin } = locateDataDir(opts.year, opts.data, opts.cwd);
  const scan = scanFolder(dir);
  const findings: Finding[] = [...scan.findings];
  const evidence = new PackedRows(evidenceLayout);
  const inputs: YearInputs = {
    year: opts.year, dataDir: dir, dataOrigin: origin, files: [],
    supply: [], redevelopment: [], reclamation: [], evidence, inspection: [], startCheck: [], ledger: [], carried: [],
    feedback: [], findings,
    ...(scan.feedbackDir !== undefined ? { feedbackDir: scan.feedbackDir } : {}),
  };
  const elsewhere = new Map<InputKind, ElsewhereRead<InputKind>>();
  for (const f of scan.files) {
    const start = opts.readElsewhere?.[f.kind] as ((path: string) => ElsewhereRead<InputKind>) | undefined;
    if (start) elsewhere.set(f.kind, start(f.path));
  }
  try {
    for (const [i, f] of scan.files.entries()) {
      const other = elsewhere.get(f.kind);
      elsewhere.delete(f.kind);
      const packed = f.kind === 'evidence' && !other;
      if (!other) opts.beforeFile?.(f.kind);
      const before = evidence.length;
      const res = other
        ? await resultWhileWaiting(other, inputs, elsewhere.size === 0 ? opts.whileWaiting : undefined, () => new Set(scan.files.slice(i).map((u) => u.kind)))
        : await readInputFile(f.path, f.kind, {
          ...(opts.limits ? { limits: opts.limits } : {}), ...(opts.betweenPieces ? { betweenPieces: opts.betweenPieces } : {}),
          ...(opts.pieces ? { pieces: opts.pieces } : {}),
          ...(packed ? { retain: (row: RowByKind[typeof f.kind]) => { evidence.add(row as EvidenceRow); return false; } } : {}),
        });
      if (f.kind === 'evidence') for (const row of res.rows as EvidenceRow[]) evidence.add(row);
      else pushAll(inputs[rowKey[f.kind]] as RowByKind[typeof f.kind][], res.rows);
      inputs.files.push(res.info);
      pushAll(findings, res.findings);
      for (const later of elsewhere.values()) later.readBefore?.(f.kind, res.rows);
      opts.onProgress?.({ kind: f.kind, file: f.name, rows: f.kind === 'evidence' ? evidence.length - before : res.rows.length });
    }
  } finally {
    for (const other of elsewhere.values()) other.cancel();
  }
  return inputs;
}

/** The file's result, asked for before `work` runs (so that the reader works meanwhile), awaited after it. */
async function resultWhileWaiting<K extends InputKind>(
  read: ElsewhereRead<K>, before: YearInputs, work: LoadYearOptions['whileWaiting'], unread: () => ReadonlySet<InputKind>,
): Promise<ReadFileResult<K>> {
  const pending = read.result(before);
  if (work !== undefined) {
    try {
      work(before, unread());
    } catch (e) {
      pending.catch(() => undefined);
      throw e;
    }
  }
  return pending;
}
