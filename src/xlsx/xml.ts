// XML text in both directions, for the parts of a workbook: decoding what a reader keeps (entities, OOXML
// `_xHHHH_` escapes) and escaping what the writer emits. The tags themselves are
// walked by one tokenizer over bytes (xml-bytes.ts) — not a general XML parser: no DTDs, no CDATA (Excel and
// WPS never write them).

const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number, whole: string): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
}

/** XML character and entity references → characters. */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    hex !== undefined ? codePoint(parseInt(hex, 16), whole) : dec !== undefined ? codePoint(parseInt(dec, 10), whole) : NAMED[named!]!);
}

const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Text of an OOXML string (ST_Xstring): XML entities, then `_xHHHH_` escapes (`_x000D_` = CR; `_x005F_` = '_'). */
export function decodeOoxmlText(s: string): string {
  const t = decodeXmlText(s);
  if (!t.includes('_x')) return t;
  return t.replace(OOXML_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const SPECIAL = /[&<>"']/g;
const HAS_SPECIAL = /[&<>"']/;

/** Escapes text for an XML text node or a double-quoted attribute. */
export function esc(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c]!) : text;
}

/** Text as an OOXML string holds it: a literal `_xHHHH_` would be read back as the character HHHH, so its
 *  underscore is itself escaped (`_x005F_`), as Excel does — `项目_x0041_名称` stays `项目_x0041_名称`. */
export function ooxmlText(text: string): string {
  return text.includes('_x') ? text.replace(OOXML_ESCAPE, '_x005F_x$1_') : text;
}

/** Whether code unit `c` is white space as a regular expression's `\s` matches it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a text needs `xml:space="preserve"`: white space (`\s`) at either end, or a tab or line break inside.
 * Char codes, not a pattern: this runs for every text of the shared string table (600,000 at 10×).
 */
export function keepsSpace(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1)) || text.includes('\n') || text.includes('\r') || text.includes('\t');
}

/** A `<t>` element, whitespace-preserving when the text has leading/trailing space or line breaks. */
export function textElement(text: string): string {
  const keep = keepsSpace(text);
  const body = esc(ooxmlText(text));
  return keep ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}
