// The package parts of an .xlsx around the sheet data: relationships, the workbook (sheet names, rIds,
// the 1904 date flag) and the shared strings (rich-text runs concatenated, phonetic runs ignored).
import { corrupt } from './errors.js';
import { XmlByteTokenizer, asciiBytes } from './xml-bytes.js';
import { decodeOoxmlText } from './xml.js';

export function resolvePart(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir ? baseDir.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

const N_RELATIONSHIP = asciiBytes('Relationship'), N_WORKBOOKPR = asciiBytes('workbookPr'), N_SHEET = asciiBytes('sheet');

/** Each attribute of the current tag (qualified name, decoded value), in order. */
function eachAttr(t: XmlByteTokenizer, fn: (name: string, value: string) => void): void {
  for (let more = t.nextAttr(true); more; more = t.nextAttr(false)) {
    fn(t.buf.toString('utf8', t.attrName, t.attrNameEnd), t.decodeAttr(t.attrValue, t.attrValueEnd));
  }
}

/** All attributes of the current tag by qualified name; the first of a repeated name counts. */
function attributes(t: XmlByteTokenizer): Map<string, string> {
  const out = new Map<string, string>();
  eachAttr(t, (n, v) => { if (!out.has(n)) out.set(n, v); });
  return out;
}

/** Feeds a whole (small) part to a tokenizer. */
function scanPart(xml: Uint8Array | string, onTag: (t: XmlByteTokenizer) => void): void {
  const tok = new XmlByteTokenizer(onTag);
  tok.write(typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml);
  tok.finish();
}

export function parseRels(xml: Uint8Array | string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  scanPart(xml, (t) => {
    if (t.closing || !t.nameIs(N_RELATIONSHIP)) return;
    const a = attributes(t);
    const id = a.get('Id');
    if (id !== undefined) out.set(id, { type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
  });
  return out;
}

export interface WorkbookSheet { name: string; rid: string; hidden: boolean }

export function parseWorkbook(xml: Uint8Array | string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  scanPart(xml, (t) => {
    if (t.closing) return;
    if (t.nameIs(N_WORKBOOKPR)) {
      const v = attributes(t).get('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (t.nameIs(N_SHEET)) {
      const a = attributes(t);
      let rid = '';
      for (const [k, v] of a) if (k === 'id' || k.endsWith(':id')) rid = v;
      const state = a.get('state');
      sheets.push({ name: a.get('name') ?? '', rid, hidden: state === 'hidden' || state === 'veryHidden' });
    }
  });
  return { sheets, date1904 };
}

const N_SI = asciiBytes('si'), N_RPH = asciiBytes('rPh'), N_T = asciiBytes('t'), N_SST = asciiBytes('sst');

/** Shared strings fed as byte chunks (the part is inflated as a stream): rich-text runs concatenated, phonetic
 *  runs (<rPh>) ignored, entities and _xHHHH_ decoded. Each string is decoded from its own bytes (a flat string:
 *  the cells that keep it do not keep the whole part alive). */
export class SharedStringsScanner {
  readonly strings: string[] = [];
  private readonly tok: XmlByteTokenizer;
  private buf = '';
  private inPhonetic = 0;

  constructor() {
    this.tok = new XmlByteTokenizer((t) => {
      if (t.nameIs(N_T)) {
        if (this.inPhonetic > 0 || t.selfClosing) return;
        if (!t.closing) t.markA = t.end;
        else if (t.markA >= 0) { this.buf += decodeOoxmlText(t.text(t.markA, t.start)); t.markA = -1; }
      } else if (t.nameIs(N_SI)) {
        if (t.selfClosing) this.strings.push('');
        else if (t.closing) this.strings.push(this.buf);
        else this.buf = '';
      } else if (t.nameIs(N_RPH)) {
        if (!t.selfClosing) this.inPhonetic += t.closing ? -1 : 1;
      } else if (t.nameIs(N_SST) && (t.closing || t.selfClosing)) {
        this.complete = true;
      }
    });
  }

  /** </sst> was seen: a table cut short would shift or lose the texts of every later cell. */
  private complete = false;

  write(chunk: Uint8Array): void { this.tok.write(chunk); }
  end(): string[] {
    this.tok.finish();
    if (!this.complete) throw corrupt('共享字符串表（sharedStrings.xml）不完整：在结束标记之前中断（文件可能在复制或传输中被截断）');
    return this.strings;
  }
}

/** Shared strings of a whole part given as text (tests). */
export function parseSharedStrings(xml: string): string[] {
  const s = new SharedStringsScanner();
  s.write(Buffer.from(xml, 'utf8'));
  return s.end();
}
