// Cell → calendar date 'YYYY-MM-DD' (inputs.md: "dates may be Excel serials, `2025-03-31`, `2025/3/31`,
// `2025.3.31`, `2025年3月31日`, or `20250331`"; real exports also write `2007/9/7 0:00:00`).
//
// - Excel serials (a number in a date column is a serial: the reader gives the number, not a date): the 1900 system counts days
//   from 1899-12-30 and is valid from 61 (1900-03-01); 60 is Excel's non-existent 1900-02-29 and 2–59 are
//   refused too (no real record dates from early 1900). The 1904 system (workbook flag) counts from
//   1904-01-01. A time fraction is dropped.
// - Serials 0 and 1 and the dates 1900-01-01 and 1901-01-02 are placeholders meaning "no date" (inputs.md).
// - An 8-digit number 19000101–99991231 is read as YYYYMMDD, not as a serial (that serial would be > 9999).
// - Text of 5 digits (10000–99999, i.e. 1927–2173) is an Excel serial saved as text; a 4-digit year alone
//   is refused, never read as a serial.
// - A time of day after the date (`2007/9/1 15:54:21`, ISO `T…Z`) is dropped: only the date matters.
// - Month/day-first forms (`03/31/2025`) are ambiguous and refused.
// - Every date is validated by round-tripping through Date.UTC (2025-02-30 is refused).
import type { IsoDate } from '../domain/rows.js';
import { type Cell } from './table.js';
import { normalizeText } from './normalize.js';

export type DateResult = { ok: true; value: IsoDate | null } | { ok: false };

/**
 * What the parsers below return: the date, 'placeholder' for the "no date" markers, null when it is no date.
 * IsoDate is a plain string, so 'placeholder' adds nothing to the type; it is written for the reader — an IsoDate
 * is always 'YYYY-MM-DD' and never equals 'placeholder'.
 */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- documentation of the marker, see above
type ParsedDate = IsoDate | 'placeholder' | null;

export const dateExpected = '2025-03-31、2025/3/31、2025.3.31、2025年3月31日、20250331 或 Excel 日期';

/** Epochs in days since 1970-01-01. */
const EPOCH_1900 = -25_569; // 1899-12-30
const EPOCH_1904 = -24_107; // 1904-01-01
const MAX_SERIAL_1900 = 2_958_465; // 9999-12-31

/** Dates that mean "none" in real exports (inputs.md placeholders). */
export const placeholderDates: ReadonlySet<string> = new Set(['1900-01-01', '1901-01-02']);

/** A calendar date from its parts, or null when it does not exist (round-trip check). */
export function isoFromParts(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1900 || y > 9999) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 → 'YYYY-MM-DD' (integer civil-from-days, H. Hinnant; no Date objects in the hot path). */
function isoFromEpochDays(z0: number): IsoDate {
  const z = z0 + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** An Excel serial → date; 'placeholder' for serials 0 and 1 (1900 system); null when invalid. */
export function excelSerialToIso(serial: number, date1904: boolean): ParsedDate {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const day = Math.floor(serial);
  if (date1904) {
    if (day > MAX_SERIAL_1900 - 1462) return null;
    return isoFromEpochDays(EPOCH_1904 + day);
  }
  if (day === 0 || day === 1) return 'placeholder';
  if (day < 61 || day > MAX_SERIAL_1900) return null;
  return isoFromEpochDays(EPOCH_1900 + day);
}

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})` + TIME + '$');
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?` + TIME + '$');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

function validTime(h?: string, min?: string, sec?: string): boolean {
  if (h === undefined) return true;
  return Number(h) <= 23 && Number(min) <= 59 && (sec === undefined || Number(sec) <= 59);
}

/** Parses date text; 'placeholder' for the "no date" markers; null when it is no date. */
export function parseDateText(text: string, date1904 = false): ParsedDate {
  const s = normalizeText(text);
  let iso: IsoDate | null = null;
  let m = SEPARATED.exec(s);
  if (m) iso = validTime(m[5], m[6], m[7]) ? isoFromParts(Number(m[1]), Number(m[3]), Number(m[4])) : null;
  else if ((m = CHINESE.exec(s))) iso = validTime(m[4], m[5], m[6]) ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  else if ((m = COMPACT.exec(s))) iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  else if (SERIAL_TEXT.test(s) && Number(s) >= 10000) return excelSerialToIso(Number(s), date1904);
  if (iso !== null && placeholderDates.has(iso)) return 'placeholder';
  return iso;
}

/** A date cell: a number is an Excel serial (or YYYYMMDD), text is parsed. */
export function parseDateCell(cell: Cell, date1904: boolean): DateResult {
  let r: ParsedDate = null;
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 99991231) {
      r = isoFromParts(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100);
      if (r !== null && placeholderDates.has(r)) r = 'placeholder';
    } else {
      r = excelSerialToIso(cell, date1904);
      if (r !== null && r !== 'placeholder' && placeholderDates.has(r)) r = 'placeholder';
    }
  } else if (typeof cell === 'string') {
    r = parseDateText(cell, date1904);
  }
  if (r === 'placeholder') return { ok: true, value: null };
  return r === null ? { ok: false } : { ok: true, value: r };
}
