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

/**
 * A list whose items are made as they are written: jsonChunks makes `batch` of them at a time, so that the items of a
 * large year (the plan's projects and findings) never all exist at once (BENCHMARKS.md "The 10× peak, fifth pass":
 * ≈ 30 MB less heap after the 10× JSON). Anywhere else, and to JSON.stringify (toJSON), it is the array of all its items.
 */
export class JsonList<T> {
  constructor(private readonly source: readonly unknown[], private readonly make: (item: never) => T) {}

  get length(): number { return this.source.length; }

  /** The items from `from` up to `to`, made now. */
  slice(from: number, to: number): T[] {
    return this.source.slice(from, to).map((item) => this.make(item as never));
  }

  toJSON(): T[] { return this.source.map((item) => this.make(item as never)); }
}

/** The JsonList of `make` of each of `source`'s items. */
export function jsonList<S, T>(source: readonly S[], make: (item: S) => T): JsonList<T> {
  return new JsonList<T>(source, make);
}

/** Characters of JSON text gathered before they are encoded into a piece of jsonChunks. */
const PIECE_CHARS = 1 << 18;

/**
 * jsonText's UTF-8 bytes in pieces of about a quarter of a megabyte: their concatenation is exactly
 * Buffer.from(jsonText(value)). The text of the whole never exists as one string: the plan's JSON at 10× is a 127 MB
 * string, and JSON.stringify's text, its escaped copy and the bytes made the JSON the run's peak (BENCHMARKS.md "The
 * 10× peak, fourth pass"). A plain object's values are stringified key by key, and an array value `batch` items at a
 * time, each inside a one-key object as deep as the document's own, so that JSON.stringify indents them as in the
 * whole text; the wrapper's braces are cut off. toJSON is honoured as JSON.stringify does (with its key; an array
 * item's toJSON is called with its index here, as it would be in the whole array); a JsonList is written as its items,
 * made a batch at a time.
 */
export function jsonChunks(value: unknown, batch = 512): Buffer[] {
  if (!(batch >= 1)) throw new RangeError(`jsonChunks: batch must be at least 1: ${batch}`);
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let chars = 0;
  const flush = (): void => {
    if (chars === 0) return;
    chunks.push(Buffer.from(escapeInvisible(parts.join('')), 'utf8'));
    parts = [];
    chars = 0;
  };
  const put = (text: string): void => {
    parts.push(text);
    chars += text.length;
    if (chars >= PIECE_CHARS) flush();
  };
  const top = jsonReady(value, '');
  if (!isPlainObject(top)) {
    const text = JSON.stringify(top, null, 2) as string | undefined;
    if (text === undefined) throw new TypeError('jsonChunks: the value has no JSON text');
    put(text);
  } else {
    let first = true;
    for (const key of Object.keys(top)) {
      const raw = (top as Record<string, unknown>)[key];
      const v = raw instanceof JsonList ? raw : jsonReady(raw, key);
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      put(first ? '{\n' : ',\n');
      first = false;
      if (!(Array.isArray(v) || v instanceof JsonList) || v.length <= batch) {
        // '{\n  "key": …\n}' without its first and last two characters
        const text = JSON.stringify({ [key]: v }, null, 2);
        put(text.slice(2, -2));
        continue;
      }
      // '{\n  "key": [\n' + the items, four spaces in, + '\n  ]\n}'
      const head = 4 + JSON.stringify(key).length + 4;
      for (let at = 0; at < v.length; at += batch) {
        const items = (v as unknown[] | JsonList<unknown>).slice(at, at + batch).map((item, k) => jsonReady(item, String(at + k)));
        const text = JSON.stringify({ [key]: items }, null, 2);
        put(at === 0 ? text.slice(2, -6) : `,\n${text.slice(head, -6)}`);
      }
      put('\n  ]');
    }
    put(first ? '{}' : '\n}');
  }
  put('\n');
  flush();
  return chunks;
}

/** The value JSON.stringify serialises for `v` under `key`: its toJSON(key) when it has one. */
function jsonReady(v: unknown, key: string): unknown {
  if (v !== null && (typeof v === 'object' || typeof v === 'bigint')) {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (k: string) => unknown).call(v, key);
  }
  return v;
}

/** An object of Object's prototype or none: what JSON.stringify writes key by key with nothing else to consult (an
 *  array, a boxed primitive or a raw JSON object is stringified whole). */
function isPlainObject(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
