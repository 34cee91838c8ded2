// Ids that must be unique within a file (inputs.md supply: "unique within the file"; the ledger, redevelopment,
// reclamation and start-check likewise): every row whose id an earlier row of the file already has is reported
// (id-duplicate, naming the first row), in row order.
//
// How (BENCHMARKS.md: a map of every id was the largest single cost of reading a 1.4-million-row ledger): while the
// rows arrive only each id, its row and a 30-bit hash of it are noted. At the end, two bit tables over the hashes find
// the ones seen more than once — the duplicates and a few per cent of chance collisions — and only the ids of those
// rows are put into a map, in row order, which reports exactly what a map of every id would.
import { IntColumn, ListColumn } from '../../domain/columns.js';
import { textHash } from '../../domain/text-filter.js';

export interface DuplicateId { row: number; id: string; firstRow: number }

export class DuplicateIds {
  private readonly ids = new ListColumn<string>();
  private readonly rows = new IntColumn();
  private readonly hashes = new IntColumn();

  /** Notes the id of a row; an empty id is no id (its finding is the cell's). */
  add(id: string, row: number): void {
    if (id === '') return;
    this.ids.push(id);
    this.rows.push(row);
    this.hashes.push(textHash(id));
  }

  /** Every row whose id an earlier row has, in the order the rows were added. */
  duplicates(): DuplicateId[] {
    const out: DuplicateId[] = [];
    const n = this.ids.length;
    if (n < 2) return out;
    const size = Math.min(30, Math.max(10, Math.ceil(Math.log2(n * 48))));
    const mask = 2 ** size - 1;
    const once = new Uint32Array(2 ** (size - 5));
    const again = new Uint32Array(2 ** (size - 5));
    for (let i = 0; i < n; i++) {
      const h = this.hashes.get(i) & mask, word = h >>> 5, bit = 1 << (h & 31);
      if ((once[word]! & bit) !== 0) again[word] = again[word]! | bit; else once[word] = once[word]! | bit;
    }
    const first = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const h = this.hashes.get(i) & mask;
      if ((again[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      const id = this.ids.get(i), seen = first.get(id);
      if (seen === undefined) first.set(id, this.rows.get(i)); else out.push({ row: this.rows.get(i), id, firstRow: seen });
    }
    return out;
  }
}
