// Fuzzing the readers and normalisers (docs/bad-input.md): random and mutated cells, rows and files never make them throw
// anything but InputError, and every finding has a location (its file at least; its row for a row finding).
// Bounded runs with a fixed seed (reproducible; change FUZZ_SEED to explore), the whole file well under 20 s.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError, type Finding } from '../../src/findings/index.js';
import { ingestFindings } from '../../src/findings/ingest.js';
import { readCsvTable } from '../../src/ingest/csv.js';
import { parseDateCell } from '../../src/ingest/dates.js';
import { inputKinds } from '../../src/ingest/columns/index.js';
import { resolveLimits } from '../../src/ingest/limits.js';
import { loadYear, readInputFile } from '../../src/ingest/load.js';
import { matchTerm, normalizeText } from '../../src/ingest/normalize.js';
import { parseNumberCell } from '../../src/ingest/numbers.js';
import type { Cell } from '../../src/ingest/table.js';
import { readXlsxTable } from '../../src/ingest/xlsx.js';
import * as vocabulary from '../../src/domain/vocabulary.js';
import { rawXlsx, sheetXml } from '../ingest/helpers.js';
import { tempDir } from '../cli/helpers.js';
import { csv, supplyHeader, supplyRow } from './build/files.js';
import { writeMiniYear } from './build/year.js';

const seed = Number(process.env.FUZZ_SEED ?? 20170816);
const limits = resolveLimits();

/** Ingest findings about a whole file; every other ingest finding is about a row (or the header row). */
const fileFindings = new Set(['file-ignored', 'encoding-gb18030', 'encoding-utf16']);
const rowFindings = new Set(Object.keys(ingestFindings).filter((c) => !fileFindings.has(c)));

/** Runs `body`; an InputError is an accepted outcome (returned), anything else thrown fails the property. */
async function onlyInputErrors<T>(body: () => Promise<T> | T): Promise<T | InputError> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof InputError) {
      expect(e.finding.location.file, e.finding.code).toBeTruthy();
      return e;
    }
    throw e;
  }
}

function expectLocated(findings: readonly Finding[]): void {
  for (const f of findings) {
    if (!(f.code in ingestFindings)) continue; // pipeline findings are not produced by the readers
    expect(f.location.file, f.code).toBeTruthy();
    if (rowFindings.has(f.code)) expect(f.location.row, f.code).toBeGreaterThan(0);
  }
}

// ── arbitraries ─────────────────────────────────────────────────────────────────────────────────────────
const tricky = fc.constantFrom(
  '', ' ', '\u3000', 'Nah', 'NaN', 'Infinity', '-Infinity', '-0', '1e5', '1.2E+3', '１２３．５', '１２３，４５６．７８', '1,23', '0x1A', '15%', '12.5亩',
  '−3', '①', '²', '2025-02-30', '20250230', '2025年2月30日', '1899-12-31', '1900-02-29', '60', '0', '1', '99999', '2958466', '03/31/2025',
  '#N/A', '#DIV/0!', '＃REF!', '=1+1', '+1', '@SUM(A1)', '__proto__', 'constructor', '\uFFFD', '"', '""', '\r\n', '地'.repeat(300),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), tricky);
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  text, tricky,
  fc.double(), fc.integer(), fc.constantFrom(0, 1, 59, 60, 61, 19000101, 20250230, 99991231, 2958465, 2958466, -1, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(), fc.constant(null), fc.record({ error: fc.string() }),
);

// ── cells ───────────────────────────────────────────────────────────────────────────────────────────────
describe('cell normalisers never throw', () => {
  it('parseNumberCell: a finite exact number or a refusal', () => {
    fc.assert(fc.property(cellArb, (cell) => {
      const r = parseNumberCell(cell);
      if (r.ok) expect(Number.isFinite(Number(r.value.toDecimalString(6)))).toBe(true);
    }), { seed, numRuns: 2000 });
  });

  it('parseDateCell: an existing calendar date, empty, or a refusal', () => {
    fc.assert(fc.property(cellArb, fc.boolean(), (cell, date1904) => {
      const r = parseDateCell(cell, date1904);
      if (r.ok && r.value !== null) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.value);
        expect(m, r.value).not.toBeNull();
        const d = new Date(Date.UTC(Number(m![1]), Number(m![2]) - 1, Number(m![3])));
        expect(d.toISOString().slice(0, 10)).toBe(r.value); // round-trips: it exists
      }
    }), { seed, numRuns: 2000 });
  });

  const vocabularies = Object.entries(vocabulary).filter(([, x]) => Array.isArray(x))
    .map(([name, x]) => ({ name, v: x as unknown as vocabulary.Vocabulary<string> }));

  it.each(vocabularies)('matchTerm($name): an id of the vocabulary or null; labels survive spaces and full width', ({ v }) => {
    const ids = new Set(v.map((t) => t.id));
    fc.assert(fc.property(text, (t) => {
      const id = matchTerm(v, t);
      if (id !== null) expect(ids).toContain(id);
    }), { seed, numRuns: 500 });
    const labels = v.flatMap((t) => [t.label, ...t.aliases].map((l) => ({ l, id: t.id })));
    fc.assert(fc.property(fc.constantFrom(...labels), fc.constantFrom(' ', '\u3000', '\t'), ({ l, id }, space) => {
      const wide = l.replace(/[!-~]/g, (ch: string) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
      expect(matchTerm(v, `${space}${wide}${space}`)).toBe(matchTerm(v, l) ?? id);
    }), { seed, numRuns: 100 });
  });

  it('normalizeText never throws and is idempotent', () => {
    fc.assert(fc.property(text, (t) => { expect(normalizeText(normalizeText(t))).toBe(normalizeText(t)); }), { seed, numRuns: 1000 });
  });
});

// ── tables ──────────────────────────────────────────────────────────────────────────────────────────────
const validCsv = csv([supplyHeader, supplyRow(), supplyRow('3301022025A00002')]);

/** A valid CSV text with random cells replaced, quotes and line breaks inserted, lines doubled or dropped. */
const mutatedCsv = fc.tuple(
  fc.array(fc.tuple(fc.nat(), fc.nat(), text), { maxLength: 6 }),
  fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', ',', '\r', '\n', '\r\n', '\t', '|', '\u0000', '\uFEFF')), { maxLength: 4 }),
  fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 3 }),
).map(([cells, inserts, lines]) => {
  const rows = validCsv.trimEnd().split('\r\n').map((l) => l.split(','));
  for (const [r, c, v] of cells) { const row = rows[r % rows.length]!; row[c % row.length] = v; }
  for (const [l, dup] of lines) { const i = l % rows.length; if (dup) rows.splice(i, 0, [...rows[i]!]); else rows.splice(i, 1); }
  let out = rows.map((r) => r.join(',')).join('\r\n');
  for (const [at, s] of inserts) { const i = at % (out.length + 1); out = out.slice(0, i) + s + out.slice(i); }
  return out;
});
const encodings = fc.constantFrom<'utf8' | 'utf8-bom' | 'gbk' | 'utf16le'>('utf8', 'utf8-bom', 'gbk', 'utf16le');

function encode(t: string, e: 'utf8' | 'utf8-bom' | 'gbk' | 'utf16le'): Buffer {
  if (e === 'utf8') return Buffer.from(t, 'utf8');
  if (e === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]);
  if (e === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);
  return iconv.encode(t, 'gbk');
}

describe('readers never throw anything but InputError', () => {
  it('readCsvTable on random bytes and mutated CSV text: row numbers ascend from 1', async () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.tuple(mutatedCsv, encodings).map(([t, e]) => encode(t, e)));
    await fc.assert(fc.asyncProperty(bytes, async (b) => {
      const r = await onlyInputErrors(() => readCsvTable(b, 'fuzz.csv', limits));
      if (r instanceof InputError) return;
      const numbers = [...r.rows.map((x) => x.row), ...r.unreadableRows.map((x) => x.row)].sort((a, c) => a - c);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const n of numbers) expect(n).toBeGreaterThanOrEqual(1);
    }), { seed, numRuns: 1000 });
  });

  const validXlsx = rawXlsx({ sheets: [{ name: '供地备案', xml: sheetXml([supplyHeader, supplyRow(), supplyRow('3301022025A00002')]) }], sharedStrings: ['a'] });

  it('readXlsxTable on a valid workbook with flipped, dropped or inserted bytes', async () => {
    const mutated = fc.tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      fc.option(fc.nat(), { nil: undefined }),
    ).map(([flips, cut]) => {
      const b = Buffer.from(validXlsx);
      for (const [at, v] of flips) b[at % b.length] = v;
      return cut === undefined ? b : b.subarray(0, cut % b.length);
    });
    await fc.assert(fc.asyncProperty(fc.oneof(mutated, fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u))), async (b) => {
      await onlyInputErrors(() => readXlsxTable(b, 'fuzz.xlsx', ['supply', '供地备案'], limits));
    }), { seed, numRuns: 300 });
  });

  it('readXlsxTable on well-zipped but malformed sheet XML and shared strings', async () => {
    const pieces = fc.constantFrom('<', '>', '/>', '"', "'", '&', '&#x0;', '&#99999999;', '_x00', '<row', '<row r="0">', '<row r="-1">', '<c r="ZZZZZZ1">', '<c r="1A">',
      '<c t="s"><v>99</v></c>', '<c t="s"><v>-1</v></c>', '<c t="e"><v>#N/A</v></c>', '<c t="b"><v>x</v></c>', '<c><v>1e999</v></c>', '<is><t>', '</sheetData>', '<!--', ']]>', '<?x?>');
    const sheet = fc.tuple(fc.array(fc.tuple(fc.nat(), fc.oneof(pieces, fc.string())), { maxLength: 6 })).map(([ins]) => {
      let xml = sheetXml([supplyHeader, supplyRow()]);
      for (const [at, s] of ins) { const i = at % (xml.length + 1); xml = xml.slice(0, i) + s + xml.slice(i); }
      return xml;
    });
    const shared = fc.oneof(fc.array(text, { maxLength: 3 }), fc.string());
    await fc.assert(fc.asyncProperty(sheet, shared, fc.boolean(), async (xml, sst, date1904) => {
      const b = rawXlsx({ sheets: [{ name: '供地备案', xml }], sharedStrings: sst, date1904 });
      await onlyInputErrors(() => readXlsxTable(b, 'fuzz.xlsx', ['supply'], limits));
    }), { seed, numRuns: 300 });
  });
});

// ── files and folders ───────────────────────────────────────────────────────────────────────────────────
describe('files and folders: only InputError, every finding located', () => {
  it('readInputFile: any kind, any extension, random or mutated content', async () => {
    const dir = tempDir('landlink-fuzz-');
    let n = 0;
    const content = fc.oneof(mutatedCsv.map((t) => Buffer.from(t, 'utf8')), fc.uint8Array({ maxLength: 1500 }).map((u) => Buffer.from(u)));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...inputKinds), fc.constantFrom('.csv', '.xlsx', '.txt', '.tsv'), content, async (kind, ext, bytes) => {
      const path = join(dir, `${n++}${ext}`);
      writeFileSync(path, bytes);
      const r = await onlyInputErrors(() => readInputFile(path, kind));
      if (!(r instanceof InputError)) expectLocated(r.findings);
    }), { seed, numRuns: 300 });
  });

  it('loadYear on a mutated small year: one file of it broken per run', async () => {
    const base = writeMiniYear(join(tempDir('landlink-fuzz-base-'), 'data'));
    const names = readdirSync(base).sort();
    const originals = new Map(names.map((n) => [n, readFileSync(join(base, n))]));
    let n = 0;
    const mutation = fc.record({
      file: fc.constantFrom(...names),
      op: fc.constantFrom('flip', 'cut', 'cells', 'bytes'),
      at: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      cells: fc.array(text, { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(fc.asyncProperty(mutation, async (m) => {
      const dir = join(base, '..', `run-${n++}`);
      mkdirSync(dir);
      for (const [name, bytes] of originals) writeFileSync(join(dir, name), bytes);
      const orig = originals.get(m.file)!;
      let bytes: Buffer;
      if (m.op === 'flip') { bytes = Buffer.from(orig); for (const [i, v] of m.at) bytes[i % bytes.length] = v; }
      else if (m.op === 'cut') bytes = orig.subarray(0, m.at[0]![0] % orig.length);
      else if (m.op === 'bytes') bytes = Buffer.from(m.at.map(([, v]) => v));
      else {
        // replace cells of a text file's data rows (xlsx files get their bytes flipped instead)
        if (m.file.endsWith('.xlsx')) { bytes = Buffer.from(orig); for (const [i, v] of m.at) bytes[i % bytes.length] = v; }
        else {
          const lines = orig.toString('latin1').split('\r\n');
          m.cells.forEach((c, k) => {
            const li = 1 + ((m.at[k % m.at.length]![0]) % Math.max(1, lines.length - 2));
            const cells = lines[li]!.split(',');
            cells[m.at[k % m.at.length]![1] % cells.length] = Buffer.from(c, 'utf8').toString('latin1');
            lines[li] = cells.join(',');
          });
          bytes = Buffer.from(lines.join('\r\n'), 'latin1');
        }
      }
      writeFileSync(join(dir, m.file), bytes);
      const r = await onlyInputErrors(() => loadYear({ year: 2025, data: dir }));
      if (!(r instanceof InputError)) expectLocated(r.findings);
    }), { seed, numRuns: 150 });
  });
});
