// The shared string table (xl/sharedStrings.xml): each distinct text stored once, indexed in order of first use.
import type { EntryWriter } from './zip-write.js';
import { textElement } from './xml.js';

export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly texts: string[] = [];
  /** String cells written (the table's `count`). */
  private uses = 0;

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

  /** Index `i` (given by `index`) used once more. */
  reuse(i: number): number {
    this.uses++;
    return i;
  }

  async write(out: EntryWriter): Promise<void> {
    await out('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">`);
    let chunk = '';
    for (const text of this.texts) {
      chunk += `<si>${textElement(text)}</si>`;
      if (chunk.length > 1 << 16) { await out(chunk); chunk = ''; }
    }
    await out(chunk + '</sst>');
  }
}
