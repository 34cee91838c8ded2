// Read limits: what the readers refuse before spending memory (docs/bad-input.md "读取限制 / Read limits":
// a 700 KB file that inflates to 700 MB would kill the read, so the entries are listed with yauzl before parsing
// and absurd sizes or ratios are refused). Every limit has a documented default and can be raised by the caller
// (`loadYear({ limits })`, on the command line `--read-limit name=value`).
import { InputError, finding } from '../findings/index.js';

export interface ReadLimits {
  /** Largest input file on disk, in bytes. */
  maxFileBytes: number;
  /** Largest single xlsx part (sheet, shared strings …) once inflated, in bytes. */
  maxEntryBytes: number;
  /** Largest sum of the inflated sizes of all XML parts of one xlsx, in bytes. */
  maxTotalBytes: number;
  /** Largest inflated : compressed ratio of an xlsx part larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Parts smaller than this (inflated) are never refused for their ratio: tiny parts compress wildly. */
  ratioFloorBytes: number;
  /** Most rows in one sheet or CSV file. */
  maxRows: number;
}

const MiB = 1024 * 1024;

/**
 * Defaults. A province-wide yearly supply export is ~10–20k rows (a 20k-row sheet inflates to ~15 MB, ratio
 * ~10–30); Excel itself stops at 1,048,576 rows. Real spreadsheet XML stays well under a ratio of 100 : 1,
 * while a block of zeros deflates about 1,000 : 1.
 */
export const defaultReadLimits: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 256 * MiB,
  maxEntryBytes: 256 * MiB,
  maxTotalBytes: 512 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 4 * MiB,
  maxRows: 500_000,
});

/** Chinese names of the limits, for messages. */
export const limitLabels: Record<keyof ReadLimits, string> = {
  maxFileBytes: '单个文件大小（字节）',
  maxEntryBytes: 'xlsx 单个部件解压后大小（字节）',
  maxTotalBytes: 'xlsx 全部部件解压后总大小（字节）',
  maxRatio: 'xlsx 部件压缩比',
  ratioFloorBytes: '检查压缩比的最小部件大小（字节）',
  maxRows: '单个工作表/CSV 的行数',
};

export function resolveLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  const out: ReadLimits = { ...defaultReadLimits };
  for (const key of Object.keys(defaultReadLimits) as (keyof ReadLimits)[]) {
    const v = overrides[key];
    if (v !== undefined) {
      if (!Number.isFinite(v) || v <= 0) throw new RangeError(`read limit ${key} must be a positive number, got ${v}`);
      out[key] = v;
    }
  }
  return out;
}

/** Parses `name=value` overrides (the CLI's `--read-limit`); unknown names or bad values → InputError. */
export function parseLimitOverride(text: string): Partial<ReadLimits> {
  const m = /^\s*(\w+)\s*=\s*(\d+)\s*$/.exec(text);
  const key = m?.[1] as keyof ReadLimits | undefined;
  if (!m || !key || !Object.hasOwn(defaultReadLimits, key) || Number(m[2]) <= 0) {
    throw new InputError(finding('read-limit-invalid', { value: text, expected: Object.keys(defaultReadLimits).map((k) => `${k}=<正整数>`).join('、') }));
  }
  return { [key]: Number(m[2]) };
}

/** The InputError for a file over a limit: names the limit, the actual figure and how to raise it. */
export function limitExceeded(file: string, limit: keyof ReadLimits, actual: number, limits: ReadLimits, sheet?: string): InputError {
  return new InputError(finding('file-limit-exceeded', { file, ...(sheet ? { sheet } : {}), value: String(actual), expected: String(limits[limit]) }, {
    params: { limit, label: limitLabels[limit] },
  }));
}
