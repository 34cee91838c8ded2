// JSON as landlink prints and writes it: 2-space indentation, a final newline, and every character that would steer a
// terminal or reorder a line (DEL, C1 controls, line/paragraph separators, bidirectional overrides) written as a
// \uXXXX escape. JSON.stringify escapes only C0; the escaped text parses to exactly the same values.
const INVISIBLE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown): string {
  return `${escapedJson(value)}\n`;
}

/** The JSON text without its final newline. */
function escapedJson(value: unknown): string {
  return escapeInvisible(JSON.stringify(value, null, 2));
}

function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters of JSON text gathered before they are encoded into a piece of jsonChunks. */
const PIECE_CHARS = 1 << 18;

/**
 * jsonText's UTF-8 bytes in pieces of about a quarter of a megabyte: their concatenation is exactly
 * Buffer.from(jsonText(value)). The values of objects and arrays down to `depth` levels are stringified one by one,
 * the text of the whole never exists as one string: the plan's JSON at 10× is a 127 MB string, and JSON.stringify
 * with its escaped copy and the bytes made the JSON the run's peak (BENCHMARKS.md "The 10× peak, fourth pass").
 * Follows JSON.stringify's SerializeJSONProperty: toJSON(key) first; undefined, functions and symbols left out of
 * objects and null in arrays; keys in Object.keys order; anything but a plain object or array stringified whole.
 */
export function jsonChunks(value: unknown, depth = 2): Buffer[] {
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let chars = 0;
  const put = (text: string): void => {
    parts.push(text);
    chars += text.length;
    if (chars >= PIECE_CHARS) flush();
  };
  const flush = (): void => {
    if (chars === 0) return;
    chunks.push(Buffer.from(escapeInvisible(parts.join('')), 'utf8'));
    parts = [];
    chars = 0;
  };
  const emit = (v: unknown, indent: string, levels: number): void => {
    if (levels === 0 || !isPlainContainer(v)) {
      const text = JSON.stringify(v, null, 2);
      put(indent === '' ? text : text.replace(NEWLINES, `\n${indent}`));
      return;
    }
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) { put('[]'); return; }
      put('[\n');
      for (let i = 0; i < v.length; i++) {
        if (i > 0) put(',\n');
        put(inner);
        const item = jsonReady(v[i], String(i));
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') put('null'); else emit(item, inner, levels - 1);
      }
      put(`\n${indent}]`);
      return;
    }
    let first = true;
    for (const key of Object.keys(v)) {
      const item = jsonReady((v as Record<string, unknown>)[key], key);
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      put(first ? '{\n' : ',\n');
      first = false;
      put(`${inner}${JSON.stringify(key)}: `);
      emit(item, inner, levels - 1);
    }
    put(first ? '{}' : `\n${indent}}`);
  };
  const top = jsonReady(value, '');
  if (top === undefined || typeof top === 'function' || typeof top === 'symbol') throw new TypeError('jsonChunks: the value has no JSON text');
  emit(top, '', depth);
  put('\n');
  flush();
  return chunks;
}

const NEWLINES = /\n/g;

/** The value JSON.stringify serialises for `v` under `key`: its toJSON(key) when it has one. */
function jsonReady(v: unknown, key: string): unknown {
  if (v !== null && (typeof v === 'object' || typeof v === 'bigint')) {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (k: string) => unknown).call(v, key);
  }
  return v;
}

/** An array, or an object of Object's prototype or none: what JSON.stringify writes key by key with nothing else to
 *  consult (a boxed primitive, a raw JSON object or a proxy is left to it whole). */
function isPlainContainer(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return Object.getPrototypeOf(v) === Array.prototype;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
