// Plain-text tables that line up with Chinese text (a CJK character takes two terminal columns).
import { displayWidth } from '../../xlsx/index.js';

export type Align = 'left' | 'right';

export function renderTable(header: string[], rows: string[][], align: Align[]): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (text: string, i: number): string => {
    const gap = ' '.repeat(widths[i]! - displayWidth(text));
    return align[i] === 'right' ? gap + text : text + gap;
  };
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}
