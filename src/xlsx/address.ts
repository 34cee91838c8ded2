// Cell addresses: column letters ↔ 0-based column indexes, 'B3' and 'A1:F1'.

/** Column letters of a 0-based column index (0 → A, 26 → AA). */
export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column index (0-based) from the letters that start a cell reference such as 'AB12' (any case); -1 when there are none. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/** 'B3' → { row: 3, col: 1 } (0-based column); '$B$3' too. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]), col: columnIndex(m[1]!) };
}

/** 'A1:F1' → its corners (1-based rows, 0-based columns); a single cell is a range of one. */
export function parseRange(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a, b = a] = range.split(':') as [string, string?];
  const p = parseAddress(a);
  const q = parseAddress(b);
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}
