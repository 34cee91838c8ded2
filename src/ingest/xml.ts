// A small XML scanner for the parts of an .xlsx landlink reads (workbook, relationships, shared strings,
// one worksheet). Not a general XML parser: no DTDs, no CDATA (Excel and WPS never write them); comments
// and processing instructions are skipped; namespace prefixes are dropped from element names
// (`x:row` = `row`). A hand-written loop over indexOf, no regex per tag and no back-tracking: linear in the
// part's size (a 20,000-row sheet scans in well under half a second).

/** Walks the element tags of an XML text in order. */
export class XmlScanner {
  private pos = 0;
  /** Local name of the current tag. */
  name = '';
  closing = false;
  selfClosing = false;
  /** Offsets of the current tag's attribute text. */
  private attrStart = 0;
  private attrEnd = 0;
  /** Offsets of the current tag: `start` at '<', `end` just after '>'. */
  start = 0;
  end = 0;

  constructor(readonly xml: string) {}

  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0) return false;
      const c = xml.charCodeAt(lt + 1);
      if (c === 0x3f /* ? */ || c === 0x21 /* ! */) {
        const close = c === 0x21 && xml.startsWith('<!--', lt) ? xml.indexOf('-->', lt + 4) + 2 : xml.indexOf('>', lt + 2);
        if (close < 2) return false;
        this.pos = close + 1;
        continue;
      }
      let i = lt + 1;
      this.closing = c === 0x2f; // '/'
      if (this.closing) i++;
      let nameStart = i;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (ch === 0x3a /* : */) nameStart = i + 1;
        else if (ch === 0x20 || ch === 0x3e || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
      }
      this.name = xml.slice(nameStart, i);
      this.attrStart = i;
      // find the closing '>' outside quoted attribute values
      let quote = 0;
      for (; i < xml.length; i++) {
        const ch = xml.charCodeAt(i);
        if (quote) { if (ch === quote) quote = 0; }
        else if (ch === 0x22 || ch === 0x27) quote = ch;
        else if (ch === 0x3e) break;
      }
      if (i >= xml.length) return false;
      this.selfClosing = xml.charCodeAt(i - 1) === 0x2f;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.start = lt;
      this.end = i + 1;
      this.pos = i + 1;
      return true;
    }
  }

  /** The raw attribute text of the current tag. */
  get attrs(): string { return this.xml.slice(this.attrStart, this.attrEnd); }

  /** Each attribute of the current tag (qualified name, decoded value). */
  eachAttr(fn: (name: string, value: string) => void): void { eachAttribute(this.xml, this.attrStart, this.attrEnd, fn); }

  /** Attribute value (decoded) by exact qualified name, e.g. 'r', 't', 'r:id'. */
  attr(name: string): string | undefined {
    let found: string | undefined;
    eachAttribute(this.xml, this.attrStart, this.attrEnd, (n, v) => { if (found === undefined && n === name) found = v; });
    return found;
  }
}

/** Calls `fn` with each attribute (qualified name, decoded value) of xml[start, end). */
export function eachAttribute(xml: string, start: number, end: number, fn: (name: string, value: string) => void): void {
  let i = start;
  while (i < end) {
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < end && xml.charCodeAt(i) !== 0x3d /* = */ && !isSpace(xml.charCodeAt(i))) i++;
    const name = xml.slice(nameStart, i);
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3d) { i++; continue; }
    i++;
    while (i < end && isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) continue;
    const close = xml.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (close < 0 || close > end) return;
    if (name !== '') fn(name, decodeXmlText(xml.slice(i + 1, close)));
    i = close + 1;
  }
}

function isSpace(c: number): boolean { return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; }

export function attribute(raw: string, name: string): string | undefined {
  let found: string | undefined;
  eachAttribute(raw, 0, raw.length, (n, v) => { if (found === undefined && n === name) found = v; });
  return found;
}

/** All attributes of a tag, by qualified name (a Map: attribute names never become object keys). */
export function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  eachAttribute(raw, 0, raw.length, (n, v) => { if (!out.has(n)) out.set(n, v); });
  return out;
}

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
