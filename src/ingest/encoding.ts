// Bytes → text for CSV inputs (inputs.md: "UTF-8 (with or without BOM) or GB18030/GBK (what Excel and WPS
// save on Chinese Windows) — detected, never asked". What careful tools do:
// "BOM first (EF BB BF UTF-8; FF FE UTF-16LE, Excel's "Unicode text"), then strict UTF-8, else GB18030 with
// iconv-lite. Detector libraries misread short GBK files: use them for logging only").
// GB18030 is a superset of GBK and GB2312, so it decodes all three.
//
// A file that is UTF-8 except for a few bad bytes (a GBK cell pasted into a UTF-8 export, two files joined) is
// not GBK: decoding all of it as GB18030 would turn every Chinese header into mojibake and the run would stop
// with a misleading "header not found". When the valid multi-byte UTF-8 sequences outnumber the invalid bytes
// 4 : 1, the file is read as UTF-8 and the bad bytes become U+FFFD, reported per cell (cell-text-invalid).
// GBK text gives the opposite picture: measured on the GBK sample file and on all 6,768 GB2312 characters,
// about 1 valid sequence per 4–7 invalid bytes (its pairs rarely fit UTF-8's lead/continuation pattern), so a
// GBK file stays GBK (docs/bad-input.md: GBK is never read as UTF-8), 16× or more below the threshold.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { completeUtf8 } from './csv-scan.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether the bytes began with a byte-order mark (removed from `text`). */
  bom: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A UTF-8 BOM is a declaration: bad sequences after it become U+FFFD, reported per cell (cell-text-invalid).
    return { text: lenientUtf8.decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2), 'utf16-be'), encoding: 'utf-16be', bom: true };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    if (mostlyUtf8(bytes)) return { text: lenientUtf8.decode(bytes), encoding: 'utf-8', bom: false };
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gb18030', bom: false };
  }
}

/**
 * The same decision as decodeBytes, made without decoding the whole file (a reader streams the text; BENCHMARKS.md):
 * `utf8` is set when the bytes to read are valid UTF-8 as they are (the usual case: nothing to decode, and
 * decoding them gives exactly decodeBytes' text); else `decode` turns consecutive pieces of `bytes` into text,
 * carrying a character cut between two pieces over to the next, and `flush` ends the text — the pieces joined
 * are decodeBytes' text.
 */
export interface TextSource {
  encoding: TextEncoding;
  utf8?: Uint8Array;
  bytes: Uint8Array;
  decode(piece: Uint8Array): string;
  flush(): string;
  /** Where a piece of `bytes` starting at `from` and about `size` long may end (see `lineCut`). */
  cut(from: number, size: number): number;
}

const anyCut = (bytes: Uint8Array) => (from: number, size: number): number => Math.min(bytes.length, from + size);

/**
 * GB18030 pieces end just after a line break (CR or LF — never a byte of a multi-byte sequence, so the decoder
 * holds nothing there), at the first one from `from + size` on. iconv-lite's streaming decoder is not always what
 * its whole-text decoding is when a piece ends inside a sequence (an invalid lead byte cut from the byte after it
 * loses that byte: tests/ingest/csv-scan.test.ts found it), so it is never given such a piece.
 */
const lineCut = (bytes: Uint8Array) => (from: number, size: number): number => {
  for (let i = Math.min(bytes.length, from + size) - 1; i < bytes.length; i++) {
    if (i >= from && (bytes[i] === 0x0a || bytes[i] === 0x0d)) return i + 1;
  }
  return bytes.length;
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];
export const startsWithUtf8Bom = (b: Uint8Array): boolean => b[0] === UTF8_BOM[0] && b[1] === UTF8_BOM[1] && b[2] === UTF8_BOM[2];

function decoderSource(encoding: TextEncoding, bytes: Uint8Array, label: 'utf-8' | 'utf-16le'): TextSource {
  const d = new TextDecoder(label);
  return { encoding, bytes, decode: (piece) => d.decode(piece, { stream: true }), flush: () => d.decode(), cut: anyCut(bytes) };
}

function iconvSource(encoding: TextEncoding, bytes: Uint8Array, codec: string): TextSource {
  const d = iconv.getDecoder(codec);
  const buf = (p: Uint8Array): Buffer => Buffer.from(p.buffer, p.byteOffset, p.byteLength);
  return { encoding, bytes, decode: (piece) => d.write(buf(piece)), flush: () => d.end() ?? '', cut: (codec === 'gb18030' ? lineCut : anyCut)(bytes) };
}

const noDecoding = (encoding: TextEncoding, bytes: Uint8Array): TextSource => ({
  encoding, utf8: bytes, bytes, decode: () => { throw new Error('utf8 source: read the bytes'); }, flush: () => '', cut: anyCut(bytes),
});

export function textSource(bytes: Uint8Array): TextSource {
  if (startsWithUtf8Bom(bytes)) {
    const rest = bytes.subarray(3);
    // TextDecoder drops one more BOM at the start of what it decodes: only then is the text not the bytes.
    return isUtf8(rest) && !startsWithUtf8Bom(rest) ? noDecoding('utf-8', rest) : decoderSource('utf-8', rest, 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoderSource('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconvSource('utf-16be', bytes.subarray(2), 'utf16-be');
  if (isUtf8(bytes)) return noDecoding('utf-8', bytes);
  if (mostlyUtf8(bytes)) return decoderSource('utf-8', bytes, 'utf-8');
  return iconvSource('gb18030', bytes, 'gb18030');
}

/** Valid multi-byte UTF-8 sequences : invalid bytes above which a file that fails strict UTF-8 is still UTF-8. */
export const UTF8_DAMAGE_RATIO = 4;

/** Counts valid multi-byte UTF-8 sequences and invalid bytes (a lead byte without its continuation, a stray
 *  continuation byte, an overlong or out-of-range lead). */
export function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && len > 2) {
      // overlong forms, surrogates and code points above U+10FFFF are what strict decoding refuses too
      const c = bytes[i + 1]!;
      ok = b === 0xe0 ? c >= 0xa0 : b === 0xed ? c <= 0x9f : b === 0xf0 ? c >= 0x90 : b === 0xf4 ? c <= 0x8f : true;
    }
    if (ok) { valid++; i += len; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

function mostlyUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = utf8Census(bytes);
  return valid > 0 && valid >= UTF8_DAMAGE_RATIO * invalid;
}

/**
 * Strict UTF-8 validity of a text given in pieces: `valid()` after the last piece is isUtf8 of the whole. Each piece
 * is checked up to its last whole character; the bytes of a character cut by the end of a piece wait for the next.
 */
export class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0);
  private ok = true;

  write(piece: Uint8Array): void {
    if (!this.ok || piece.length === 0) return;
    const bytes = this.carry.length === 0 ? piece : Buffer.concat([this.carry, piece]);
    const cut = completeUtf8(bytes, 0, bytes.length);
    this.ok = isUtf8(bytes.subarray(0, cut));
    this.carry = Uint8Array.from(bytes.subarray(cut));
  }

  /** True when every piece written, taken together, is strict UTF-8. */
  valid(): boolean {
    return this.ok && this.carry.length === 0;
  }
}
