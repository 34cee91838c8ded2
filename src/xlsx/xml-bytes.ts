// An incremental tag scanner over the UTF-8 BYTES of an xlsx part (the inflated worksheet is never held
// whole, neither as bytes nor as one string). The one tag scanner of the module (the small parts are fed to it whole):
// comments and processing instructions skipped (`<!…>` up to the first '>', `<!--` up to '-->'), namespace
// prefixes dropped from element names, '>' inside quoted attribute values ignored, an unfinished tag at the end
// of the part ends the scan.
//
// Why bytes and not decoded text: every byte of XML markup is ASCII, and a UTF-8 multi-byte sequence never holds
// an ASCII byte, so cutting the stream anywhere and carrying the unfinished tag over can never split a character
// (the exceljs streaming reader's bug, see BENCHMARKS.md). Only the text a reader keeps (a shared string, a cell
// value) is decoded, from a complete byte range, with Buffer#toString: a fresh flat string. A substring of a large
// decoded text would keep that whole text alive in V8 (a "sliced string") for as long as the cell value lives.
// Decoding a byte range that starts and ends at ASCII bytes gives the same characters as decoding the whole part
// and cutting the text there (an invalid sequence never swallows an ASCII byte), so results equal the old reader's.
import { decodeXmlText } from './xml.js';

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, COLON = 0x3a, QUOT = 0x22, APOS = 0x27, BANG = 0x21, QMARK = 0x3f, DASH = 0x2d, EQ = 0x3d, AMP = 0x26;

function isSpace(c: number): boolean { return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; }

/** Bytes of an ASCII name, for `nameIs`. */
export function asciiBytes(s: string): Uint8Array { return Uint8Array.from(s, (ch) => ch.charCodeAt(0)); }

/** Walks the element tags of an XML byte stream fed in chunks of any size. */
export class XmlByteTokenizer {
  /** Holds the unscanned bytes (and those a mark keeps); `buf[0]` is stream offset `base`. */
  buf: Buffer = Buffer.alloc(0);
  private len = 0;
  private base = 0;
  private pos = 0;
  /** Where to resume looking for the end of an unfinished comment/tag (index in buf), -1 when none. */
  private resume = -1;
  /** Stream offsets that must stay readable (text captured between two tags); -1 when unused. */
  markA = -1;
  markB = -1;
  private stopped = false;

  // The current tag, valid while `onTag` runs: indices into `buf`, offsets in the stream.
  closing = false;
  selfClosing = false;
  nameStart = 0;
  nameEnd = 0;
  attrStart = 0;
  attrEnd = 0;
  /** Stream offsets of the current tag: `start` at '<', `end` just after '>'. */
  start = 0;
  end = 0;

  /** `onTag` sees each tag while it is current; returning false ends the scan. */
  constructor(private readonly onTag: (t: XmlByteTokenizer) => boolean | void) {}

  /** True once the scan ended (`onTag` returned false, or the part ended). */
  get done(): boolean { return this.stopped; }

  /** Feeds the next bytes of the part. */
  write(chunk: Uint8Array): void {
    if (this.stopped || chunk.length === 0) return;
    this.append(chunk);
    this.scan(false);
  }

  /** The end of the part: an unfinished tag or comment is dropped (the old scanner stopped there too). */
  finish(): void {
    if (this.stopped) return;
    this.scan(true);
    this.stopped = true;
  }

  private append(chunk: Uint8Array): void {
    // Drop what no one needs any more: bytes before the scan position and before any mark.
    let keep = this.pos;
    if (this.markA >= 0) keep = Math.min(keep, this.markA - this.base);
    if (this.markB >= 0) keep = Math.min(keep, this.markB - this.base);
    const live = this.len - keep;
    if (live + chunk.length <= this.buf.length) {
      if (keep > 0) this.buf.copyWithin(0, keep, this.len);
    } else {
      // Grow geometrically: a value that spans many chunks costs linear time, not quadratic.
      const next = Buffer.allocUnsafe(Math.max(live + chunk.length, this.buf.length * 2, 65536));
      this.buf.copy(next, 0, keep, this.len);
      this.buf = next;
    }
    this.buf.set(chunk, live);
    this.len = live + chunk.length;
    this.base += keep;
    this.pos -= keep;
    if (this.resume >= 0) this.resume -= keep;
    if (this.pending) {
      this.pendI -= keep;
      this.pendNameStart -= keep;
      if (!this.inName) { this.nameStart -= keep; this.nameEnd -= keep; this.attrStart -= keep; }
    }
  }

  /** Stream offset → index into buf. */
  at(offset: number): number { return offset - this.base; }

  private scan(eof: boolean): void {
    const buf = this.buf;
    const len = this.len;
    while (!this.stopped) {
      let lt = this.pos;
      while (lt < len && buf[lt] !== LT) lt++;
      if (lt >= len) { this.pos = len; return; }
      this.pos = lt;
      if (lt + 1 >= len) { if (eof) this.stopped = true; return; }
      const c = buf[lt + 1]!;
      if (c === QMARK || c === BANG) {
        let close: number;
        if (c === BANG) {
          if (lt + 4 > len && !eof) return; // cannot yet tell a comment from another declaration
          const comment = lt + 3 < len && buf[lt + 2] === DASH && buf[lt + 3] === DASH;
          close = comment ? this.find3(lt + 4) : this.findGt(lt + 2);
        } else close = this.findGt(lt + 2);
        if (close < 0) { if (eof) this.stopped = true; return; }
        this.resume = -1;
        this.pos = close + 1;
        continue;
      }
      // A tag: its name, then up to the '>' outside quotes. An unfinished tag resumes where it stopped.
      let i: number;
      let nameStart: number;
      let quote = 0;
      if (this.pending) {
        i = this.pendI; nameStart = this.pendNameStart; quote = this.pendQuote;
      } else {
        i = lt + 1;
        this.closing = c === SLASH;
        if (this.closing) i++;
        nameStart = i;
        this.inName = true;
      }
      if (this.inName) {
        for (; i < len; i++) {
          const ch = buf[i]!;
          if (ch === COLON) nameStart = i + 1;
          else if (ch === 0x20 || ch === GT || ch === SLASH || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
        }
        if (i >= len) { this.suspend(i, nameStart, 0, eof); return; }
        this.inName = false;
        this.nameStart = nameStart;
        this.nameEnd = i;
        this.attrStart = i;
      }
      for (; i < len; i++) {
        const ch = buf[i]!;
        if (quote) { if (ch === quote) quote = 0; } else if (ch === QUOT || ch === APOS) quote = ch;
        else if (ch === GT) break;
      }
      if (i >= len) { this.suspend(i, nameStart, quote, eof); return; }
      this.pending = false;
      this.selfClosing = buf[i - 1] === SLASH;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.start = this.base + lt;
      this.end = this.base + i + 1;
      this.pos = i + 1;
      if (this.onTag(this) === false) this.stopped = true;
    }
  }

  private pending = false;
  private inName = false;
  private pendI = 0;
  private pendNameStart = 0;
  private pendQuote = 0;

  /** Remembers where an unfinished tag stopped (indices shift with the buffer in `append`). */
  private suspend(i: number, nameStart: number, quote: number, eof: boolean): void {
    if (eof) { this.stopped = true; return; }
    this.pending = true;
    this.pendI = i;
    this.pendNameStart = nameStart;
    this.pendQuote = quote;
  }

  /** Index of the first '>' from `from`, or -1 (remembering where to look again). */
  private findGt(from: number): number {
    let i = this.resume >= from ? this.resume : from;
    while (i < this.len && this.buf[i] !== GT) i++;
    if (i < this.len) return i;
    this.resume = i;
    return -1;
  }

  /** Index of the '>' of the first '-->' from `from`, or -1. */
  private find3(from: number): number {
    let i = this.resume >= from ? this.resume : from;
    for (; i + 2 < this.len; i++) {
      if (this.buf[i] === DASH && this.buf[i + 1] === DASH && this.buf[i + 2] === GT) return i + 2;
    }
    this.resume = i;
    return -1;
  }

  /** Whether the current tag's local name is `name` (ASCII bytes). */
  nameIs(name: Uint8Array): boolean {
    const n = name.length;
    if (this.nameEnd - this.nameStart !== n) return false;
    const buf = this.buf;
    for (let k = 0; k < n; k++) if (buf[this.nameStart + k] !== name[k]) return false;
    return true;
  }

  /** The UTF-8 text of stream offsets [from, to): a fresh string (UTF-8 is Buffer#toString's default encoding; given
   *  no name, it does not look one up for each value). */
  text(from: number, to: number): string {
    return from >= to ? '' : this.buf.toString(undefined, from - this.base, to - this.base);
  }

  /** The attribute `nextAttr` found: qualified name buf[attrName, attrNameEnd), raw value buf[attrValue, attrValueEnd). */
  attrName = 0;
  attrNameEnd = 0;
  attrValue = 0;
  attrValueEnd = 0;
  private attrPos = -1;

  /**
   * Steps through the attributes of the current tag (no callback, nothing allocated): call with `first` true for
   * the first one; false when there are no more. Unquoted values and names without a value are skipped.
   */
  nextAttr(first: boolean): boolean {
    const buf = this.buf;
    const end = this.attrEnd;
    let i = first ? this.attrStart : this.attrPos;
    while (i < end) {
      while (i < end && isSpace(buf[i]!)) i++;
      const nameStart = i;
      while (i < end && buf[i] !== EQ && !isSpace(buf[i]!)) i++;
      const nameEnd = i;
      while (i < end && isSpace(buf[i]!)) i++;
      if (buf[i] !== EQ) { i++; continue; }
      i++;
      while (i < end && isSpace(buf[i]!)) i++;
      const q = buf[i];
      if (q !== QUOT && q !== APOS) continue;
      let close = i + 1;
      while (close < end && buf[close] !== q) close++;
      if (close >= end) break;
      this.attrPos = close + 1;
      if (nameEnd > nameStart) {
        this.attrName = nameStart; this.attrNameEnd = nameEnd; this.attrValue = i + 1; this.attrValueEnd = close;
        return true;
      }
      i = close + 1;
    }
    this.attrPos = end;
    return false;
  }

  /** Decoded value of bytes [from, to) of buf (an attribute value): entities resolved. */
  decodeAttr(from: number, to: number): string {
    return decodeXmlText(this.buf.toString(undefined, from, to));
  }

  /** Whether buf[from, to) holds an '&' (a value that needs entity decoding). */
  hasAmp(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.buf[k] === AMP) return true;
    return false;
  }

  /** Whether buf[from, to) equals the ASCII name. */
  bytesAre(from: number, to: number, name: Uint8Array): boolean {
    if (to - from !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (this.buf[from + k] !== name[k]) return false;
    return true;
  }
}
