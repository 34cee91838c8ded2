// JSON as landlink prints and writes it: 2-space indentation, a final newline, and every character that would steer a
// terminal or reorder a line (DEL, C1 controls, line/paragraph separators, bidirectional overrides) written as a
// \uXXXX escape. JSON.stringify escapes only C0; the escaped text parses to exactly the same values.
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
