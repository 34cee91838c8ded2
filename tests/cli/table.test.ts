import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/render/table.js';
import { displayWidth } from '../../src/xlsx/index.js';

describe('terminal tables line up Chinese text', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('杭州市')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('（公顷）')).toBe(8);
  });
  it('pads every row to the same display width', () => {
    const lines = renderTable(['设区市', 'ha'], [['杭州市', '1.0000'], ['舟山市本级', '12.5000']], ['left', 'right']);
    const widths = lines.map(displayWidth);
    expect(new Set(widths.slice(1)).size).toBe(1);
    expect(lines[2]).toMatch(/^杭州市\s+1\.0000$/);
  });
});
