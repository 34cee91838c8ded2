// Text normalisation for the readers (inputs.md "Reading rules": "Header names are matched after
// normalisation: trim, full-width → half-width (`（公顷）` = `(公顷)`), spaces and quotes removed";
// "Enumerated values are matched after the same normalisation, with the aliases").
//
// Placeholders meaning "empty" (inputs.md: "placeholders (`Nah`, `1900-01-01`, `1901年01月02日`, a lone
// space) mean empty"), decided here and in docs/decisions.md:
//   - blank: '' or only white space (any kind: U+3000, NBSP, zero-width characters);
//   - `Nah` in any case (the national-site scrapes' marker for "none");
//   - a lone dash or slash: `-` `--` `/` `\` `—` `——` `–` (what Chinese forms write for "not applicable";
//     after NFKC `－` is `-`). A number column holding `-` is therefore empty, not 0;
//   - in date columns only: 1900-01-01 and 1901-01-02 in any date format, and Excel serials 0 and 1
//     (see dates.ts).
// NOT placeholders: `无` (in a yes/no column it means 否, vocabulary.ts; elsewhere it is kept as text),
// `NaN` (usually a failed computation: in a number, date or enum column it is refused with a finding,
// since guessing "empty" could let a default area be credited; in a free-text column it is kept),
// `0`, `NULL`, `None` (kept as written; they fail any typed column with a finding).
import type { Vocabulary } from '../domain/vocabulary.js';

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const MINUS = /\u2212/g;
/** White space and every kind of quote mark (ASCII, typographic, CJK corner brackets). */
const SPACES_AND_QUOTES = /[\s"'`\u00AB\u00BB\u2018-\u201F\u2039\u203A\u300C-\u300F\u301D-\u301F\uFF02\uFF07]/g;

const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/**
 * Whether NFKC, the minus and invisible-character rules leave `text` unchanged, and trimming can only remove ASCII
 * spaces (BENCHMARKS.md: NFKC per cell was ≈ 1 s of the 10× supply read): every character is printable ASCII, a CJK
 * ideograph or a common CJK/typographic punctuation mark — characters without compatibility decompositions that
 * never compose with each other (tests/ingest/normalize.test.ts checks each of them, and the result against the
 * slow path on random text).
 */
export function isNfkcStableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c >= 0x4e00 ? c <= 0x9fff : c >= 0x3400 ? c <= 0x4dbf : isStablePunctuation(c)) continue;
    return false;
  }
  return true;
}

/** 、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛 ‘’“” — · */
function isStablePunctuation(c: number): boolean {
  return (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301b)
    || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d) || c === 0x2014 || c === 0x00b7;
}

/** NFKC (full-width → half-width), U+2212 minus → '-', invisible characters removed, trimmed. Text that all of
 *  this leaves alone is only trimmed; other text is memoised: exports repeat the same values (regions,
 *  enumerations) thousands of times. */
export function normalizeText(text: string): string {
  if (isNfkcStableText(text)) return text.trim();
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  let s = text.normalize('NFKC');
  if (s.includes('\u2212')) s = s.replace(MINUS, '-');
  s = s.replace(INVISIBLE, '').trim();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, s);
  return s;
}

/** Whether stable text has nothing a key removes or changes: no space, no quote mark, no capital letter. */
function isOwnKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x27 ? c === 0x20 || c === 0x22 || c === 0x27 : c === 0x60 || (c >= 0x41 && c <= 0x5a) || (c >= 0x2018 && c <= 0x201f) || (c >= 0x300c && c <= 0x300f)) return false;
  }
  return true;
}

/** The matching key of a header or an enumerated value: normalised, all spaces and quotes removed, lower case. */
const keyMemo = new Map<string, string>();

export function textKey(text: string): string {
  if (isNfkcStableText(text)) return isOwnKey(text) ? text : text.replace(SPACES_AND_QUOTES, '').toLowerCase();
  const hit = keyMemo.get(text);
  if (hit !== undefined) return hit;
  const key = normalizeText(text).replace(SPACES_AND_QUOTES, '').toLowerCase();
  if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
  keyMemo.set(text, key);
  return key;
}

const PLACEHOLDERS = new Set(['nah', '-', '--', '---', '/', '//', '\\', '—', '——', '–', '――', '―']);

/** True when a cell's text means "empty" in any column (see the list at the top of this file). */
export function isPlaceholderText(text: string): boolean {
  const t = text.trim();
  if (t.length > 8) return false;
  // A text led by an ASCII digit or a CJK ideograph keeps it first through the normalisation (BENCHMARKS.md: numbers,
  // ids and names are most cells), and no placeholder starts with one.
  const c = t.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  const s = normalizeText(t);
  return s === '' || PLACEHOLDERS.has(s.toLowerCase());
}

/** Excel's error values as they appear in CSV exports or text cells. */
const EXCEL_ERRORS = new Set(['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);
export function isExcelErrorText(text: string): boolean {
  const t = text.trim();
  if (t.length > 14 || (t[0] !== '#' && t[0] !== '\uFF03')) return false;
  return EXCEL_ERRORS.has(normalizeText(t).toUpperCase());
}

const vocabularyIndex = new WeakMap<object, Map<string, string>>();

/** The key → id index of a vocabulary (labels and aliases), built once per vocabulary. */
export function vocabularyKeys<Id extends string>(vocabulary: Vocabulary<Id>): Map<string, Id> {
  let index = vocabularyIndex.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const term of vocabulary) {
      for (const name of [term.label, ...term.aliases]) {
        const key = textKey(name);
        if (!index.has(key)) index.set(key, term.id);
      }
    }
    vocabularyIndex.set(vocabulary, index);
  }
  return index as Map<string, Id>;
}

/** Matches a cell's text against a vocabulary of src/domain/vocabulary.ts; null when it is not one of its terms. */
export function matchTerm<Id extends string>(vocabulary: Vocabulary<Id>, text: string): Id | null {
  return vocabularyKeys(vocabulary).get(textKey(text)) ?? null;
}

/** The accepted values of a vocabulary for a finding's `expected`: the canonical labels. */
export function termLabels(vocabulary: Vocabulary<string>): string {
  return vocabulary.map((t) => t.label).join(' / ');
}
