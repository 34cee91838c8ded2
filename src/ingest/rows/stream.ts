// The sink a reader streams its raw rows into (for memory, BENCHMARKS.md): the first rows wait until the header can be located
// (header.ts looks at the first HEADER_SEARCH_ROWS non-empty rows), then every row becomes a typed row as soon as
// it arrives. A header that cannot be located stops the run — but only once the whole file has been read, as when
// the file was read whole first: a damaged part or a row limit found further on is what the user is told about.
import { pushAll } from '../../domain/push-all.js';
import { InputError, type Finding } from '../../findings/index.js';
import type { KindSpec } from '../columns/index.js';
import { HEADER_SEARCH_ROWS, type HeaderMatch, locateHeader } from '../header.js';
import type { RawRowSink, TableMeta } from '../row-sink.js';
import { type RawRow, isBlankRow } from '../table.js';
import type { InputKind, RowByKind } from '../../domain/rows.js';
import type { DuplicateIds } from './duplicate-ids.js';
import { RowAssembler } from './index.js';

export class TypedRowSink<K extends InputKind> implements RawRowSink {
  private waiting: RawRow[] = [];
  private waitingUnreadable: { row: number; detail: string }[] = [];
  private nonBlank = 0;
  private assembler: RowAssembler<K> | null = null;
  private header: HeaderMatch | null = null;
  private headerError: InputError | null = null;

  constructor(private readonly kind: K, private readonly spec: KindSpec, private readonly file: string, private readonly meta: TableMeta,
    private readonly retain?: (row: RowByKind[K]) => boolean, private readonly ids?: DuplicateIds) {}

  row(raw: RawRow): void {
    if (this.assembler !== null) { this.assembler.row(raw); return; }
    if (this.headerError !== null) return;
    this.waiting.push(raw);
    if (!isBlankRow(raw) && ++this.nonBlank >= HEADER_SEARCH_ROWS) this.locate();
  }

  unreadable(row: number, detail: string): void {
    if (this.assembler !== null) this.assembler.unreadable(row, detail);
    else this.waitingUnreadable.push({ row, detail });
  }

  private locate(): void {
    const rows = this.waiting;
    this.waiting = [];
    try {
      this.header = locateHeader({ ...(this.meta.sheet !== undefined ? { sheet: this.meta.sheet } : {}), rows, date1904: this.meta.date1904, encoding: this.meta.encoding, unreadableRows: [] }, this.spec, this.file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.headerError = e;
      return;
    }
    const asm = new RowAssembler(this.kind, this.spec, this.header, this.file, this.meta.sheet, this.meta.date1904, this.retain, this.ids);
    this.assembler = asm;
    for (const u of this.waitingUnreadable) asm.unreadable(u.row, u.detail);
    this.waitingUnreadable = [];
    for (let i = this.header.rowIndex + 1; i < rows.length; i++) asm.row(rows[i]!);
  }

  /** After the last row: the typed rows and the findings (header's first). Throws the header's InputError. */
  finish(): { rows: RowByKind[K][]; built: number; findings: Finding[] } {
    if (this.assembler === null && this.headerError === null) this.locate();
    if (this.headerError !== null) throw this.headerError;
    const built = this.assembler!.finish();
    const findings: Finding[] = [];
    pushAll(findings, this.header!.findings);
    pushAll(findings, built.findings);
    return { rows: built.rows, built: built.built, findings };
  }
}
