// The shared string table (xl/sharedStrings.xml): the texts of the string cells, indexed in order of first use. A
// text is looked up and stored once — except the texts of a column that hardly ever repeats (write-sheet.ts
// ColumnStrings): those are appended without a look-up, so the table may hold a text twice, which SpreadsheetML
// allows (ECMA-376 Part 1, 18.4.9 sst: `uniqueCount` counts the <si> entries, `count` the cells that refer to them).
import type { EntryWriter } from './zip-write.js';
import { ByteChunks } from './byte-chunks.js';
import { esc, keepsSpace, ooxmlText } from './xml.js';

/** Bytes of the table handed to the compressor at a time. */
const CHUNK = 1 << 20;

export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly texts: string[] = [];
  /** String cells written (the table's `count`). */
  private uses = 0;

  /** The index of `text`: its entry when the table has one from `index`, else a new entry. */
  index(text: string): number {
    this.uses++;
    let i = this.indexOf.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.indexOf.set(text, i);
    }
    return i;
  }

  /** A new entry for `text` without a look-up (a duplicate if the text is there already); not found by `index`. */
  append(text: string): number {
    this.uses++;
    return this.texts.push(text) - 1;
  }

  /** Index `i` (given by `index` or `append`) used once more. */
  reuse(i: number): number {
    this.uses++;
    return i;
  }

  /** Entries of the table (`uniqueCount`: the <si> elements written). */
  get entries(): number { return this.texts.length; }

  /** The table's part, its markup and texts written as UTF-8 bytes (byte-chunks.ts) a megabyte or so at a time. */
  async write(out: EntryWriter): Promise<void> {
    const b = new ByteChunks(CHUNK);
    b.ascii('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">`);
    for (const text of this.texts) {
      // textElement (xml.ts), straight into the bytes
      b.ascii(keepsSpace(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      b.text(esc(ooxmlText(text)));
      b.ascii('</t></si>');
      if (b.length >= CHUNK) { const chunk = b.take(); await out(chunk, () => b.recycle(chunk)); }
    }
    b.ascii('</sst>');
    await out(b.take());
  }
}
