// The fingerprint of a review workbook (docs/decisions.md "Review workbooks"). Decision:
// a hidden sheet (_landlink, veryHidden) stores the year, the city, and — for every row of every category sheet,
// header included — the value of each locked cell as written, plus one SHA-256 over all of it. Read-back compares
// every locked cell with its stored value, so a finding can name the cell, its value and the original value; the
// checksum tells when the fingerprint itself was edited. Values, not hashes, because "原为 X" helps the city fix
// it; very long texts (> 500 characters) are stored as their SHA-256. Sheet protection (no password) prevents
// accidents; the fingerprint catches what protection does not (unprotect, copy into another workbook, edits in
// other programs).
import { createHash } from 'node:crypto';

export const MANIFEST_FORMAT = 'landlink-review';
export const MANIFEST_VERSION = 1;
const LONG_TEXT = 500;

/** A stored cell value: the value itself (a formula's result), or {sha256} for a long text. */
export type StoredValue = string | number | null | { sha256: string };

export interface ManifestRow {
  sheet: string;
  row: number;
  /** '' for a header row. */
  projectId: string;
  values: StoredValue[];
}

export interface Manifest {
  year: number;
  cityCode: string;
  cityName: string;
  toolVersion: string;
  rows: ManifestRow[];
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A text in the fingerprint's form: itself, or its SHA-256 when long. */
export function storedText(text: string): StoredValue {
  return text.length > LONG_TEXT ? { sha256: sha256(text) } : text;
}

/** The stored form of a value read back from the returned workbook. */
export function storedValueOfRead(value: string | number | boolean | null | undefined): StoredValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return value;
  return storedText(value);
}

export function sameStoredValue(a: StoredValue, b: StoredValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'object' || typeof b === 'object') return typeof a === 'object' && typeof b === 'object' && a.sha256 === b.sha256;
  return a === b;
}

export function manifestChecksum(m: Manifest): string {
  return sha256(JSON.stringify([MANIFEST_FORMAT, MANIFEST_VERSION, m.year, m.cityCode, m.cityName, m.toolVersion, m.rows.map((r) => [r.sheet, r.row, r.projectId, r.values])]));
}

/** Fixed positions of the fingerprint sheet (1-based rows). */
export const manifestLayout = { formatRow: 1, yearRow: 2, cityCodeRow: 3, cityNameRow: 4, versionRow: 5, checksumRow: 6, headerRow: 7 } as const;

export type ManifestCell = string | number | boolean | null | undefined;

/** Parses the fingerprint sheet's rows (rows[r-1][c-1]); null when the sheet is not a landlink fingerprint. */
export function parseManifest(rows: readonly (readonly ManifestCell[])[]): { manifest: Manifest; checksum: string } | null {
  const at = (r: number, c: number): ManifestCell => rows[r - 1]?.[c - 1];
  const L = manifestLayout;
  if (at(L.formatRow, 1) !== MANIFEST_FORMAT || at(L.formatRow, 2) !== MANIFEST_VERSION) return null;
  const year = at(L.yearRow, 2);
  const cityCode = at(L.cityCodeRow, 2);
  const cityName = at(L.cityNameRow, 2);
  const toolVersion = at(L.versionRow, 2);
  const checksum = at(L.checksumRow, 2);
  if (typeof year !== 'number' || typeof cityCode !== 'string' || typeof cityName !== 'string' || typeof toolVersion !== 'string' || typeof checksum !== 'string') return null;
  const entries: ManifestRow[] = [];
  for (let r = L.headerRow + 1; r <= rows.length; r++) {
    const sheet = at(r, 1);
    if (sheet === undefined || sheet === null) continue;
    const row = at(r, 2);
    const projectId = at(r, 3) ?? '';
    const json = at(r, 4);
    if (typeof sheet !== 'string' || typeof row !== 'number' || typeof projectId !== 'string' || typeof json !== 'string') return null;
    let values: StoredValue[];
    try { values = JSON.parse(json) as StoredValue[]; } catch { return null; }
    if (!Array.isArray(values)) return null;
    entries.push({ sheet, row, projectId, values });
  }
  return { manifest: { year, cityCode, cityName, toolVersion, rows: entries }, checksum };
}
