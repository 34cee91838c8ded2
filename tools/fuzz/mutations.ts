// Random damage to a year's folder, of the kinds users meet (docs/bad-input.md): files cut short or with flipped
// bytes (mail, USB sticks), cells holding what no spreadsheet should (huge numbers, control characters, escaped
// quotes), sheet XML cut or unclosed inside a valid zip, and file-system oddities (links, pipes, devices, folders,
// names that are not UTF-8). Each mutation says what it did, so a failing run can be read and reproduced.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { unzip, zip } from './zip.js';

/** mulberry32: a small, fast, seeded generator (runs must be reproducible from their seed). */
export class Random {
  private state: number;
  constructor(seed: number) { this.state = seed >>> 0; }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  pick<T>(items: readonly T[]): T { return items[this.int(items.length)]!; }
}

/** Values no cell of a real export should hold, and some it may: each must give a finding or be read as it is. */
export const TRICKY_VALUES: readonly string[] = [
  `1${'0'.repeat(330)}`, `1${'0'.repeat(308)}`, '11111111111111111111', '1000000000000000', '99999999999999', '1E+309', '1e5',
  'NaN', 'Infinity', '-1', '0', '', ' ', '0x1F', '0.00000000000000000001', '１２３．５', '1,23', '15%', '12.5亩',
  '核减\u001b[2J', 'abc\u202etxt', '\u0000', '"', '""""', `"${'""'.repeat(2000)}"`, '2025-02-30', '1899-12-31', '20251301',
  '#N/A', '#DIV/0!', '=HYPERLINK("http://x")', '__proto__', '地'.repeat(40_000), '\uFFFD', '_x0041_',
];

const XML_VALUES: readonly string[] = [
  `1${'0'.repeat(330)}`, `1${'0'.repeat(309)}`, '1E+309', 'NaN', '0x1F', '-0', '', 'abc', '\u0001\u0002\u001b0', '99999999999', '-5',
];

export interface Folder { dir: string }

/** The regular files below `dir` (links, pipes and earlier damage left alone: reading a pipe never ends). */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (name.startsWith('.')) continue;
      let st;
      try { st = lstatSync(p); } catch { continue; }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

function decodeText(bytes: Buffer): { text: string; encoding: 'utf8' | 'gbk'; bom: boolean } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf8', bom };
  } catch {
    return { text: iconv.decode(body, 'gbk'), encoding: 'gbk', bom };
  }
}

function encodeText(text: string, encoding: 'utf8' | 'gbk', bom: boolean): Buffer {
  const body = encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gbk');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

type Mutation = (dir: string, r: Random) => string | null;

const isText = (f: string): boolean => /\.(csv|tsv|txt)$/i.test(f);
const isXlsx = (f: string): boolean => /\.xlsx$/i.test(f);

/** Cuts a string at one of 20 places, as a transfer cut short would. */
function cutAt(length: number, r: Random): number {
  return Math.floor((length * (1 + r.int(19))) / 20);
}

const mutations: Record<string, Mutation> = {
  truncate(dir, r) {
    const f = pickOf(files(dir), r);
    if (!f) return null;
    const p = join(dir, f);
    const bytes = readFileSync(p);
    const at = cutAt(bytes.length, r);
    writeFileSync(p, bytes.subarray(0, at));
    return `${f}: cut to ${at} of ${bytes.length} bytes`;
  },
  flipBytes(dir, r) {
    const f = pickOf(files(dir), r);
    if (!f) return null;
    const p = join(dir, f);
    const bytes = Buffer.from(readFileSync(p));
    if (bytes.length === 0) return null;
    const n = 1 + r.int(8);
    const at: number[] = [];
    for (let i = 0; i < n; i++) { const k = r.int(bytes.length); bytes[k] = bytes[k]! ^ (1 + r.int(255)); at.push(k); }
    writeFileSync(p, bytes);
    return `${f}: bytes flipped at ${at.join(',')}`;
  },
  emptyFile(dir, r) {
    const f = pickOf(files(dir), r);
    if (!f) return null;
    writeFileSync(join(dir, f), '');
    return `${f}: emptied`;
  },
  deleteFile(dir, r) {
    const f = pickOf(files(dir), r);
    if (!f) return null;
    rmSync(join(dir, f));
    return `${f}: deleted`;
  },
  secondFileOfAKind(dir, r) {
    const f = pickOf(files(dir).filter((x) => !x.includes('/')), r);
    if (!f) return null;
    const ext = f.slice(f.lastIndexOf('.'));
    const copy = `${f.slice(0, f.lastIndexOf('.'))} 2025${ext}`;
    cpSync(join(dir, f), join(dir, copy));
    return `${f}: copied as ${copy}`;
  },
  csvCell: (dir, r) => editLine(dir, r, '\r\n', (lines, row) => {
    const cells = lines[row]!.split(',');
    const col = r.int(cells.length);
    const value = r.pick(TRICKY_VALUES);
    cells[col] = /[",\r\n]/.test(value) && !value.startsWith('"') ? `"${value.replace(/"/g, '""')}"` : value;
    lines[row] = cells.join(',');
    return `line ${row + 1} field ${col + 1} = ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value)}`;
  }),
  csvLines: (dir, r) => editLine(dir, r, '\n', (lines, row) => {
    const how = r.pick(['delete', 'duplicate', 'header-again', 'unclosed-quote'] as const);
    if (how === 'delete') lines.splice(row, 1);
    else if (how === 'duplicate') lines.splice(row, 0, lines[row]!);
    else if (how === 'header-again') lines.splice(row, 0, lines[0]!);
    else lines[row] = `"${lines[row]}`;
    return `line ${row + 1} ${how}`;
  }),
  xmlPart(dir, r) {
    const f = pickOf(files(dir).filter(isXlsx), r);
    if (!f) return null;
    const p = join(dir, f);
    let entries;
    try { entries = unzip(readFileSync(p)); } catch { return null; }
    const xmlEntries = entries.filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'));
    const e = r.pick(xmlEntries);
    const text = e.data.toString('utf8');
    const how = r.pick(['truncate', 'unclose', 'value', 'value', 'drop-entry', 'rename-case'] as const);
    let said: string;
    if (how === 'truncate') {
      const at = cutAt(text.length, r);
      e.data = Buffer.from(text.slice(0, at), 'utf8');
      said = `cut to ${at} of ${text.length} characters`;
    } else if (how === 'unclose') {
      const closes = [...text.matchAll(/<\/[^>]+>/g)];
      if (closes.length === 0) return null;
      const m = r.pick(closes);
      e.data = Buffer.from(text.slice(0, m.index) + text.slice(m.index + m[0].length), 'utf8');
      said = `closing tag ${m[0]} at ${m.index} removed`;
    } else if (how === 'value') {
      const values = [...text.matchAll(/<v>([^<]*)<\/v>/g)];
      if (values.length === 0) return null;
      const m = r.pick(values);
      const v = r.pick(XML_VALUES);
      e.data = Buffer.from(`${text.slice(0, m.index)}<v>${v}</v>${text.slice(m.index + m[0].length)}`, 'utf8');
      said = `<v>${m[1]}</v> at ${m.index} → ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    } else if (how === 'drop-entry') {
      entries.splice(entries.indexOf(e), 1);
      said = 'entry removed';
    } else {
      e.name = e.name.replace(/[a-z]/, (c) => c.toUpperCase());
      said = `entry renamed to ${e.name}`;
    }
    writeFileSync(p, zip(entries));
    return `${f}: ${e.name} ${said}`;
  },
  fileSystem(dir, r) {
    const f = pickOf(files(dir), r);
    if (!f) return null;
    const p = join(dir, f);
    const how = r.pick(['dangling-link', 'link-loop', 'device', 'fifo', 'folder'] as const);
    rmSync(p);
    if (how === 'dangling-link') symlinkSync('/nonexistent/landlink-fuzz', p);
    else if (how === 'link-loop') symlinkSync(p, p);
    else if (how === 'device') symlinkSync('/dev/zero', p);
    else if (how === 'fifo') { if (spawnSync('mkfifo', [p]).status !== 0) return null; }
    else mkdirSync(p);
    return `${f}: replaced by a ${how}`;
  },
  foreignName(dir, r) {
    const name = Buffer.concat([Buffer.from(`${dir}/备注`), Buffer.from([0xb1, 0xb8, 0xd7, 0xa2, 0x80 + r.int(0x7f)]), Buffer.from('.txt')]);
    writeFileSync(name, 'x');
    return 'a file whose name is not UTF-8 added';
  },
  feedbackNotAFolder(dir) {
    const fb = ['审核意见', 'feedback'].map((n) => join(dir, n)).find((p) => existsSync(p));
    if (!fb) return null;
    rmSync(fb, { recursive: true });
    writeFileSync(fb, 'x');
    return `${relative(dir, fb)}: replaced by a file`;
  },
  renameUnknown(dir, r) {
    const f = pickOf(files(dir).filter((x) => !x.includes('/')), r);
    if (!f) return null;
    renameSync(join(dir, f), join(dir, `旧-${f}`));
    return `${f}: renamed to 旧-${f}`;
  },
};

/** A random line of a random text input edited in place, its encoding and BOM kept; `edit` says what it did. */
function editLine(dir: string, r: Random, eol: string, edit: (lines: string[], row: number) => string): string | null {
  const f = pickOf(files(dir).filter(isText), r);
  if (!f) return null;
  const p = join(dir, f);
  const { text, encoding, bom } = decodeText(readFileSync(p));
  const lines = text.split(/\r?\n/);
  const said = edit(lines, r.int(lines.length));
  writeFileSync(p, encodeText(lines.join(eol), encoding, bom));
  return `${f}: ${said}`;
}

function pickOf(list: string[], r: Random): string | undefined {
  return list.length === 0 ? undefined : r.pick(list);
}

/** Weights: content damage is what users meet most; file-system oddities less often. */
const WEIGHTS: [keyof typeof mutations, number][] = [
  ['truncate', 3], ['flipBytes', 3], ['emptyFile', 1], ['deleteFile', 1], ['secondFileOfAKind', 1], ['csvCell', 8], ['csvLines', 3],
  ['xmlPart', 8], ['fileSystem', 2], ['foreignName', 1], ['feedbackNotAFolder', 1], ['renameUnknown', 1],
];

/** Applies 1–3 random mutations to the folder; returns what was done (never an empty list). */
export function damage(dir: string, r: Random): string[] {
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const done: string[] = [];
  const wanted = 1 + r.int(3);
  for (let attempts = 0; done.length < wanted && attempts < 20; attempts++) {
    let x = r.int(total);
    const [name] = WEIGHTS.find(([, w]) => (x -= w) < 0)!;
    const said = mutations[name]!(dir, r);
    if (said !== null) done.push(`${name}: ${said}`);
  }
  return done;
}
