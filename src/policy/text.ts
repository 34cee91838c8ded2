// Text comparison used by the rules: locations (domain.md 决定 5b "after normalising spaces, punctuation and
// full-width characters"), stated types and uses. NFKC folds full-width forms (（）１Ａ → ()1A); then every
// space, punctuation mark and symbol goes, and Latin letters are upper-cased.
export function normaliseText(text: string): string {
  // Most texts are CJK ideographs, ASCII digits and capitals only, which NFKC, the removal and upper-casing all leave as
  // they are: those are returned at once (BENCHMARKS.md: this ran on every project and every document).
  if (UNCHANGED.test(text)) return text;
  return text.normalize('NFKC').replace(/[\p{P}\p{S}\p{Z}\p{Cc}\p{Cf}\s]/gu, '').toUpperCase();
}

/** Texts normaliseText leaves as they are: CJK unified ideographs (not the compatibility ones), 0–9, A–Z. */
const UNCHANGED = /^[\u4e00-\u9fff0-9A-Z]*$/;

/** Two locations are the same when their normalised texts are equal (domain.md 决定 5b). */
export function sameLocation(a: string, b: string): boolean {
  // Equal texts normalise equally: most documents copy the project's 坐落 as it is (BENCHMARKS.md: skips two NFKC passes).
  return a === b || normaliseText(a) === normaliseText(b);
}

const normalisedTerms = new WeakMap<readonly string[], string[]>();

/** The first of `terms` that the normalised `text` contains, or null. */
export function containsAny(text: string, terms: readonly string[]): string | null {
  return containsAnyNormalised(normaliseText(text), terms);
}

/** containsAny for a text already normalised (normaliseText): one normalisation less per call. */
export function containsAnyNormalised(t: string, terms: readonly string[]): string | null {
  let normalised = normalisedTerms.get(terms);
  if (!normalised) { normalised = terms.map(normaliseText); normalisedTerms.set(terms, normalised); }
  for (let i = 0; i < terms.length; i++) {
    const n = normalised[i]!;
    if (n !== '' && t.includes(n)) return terms[i]!;
  }
  return null;
}

/** Code-point order: deterministic everywhere (no locale, no ICU version). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
