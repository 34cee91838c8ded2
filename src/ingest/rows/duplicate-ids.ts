// Ids that must be unique within a file (inputs.md supply: "unique within the file"; the ledger, redevelopment,
// reclamation and start-check likewise): every row whose id an earlier row of the file already has is reported
// (id-duplicate, naming the first row), in row order.
//
// How (BENCHMARKS.md: a map of every id was the largest single cost of reading a 1.4-million-row ledger): while the
// rows arrive only each id, its row and a 30-bit hash of it are noted. At the end, two bit tables over the hashes find
// the ones seen more than once — the duplicates and a few per cent of chance collisions — and only the ids of those
// rows are put into a map, in row order, which reports exactly what a map of every id would.
import { IntColumn, TextColumn } from '../../domain/columns.js';
import { TextHashFilter, textHash } from '../../domain/text-filter.js';

export interface DuplicateId { row: number; id: string; firstRow: number }

/** The ids of a file's rows, in the order the rows were built, and the check for repeats among them. The ids are kept
 *  as bytes (TextColumn); the ledger's reader (src/app/ledger-columns.ts) looks its rows up by them too, instead of
 *  keeping them a second time (BENCHMARKS.md "The 10× peak, third pass"). */
export class DuplicateIds {
  private readonly ids = new TextColumn();
  private readonly rows = new IntColumn();
  /** textHash of each id. */
  private readonly hashes = new IntColumn();

  get length(): number { return this.ids.length; }

  /** Notes the id of a row; an empty id is no id (its finding is the cell's), noted but never a repeat. */
  add(id: string, row: number): void {
    this.ids.push(id);
    this.rows.push(row);
    this.hashes.push(textHash(id));
  }

  /** The i-th id added. */
  id(i: number): string { return this.ids.get(i); }
  /** Its row. */
  row(i: number): number { return this.rows.get(i); }
  /** Its textHash. */
  hash(i: number): number { return this.hashes.get(i); }

  /** Every row whose id an earlier row has, in the order the rows were added. */
  duplicates(): DuplicateId[] {
    const out: DuplicateId[] = [];
    const n = this.ids.length;
    if (n < 2) return out;
    const again = TextHashFilter.ofRepeated(n, (i) => this.hashes.get(i));
    const first = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (!again.mayHave(this.hashes.get(i))) continue;
      const id = this.ids.get(i);
      if (id === '') continue;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, this.rows.get(i)); else out.push({ row: this.rows.get(i), id, firstRow: seen });
    }
    return out;
  }
}
