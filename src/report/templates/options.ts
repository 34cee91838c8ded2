// The dropdown lists of the templates, fed from the policy's vocabularies (src/domain/vocabulary.ts) and the division
// table, all on one hidden sheet (Excel limits inline lists to 255 characters; one mechanism for every list).
import { allRegions } from '../../domain/divisions.js';
import type { CellSpec } from '../../ingest/columns/index.js';
import { landSources, yesNo, type Vocabulary } from '../../domain/vocabulary.js';
import type { CellInput, SheetModel } from '../../xlsx/index.js';
import { colLetter } from '../../xlsx/index.js';

export const OPTIONS_SHEET = '_选项';

export interface OptionList { key: string; title: string; values: readonly string[] }

const labels = (v: Vocabulary<string>) => v.map((t) => t.label);

/** The list a column offers, or null for free input. */
export function optionListOf(cell: CellSpec): OptionList | null {
  switch (cell.type) {
    case 'enum': return { key: `enum:${cell.vocabulary.map((t) => t.id).join('|')}`, title: '', values: labels(cell.vocabulary) };
    case 'yes-no': return { key: 'yes-no', title: '是/否', values: labels(yesNo) };
    case 'land-source': return { key: 'land-source', title: '土地来源', values: labels(landSources) };
    case 'region-code': return { key: 'region-code', title: '行政区代码', values: allRegions.map((r) => r.code) };
    case 'region-name': return { key: 'region-name', title: '行政区', values: allRegions.map((r) => r.name) };
    default: return null;
  }
}

/** Collects lists by key; each gets one column of the hidden sheet. */
export class OptionSheet {
  private readonly lists: OptionList[] = [];

  /** The absolute range holding a list, e.g. $C$2:$C$8 (added on first use). */
  rangeOf(list: OptionList, title: string): string {
    let i = this.lists.findIndex((l) => l.key === list.key);
    if (i < 0) { this.lists.push({ ...list, title: list.title || title }); i = this.lists.length - 1; }
    const col = colLetter(i);
    return `$${col}$2:$${col}$${list.values.length + 1}`;
  }

  sheet(): SheetModel {
    const height = Math.max(0, ...this.lists.map((l) => l.values.length));
    const rows: CellInput[][] = [this.lists.map((l) => l.title)];
    for (let r = 0; r < height; r++) rows.push(this.lists.map((l) => l.values[r] ?? null));
    return { name: OPTIONS_SHEET, state: 'hidden', columns: this.lists.map(() => ({ width: 24, numFmt: '@' })), rows };
  }
}
