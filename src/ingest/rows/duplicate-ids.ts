// Ids that must be unique within a file (inputs.md supply: "unique within the file"; the ledger, redevelopment,
// reclamation and start-check likewise): every row whose id an earlier row of the file already has is reported
// (id-duplicate, naming the first row), in row order.
//
// How (BENCHMARKS.md: a map of every id was the largest single cost of reading a 1.4-million-row ledger): while the
// rows arrive only each id, its row and a 30-bit hash of it are noted. At the end, two bit tables over the hashes find
// the ones seen more than once — the duplicates and a few per cent of chance collisions — and only the ids of those
// rows are put into a map, in row order, which reports exactly what a map of every id would.
import { IntColumn, ListColumn } from '../../domain/columns.js';
import { TextHashFilter, textHash } from '../../domain/text-filter.js';

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
    const again = TextHashFilter.ofRepeated(n, (i) => this.hashes.get(i));
    const first = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (!again.mayHave(this.hashes.get(i))) continue;
      const id = this.ids.get(i), seen = first.get(id);
      if (seen === undefined) first.set(id, this.rows.get(i)); else out.push({ row: this.rows.get(i), id, firstRow: seen });
    }
    return out;
  }
}
