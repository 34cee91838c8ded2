// Where the cycle's files live (docs/yearly-cycle.md): the year's data folder data/<Y>, the next year's folder
// data/<Y+1> (it holds the ledger with year-Y ids and the December check of year-Y projects), the outputs out/<Y>.
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../findings/index.js';
import { locateDataDir, type DataOrigin } from '../ingest/folder.js';

/** `--out DIR`, else <cwd>/out/<year> (outputs.md common options). */
export function outDirOf(cwd: string, year: number, out?: string): string {
  return out !== undefined ? resolve(cwd, out) : join(cwd, 'out', String(year));
}

/**
 * The next year's data folder: `--next-data DIR`; else, when the year's folder is named after its year
 * (data/2024, samples/2024), its sibling of year+1 (data/2025); else <cwd>/data/<year+1>.
 */
export function nextDataDirOf(cwd: string, year: number, dataDir: string | null, nextData?: string): string {
  if (nextData !== undefined) return resolve(cwd, nextData);
  if (dataDir !== null && basename(dataDir) === String(year)) return join(dirname(dataDir), String(year + 1));
  return join(cwd, 'data', String(year + 1));
}

export const planFileName = (year: number): string => `挂钩方案-${year}.xlsx`;
export const REVIEW_DIR = 'review';
/** The ledger file `ledger add` creates when the next year's folder has none (UTF-8 CSV with BOM). */
export const NEW_LEDGER_NAME = '已挂钩台账.csv';

/** A path as shown to the user: relative to the working folder when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The year's folder as the other commands find it; without --data a missing folder is no error here. */
export function optionalDataDir(year: number, cwd: string, data?: string): { dir: string; origin: DataOrigin } | null {
  if (data !== undefined) return locateDataDir(year, data, cwd);
  try {
    return locateDataDir(year, undefined, cwd);
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}
