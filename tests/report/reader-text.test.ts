// What officials read (outputs.md "Every cell a user reads is Chinese and explains itself"; docs/用户手册.md 8.9,
// 8.10): in the plan and review workbooks of both sample years, in --json messages and in every --help text, no
// finding code outside the 代码 columns and no reference to a developer document (a spec file, a decision number
// without the user guide, an issue). And every visible sheet prints: landscape, fitted to width, header rows
// repeated, the title with the year as page header and page x/y as footer — checked on the written XML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { catalogue } from '../../src/findings/index.js';
import { landlink, root, tempDir } from '../cli/helpers.js';
import { loadWorkbook, zipEntryText } from './helpers/workbook.js';
import { cellText as shownText } from '../helpers/cell-text.js';

const codes = new Set(Object.keys(catalogue));
const years = [2024, 2025] as const;

/** What a reader must never meet, with why; `text` is one cell, one message or one help text. */
const forbidden: { why: string; test: (text: string) => boolean }[] = [
  { why: 'a spec or developer file', test: (t) => /\b(domain|inputs|outputs|glossary|decisions|style|dependencies)\.md\b/i.test(t) },
  { why: 'the spec folder', test: (t) => /\bdocs\/spec\b|\bspec\//i.test(t) },
  { why: 'the word domain', test: (t) => /\bdomain\b/i.test(t) },
  { why: 'a decision number without the user guide', test: (t) => /决定\s*\d/.test(t) && !t.includes('用户手册') },
  { why: 'an issue', test: (t) => /\bissues?\b/i.test(t) },
];

/** The finding codes written in `text` (kebab-case words that are codes of the catalogue). */
function codesIn(text: string): string[] {
  return (text.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((w) => codes.has(w));
}

function problemsOf(text: string, allowCodes: boolean): string[] {
  const out = forbidden.filter((f) => f.test(text)).map((f) => f.why);
  if (!allowCodes) out.push(...codesIn(text).map((c) => `code ${c}`));
  return out;
}

function cellText(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'formula' in v) return null;
  return shownText(v);
}

/** Columns holding a location in the user's own files (a user's data file may have any name, even one a developer document has). */
const locationHeaders = new Set(['文件', '来源']);

/** Every readable cell of every visible sheet that breaks a rule: 'sheet!A1: why'. */
function violations(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const header = ws.getRow(1);
    const headerOf = (col: number) => cellText(header.getCell(col).value);
    ws.eachRow((row, r) => row.eachCell((cell, c) => {
      const text = cellText(cell.value);
      if (text === null) return;
      const h = r === 1 ? null : headerOf(c);
      const problems = problemsOf(text, h === '代码');
      const kept = h !== null && locationHeaders.has(h) ? problems.filter((p) => p.startsWith('code ')) : problems;
      for (const p of kept) out.push(`${ws.name}!${cell.address}: ${p} — ${text.slice(0, 80)}`);
    }));
  }
  return out;
}

interface Written { year: number; file: string; bytes: Buffer; wb: ExcelJS.Workbook }
const written: Written[] = [];
const json: { year: number; messages: string[] }[] = [];

beforeAll(async () => {
  for (const year of years) {
    const out = tempDir('landlink-reader-');
    const data = join(root, 'samples', String(year));
    const compute = landlink(['compute', String(year), '--data', data, '--out', out, '--json']);
    expect([0, 1]).toContain(compute.code);
    json.push({ year, messages: (JSON.parse(compute.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message) });
    expect([0, 1]).toContain(landlink(['extract', String(year), '--data', data, '--out', out, '--quiet']).code);
    const files = [join(out, `挂钩方案-${year}.xlsx`), ...readdirSync(join(out, 'review')).map((f) => join(out, 'review', f))];
    for (const file of files) {
      const bytes = readFileSync(file);
      written.push({ year, file, bytes, wb: await loadWorkbook(bytes) });
    }
  }
}, 240_000);

describe('no codes or developer references where users read', () => {
  it('the scan finds what it looks for (a planted code and reference are caught, the 代码 column is not)', () => {
    expect(problemsOf('设区市不同意（domain.md 决定 3）', false)).toEqual(['a spec or developer file', 'the word domain', 'a decision number without the user guide']);
    expect(problemsOf('city-disagrees, evidence-not-stamped', false)).toEqual(['code city-disagrees', 'code evidence-not-stamped']);
    expect(problemsOf('city-disagrees', true)).toEqual([]);
    expect(problemsOf('按用户手册 5.8（决定 6）', false)).toEqual([]);
    expect(problemsOf('reclamation-2025.csv', false)).toEqual([]);
  });

  it.each(years)('the plan and review workbooks of %i: every cell', (year) => {
    const books = written.filter((w) => w.year === year);
    expect(books.length).toBe(12); // the plan and 11 review workbooks
    for (const w of books) expect(violations(w.wb), w.file).toEqual([]);
  });

  it.each(years)('the plan workbook of %i: codes only in the last column, headed 代码, of 项目明细 and 问题清单', (year) => {
    const plan = written.find((w) => w.year === year && w.file.endsWith(`挂钩方案-${year}.xlsx`))!.wb;
    for (const name of ['项目明细', '问题清单']) {
      const ws = plan.getWorksheet(name)!;
      expect(cellText(ws.getRow(1).getCell(ws.actualColumnCount).value), name).toBe('代码');
      const codeCells = ws.getColumn(ws.actualColumnCount).values.slice(2).map((v) => cellText(v)).filter((v) => v !== null);
      expect(codeCells.length, name).toBeGreaterThan(0);
      for (const v of codeCells) expect(v.split(', ').every((c) => codes.has(c)), `${name}: ${v}`).toBe(true);
    }
  });

  it.each(years)('--json messages of %i', (year) => {
    const { messages } = json.find((j) => j.year === year)!;
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.flatMap((m) => problemsOf(m, false).map((p) => `${p}: ${m}`))).toEqual([]);
  });

  const helpArgs = [[], ...['compute', 'extract', 'validate', 'sample', 'start-list', 'init', 'status', 'indicators', 'ledger'].map((c) => [c]), ['ledger', 'add']];
  it.each(helpArgs.map((a) => [a.join(' ') || '(landlink)', a] as const))('landlink %s --help', (_, args) => {
    const r = landlink([...args, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(50);
    expect(problemsOf(r.stdout, false)).toEqual([]);
  });
});

/** Each sheet's XML part and whether it is visible, from xl/workbook.xml (sheet i is xl/worksheets/sheet{i}.xml). */
async function sheetParts(bytes: Buffer): Promise<{ name: string; index: number; visible: boolean; xml: string }[]> {
  const workbook = await zipEntryText(bytes, 'xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet name="([^"]+)" sheetId="\d+"( state="\w+")?/g)];
  return Promise.all(sheets.map(async (m, i) => ({
    name: m[1]!, index: i, visible: m[2] === undefined, xml: await zipEntryText(bytes, `xl/worksheets/sheet${i + 1}.xml`),
  })));
}

describe('every visible sheet prints (the written XML)', () => {
  it.each(years)('plan and review workbooks of %i', async (year) => {
    for (const w of written.filter((x) => x.year === year)) {
      const workbook = await zipEntryText(w.bytes, 'xl/workbook.xml');
      for (const s of (await sheetParts(w.bytes)).filter((p) => p.visible)) {
        const where = `${w.file} ${s.name}`;
        expect(s.xml, where).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
        expect(s.xml, where).toContain('<pageSetUpPr fitToPage="1"/>');
        const header = /<oddHeader>([^<]*)<\/oddHeader>/.exec(s.xml)?.[1] ?? '';
        expect(header, where).toContain(`${year}年度`);
        const footer = /<oddFooter>([^<]*)<\/oddFooter>/.exec(s.xml)?.[1] ?? '';
        expect(footer, where).toMatch(/&amp;P.*&amp;N/);
        // Header rows repeated on each page, where the sheet has a header row (说明 is a form without one).
        if (/<pane [^>]*ySplit=/.test(s.xml)) expect(workbook, where).toMatch(new RegExp(`<definedName name="_xlnm\\.Print_Titles" localSheetId="${s.index}">`));
      }
    }
  });

  it('the plan titles name the sheet (台账 included)', async () => {
    const plan = written.find((w) => w.file.endsWith('挂钩方案-2025.xlsx'))!;
    const parts = await sheetParts(plan.bytes);
    for (const name of ['汇总', '分县', '项目明细', '扣减明细', '问题清单', '参数', '台账']) {
      const part = parts.find((p) => p.name === name)!;
      expect(/<oddHeader>([^<]*)<\/oddHeader>/.exec(part.xml)?.[1], name).toContain(`2025年度存量建设用地盘活挂钩方案 ${name}`);
    }
  });
});
