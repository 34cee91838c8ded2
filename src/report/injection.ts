// Formula injection (OWASP "CSV injection"; docs/bad-input.md): text from inputs that starts with
// = + - @, a tab, CR or LF, or the full-width ＝＋－＠, must never become a formula in a file landlink writes.
// In xlsx every text is written as a string cell (xlsx/write-sheet.ts never turns a string into a formula; tested);
// in CSV such text is prefixed with an apostrophe, as spreadsheet programs expect.

const TRIGGER = /^[=+\-@\t\r\n＝＋－＠]/u;

/** True when a spreadsheet program could read the text as a formula (or DDE payload). */
export function looksLikeFormula(text: string): boolean {
  return TRIGGER.test(text);
}

/** A text cell for CSV output: neutralised with a leading apostrophe when it looks like a formula. */
export function csvSafeText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
