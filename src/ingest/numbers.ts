// Cell → exact number (inputs.md "Numbers may carry thousands separators or full-width digits (`１２３.５`)";
// domain.md Decisions 2: no binary floating point).
//
// Accepted: a real number of an xlsx cell (via Exact.fromCellNumber: the shortest decimal that round-trips,
// what Excel shows), and text such as `1234.5`, `1,234.5`, `１２３，４５６．７８`, `-0.5`, `+3`, `.5`.
// Refused (→ a finding, never a guess):
//   - scientific notation written as text (`1e5`, `1.2E+3`): no person types it; it comes from a broken
//     conversion (a long id or area turned into a float), so the digits may already be lost. Real xlsx
//     numbers stored by Excel in scientific form are numbers, not text, and are accepted;
//   - `NaN`, `Infinity`, hexadecimal, percentages, units written in the cell (`12.5亩`), inner spaces;
//   - thousands separators in the wrong places (`1,23`: a European decimal comma is not guessed);
//   - circled, superscript or other "compatibility" digits (`①`, `²`): NFKC would silently make them digits,
//     so numbers are mapped character by character instead of through NFKC.
import { Exact } from '../domain/exact.js';
import { type Cell, isCellError } from './table.js';

export type NumberResult =
  | { ok: true; value: Exact }
  | { ok: false; reason: 'scientific' | 'not-a-number' | 'too-large' };

/** Excel keeps 15 significant digits, so a number of 10^15 or more cannot have come from a spreadsheet exactly —
 *  and no area, plot ratio or quota is anywhere near it. Refusing it here keeps every later figure within what a
 *  workbook cell can hold (a binary double), so no output is ever half written over an absurd cell. */
const TOO_LARGE = Exact.of(10n ** 15n);

/** What a number cell past TOO_LARGE should have been, for a finding's `expected`. */
export const numberTooLargeExpected = '绝对值小于 10^15 的数（Excel 只保留 15 位有效数字，这个数不可能来自表格）';

function bounded(value: Exact): NumberResult {
  const magnitude = value.isNegative() ? value.neg() : value;
  return magnitude.gte(TOO_LARGE) ? { ok: false, reason: 'too-large' } : { ok: true, value };
}

/** What a number cell may look like, for a finding's `expected`. */
export const numberExpected = '数字，如 1234.5、1,234.5 或 １２３４．５（不接受科学计数法、单位或百分号）';

const PLAIN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^[+-]?\.\d+$/;
const SCIENTIFIC = /^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;

/** Maps full-width digits/signs/separators to ASCII; returns null when another character outside a number appears. */
function asciiNumberText(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);     // ０-９
    else if (c === 0xff0c) out += ',';                                               // ，
    else if (c === 0xff0e) out += '.';                                               // ．
    else if (c === 0xff0b) out += '+';                                               // ＋
    else if (c === 0xff0d || c === 0x2212 || c === 0x2010 || c === 0x2011) out += '-'; // －, −, ‐
    else if (c === 0xff45 || c === 0xff25) out += 'e';                                // ｅ Ｅ (to recognise scientific text)
    else out += ch;
  }
  return out;
}

/** Whether `text` is ASCII digits with at most one '.' and at least one digit (`12`, `6.5174`, `12.`, `.5`): what most
 *  number cells hold. Trimming and the full-width mapping leave such text unchanged, it has no separator and PLAIN
 *  accepts it, so parseNumberText goes straight to the parse (BENCHMARKS.md "Reading CPU at 1×"). */
export function isAsciiDecimal(text: string): boolean {
  let digits = 0, dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x2e && dots === 0) dots++;
    else return false;
  }
  return digits > 0;
}

export function parseNumberText(text: string): NumberResult {
  if (isAsciiDecimal(text)) return bounded(Exact.parseDecimal(text));
  const s = asciiNumberText(text.trim());
  if (PLAIN.test(s)) return bounded(Exact.parseDecimal(s.replace(/,/g, '')));
  if (SCIENTIFIC.test(s)) return { ok: false, reason: 'scientific' };
  return { ok: false, reason: 'not-a-number' };
}

export function parseNumberCell(cell: Cell): NumberResult {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? bounded(Exact.fromCellNumber(cell)) : { ok: false, reason: 'not-a-number' };
  }
  if (typeof cell === 'string') return parseNumberText(cell);
  if (cell === null || typeof cell === 'boolean' || isCellError(cell)) return { ok: false, reason: 'not-a-number' };
  return { ok: false, reason: 'not-a-number' };
}
