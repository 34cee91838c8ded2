// XML text helpers for the SpreadsheetML writer.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/;

/** Escapes text for an XML text node or a double-quoted attribute. */
export function esc(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c]!) : text;
}

/** A `<t>` element, whitespace-preserving when the text has leading/trailing space or line breaks. */
export function textElement(text: string): string {
  const keep = /^\s|\s$|[\n\r\t]/.test(text);
  return keep ? `<t xml:space="preserve">${esc(text)}</t>` : `<t>${esc(text)}</t>`;
}

/** 'B3' → { row: 3, col: 1 } (0-based column). */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]), col };
}

/** 'A1:F1' → its corners (1-based rows, 0-based columns); a single cell is a range of one. */
export function parseRange(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b = a] = range.split(':') as [string, string?];
  const p = parseAddress(a);
  const q = parseAddress(b!);
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}
