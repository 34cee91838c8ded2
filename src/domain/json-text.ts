// JSON as landlink prints and writes it: 2-space indentation, a final newline, and every character that would steer a
// terminal or reorder a line (DEL, C1 controls, line/paragraph separators, bidirectional overrides) written as a
// \uXXXX escape. JSON.stringify escapes only C0; the escaped text parses to exactly the same values.
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown): string {
  return `${escapedJson(value)}\n`;
}

/** The JSON text without its final newline. */
function escapedJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * jsonText as its UTF-8 bytes, made without a second copy of the text: the plan's JSON at 10× is 69 MB of bytes and
 * ≈ 127 MB as a string, and the text with its final newline appended was a joined string that writing it copied whole
 * once more (BENCHMARKS.md "The 10× peak, third pass"). The bytes are those of Buffer.from(jsonText(value)).
 */
export function jsonBytes(value: unknown): Buffer {
  const text = escapedJson(value);
  const size = Buffer.byteLength(text);
  const bytes = Buffer.allocUnsafeSlow(size + 1);
  bytes.write(text, 0, size, 'utf8');
  bytes[size] = 0x0a;
  return bytes;
}
