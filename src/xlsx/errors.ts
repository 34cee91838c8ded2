// The errors of the xlsx module: one class, a `kind` to branch on, and the facts a caller needs to word its own
// message (the module raises no application messages of its own; landlink turns these into findings in
// src/ingest/xlsx.ts).

/** The limits a reader enforces before spending memory (see ReadLimits). */
export type LimitName = 'maxEntryBytes' | 'maxTotalBytes' | 'maxRatio' | 'maxRows';

export type XlsxErrorKind =
  /** An OLE2 compound file (a password-protected workbook or an old .xls), or an encrypted zip entry. */
  | 'encrypted'
  /** Plain text (e.g. a CSV renamed to .xlsx), not a workbook at all. */
  | 'not-xlsx'
  /** A damaged or incomplete package: `detail` says what (in Chinese, for the user). */
  | 'corrupt'
  /** A declared size, ratio or row count over a limit (a zip bomb, or a file larger than allowed). */
  | 'limit';

export class XlsxError extends Error {
  readonly kind: XlsxErrorKind;
  /** corrupt: what is wrong (Chinese, names the part when there is one). */
  readonly detail?: string;
  /** limit: which limit, and the figure that exceeded it. */
  readonly limit?: LimitName;
  readonly actual?: number;
  /** The worksheet concerned, when there is one. */
  readonly sheet?: string;

  constructor(kind: XlsxErrorKind, facts: { detail?: string; limit?: LimitName; actual?: number; sheet?: string } = {}) {
    super(kind === 'corrupt' ? `xlsx corrupt: ${facts.detail}` : kind === 'limit' ? `xlsx over limit ${facts.limit}: ${facts.actual}` : `xlsx ${kind}`);
    this.name = 'XlsxError';
    this.kind = kind;
    if (facts.detail !== undefined) this.detail = facts.detail;
    if (facts.limit !== undefined) this.limit = facts.limit;
    if (facts.actual !== undefined) this.actual = facts.actual;
    if (facts.sheet !== undefined) this.sheet = facts.sheet;
  }
}

export function corrupt(detail: string): XlsxError {
  return new XlsxError('corrupt', { detail });
}

export function overLimit(limit: LimitName, actual: number, sheet?: string): XlsxError {
  return new XlsxError('limit', { limit, actual, ...(sheet !== undefined ? { sheet } : {}) });
}
