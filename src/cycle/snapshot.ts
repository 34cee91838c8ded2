// The I/O half of `status`: what the year's folders hold, as a CycleSnapshot (status.ts decides from it).
// Never stops on a bad file: an unreadable or ambiguous input is recorded with its reason (status is the command
// an officer runs first, on a folder in any state).
import { join } from 'node:path';
import { InputError, messageOf } from '../findings/index.js';
import { readInputFile } from '../ingest/read.js';
import type { InputKind, LedgerRow, StartCheckRow } from '../domain/rows.js';
import { fileIn, isDirectory, listFolder, listedNames, type FolderListing } from './folder-files.js';
import { nextDataDirOf, optionalDataDir, outDirOf, planFileName, REVIEW_DIR } from './paths.js';
import { spotCheckFileName } from './sample-sheet.js';
import { startListFileName } from './start-list-sheet.js';
import type { CycleSnapshot, InputFacts } from './status.js';

export interface SnapshotOptions {
  year: number;
  cwd: string;
  data?: string;
  nextData?: string;
  out?: string;
}

function countBy<T>(rows: readonly T[], key: (r: T) => number | null, keep: (r: T) => boolean = () => true): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const k = key(r);
    if (k === null || !keep(r)) continue;
    out[String(k)] = (out[String(k)] ?? 0) + 1;
  }
  return out;
}

async function factsOf(listing: FolderListing, kinds: readonly InputKind[]): Promise<InputFacts[]> {
  const facts: InputFacts[] = [];
  for (const kind of kinds) {
    const files = listing.byKind.get(kind) ?? [];
    const first = files[0];
    if (!first) continue;
    if (files.length > 1) {
      facts.push({ kind, name: files.map((f) => f.name).join('、'), rows: null, error: '多个文件属于同一类，只能保留一个', mtimeMs: Math.max(...files.map((f) => f.mtimeMs)) });
      continue;
    }
    try {
      const { rows } = await readInputFile(first.path, kind);
      const f: InputFacts = { kind, name: first.name, rows: rows.length, mtimeMs: first.mtimeMs };
      if (kind === 'ledger' || kind === 'start-check') {
        const typed = rows as (LedgerRow | StartCheckRow)[];
        f.rowsByYear = countBy(typed, (r) => r.linkageYear);
        if (kind === 'start-check') f.filledByYear = countBy(rows as StartCheckRow[], (r) => r.linkageYear, (r) => r.result !== null);
      }
      facts.push(f);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      facts.push({ kind, name: first.name, rows: null, error: messageOf(e.finding), mtimeMs: first.mtimeMs });
    }
  }
  return facts;
}

const allKinds: readonly InputKind[] = ['supply', 'redevelopment', 'reclamation', 'evidence', 'inspection', 'start-check', 'ledger'];

export async function takeSnapshot(o: SnapshotOptions): Promise<CycleSnapshot> {
  const located = optionalDataDir(o.year, o.cwd, o.data);
  const dataDir = located?.dir ?? null;
  const nextDir = nextDataDirOf(o.cwd, o.year, dataDir, o.nextData);
  const outDir = outDirOf(o.cwd, o.year, o.out);
  const listing = dataDir ? listFolder(dataDir) : null;
  const reviewDir = join(outDir, REVIEW_DIR);
  return {
    year: o.year,
    dataDir,
    dataOrigin: located?.origin ?? null,
    data: listing ? await factsOf(listing, allKinds) : [],
    feedbackFiles: listing ? listing.feedback.map((f) => ({ name: f.name, mtimeMs: f.mtimeMs })) : [],
    nextDataDir: isDirectory(nextDir) ? nextDir : null,
    next: isDirectory(nextDir) ? await factsOf(listFolder(nextDir), ['ledger', 'start-check']) : [],
    outDir,
    reviewWorkbooks: isDirectory(reviewDir) ? listedNames(reviewDir).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.')).length : 0,
    spotCheck: fileIn(outDir, spotCheckFileName(o.year)),
    plan: fileIn(outDir, planFileName(o.year)),
    startList: fileIn(outDir, startListFileName(o.year)),
  };
}
