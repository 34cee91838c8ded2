// Bytes → text for CSV inputs (inputs.md: "UTF-8 (with or without BOM) or GB18030/GBK (what Excel and WPS
// save on Chinese Windows) — detected, never asked"; dependencies.md "Bad input: what careful tools do":
// "BOM first (EF BB BF UTF-8; FF FE UTF-16LE, Excel's "Unicode text"), then strict UTF-8, else GB18030 with
// iconv-lite. Detector libraries misread short GBK files: use them for logging only").
// GB18030 is a superset of GBK and GB2312, so it decodes all three.
import iconv from 'iconv-lite';

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
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030'), encoding: 'gb18030', bom: false };
  }
}
