// The layers hold by themselves: the import graph of src/ and tools/, read with TypeScript's parser, checked against
// the layer table below (ARCHITECTURE.md mirrors it, row for row). A file's layer is the longest path of the table
// that holds it; a file may import its own layer, the layers its row lists under `values`, and — by `import type`
// only, which leaves no trace in dist/ — the layers under `types`. Besides: no value-import cycle between files, the
// table itself runs one way (no layer reaches itself through the table), the rules below that must never loosen are
// kept by the table even transitively, every folder of src/ is placed, and the packages src/ loads are exactly the
// runtime dependencies (so `npm ls --omit=dev` lists only what the CLI loads).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

interface Layer {
  /** The layer's name, used in `values` / `types` of the other rows. */
  name: string;
  /** Folders (ending in '/') or files, relative to the repository root. */
  paths: string[];
  /** Layers whose values this layer may import. */
  values: string[];
  /** Further layers this layer may import types from (type-only imports). */
  types: string[];
}

/** The layer table, bottom up. ARCHITECTURE.md's layer map is this table. */
const LAYERS: readonly Layer[] = [
  { name: 'domain', paths: ['src/domain/'], values: [], types: [] },
  { name: 'xlsx', paths: ['src/xlsx/'], values: [], types: [] },
  { name: 'findings', paths: ['src/findings/'], values: ['domain'], types: [] },
  { name: 'policy', paths: ['src/policy/'], values: ['domain', 'findings'], types: [] },
  {
    name: 'review-workbook/read',
    paths: ['src/review-workbook/layout.ts', 'src/review-workbook/manifest.ts', 'src/review-workbook/read.ts'],
    values: ['domain', 'findings', 'xlsx'], types: [],
  },
  { name: 'ingest', paths: ['src/ingest/'], values: ['domain', 'findings', 'policy', 'xlsx', 'review-workbook/read'], types: [] },
  { name: 'pipeline', paths: ['src/pipeline/'], values: ['domain', 'findings', 'policy'], types: ['ingest'] },
  { name: 'indicators', paths: ['src/indicators/'], values: ['domain', 'findings', 'policy'], types: ['ingest'] },
  { name: 'report', paths: ['src/report/'], values: ['domain', 'findings', 'policy', 'xlsx', 'ingest', 'pipeline', 'indicators'], types: [] },
  {
    name: 'review-workbook/write', paths: ['src/review-workbook/'],
    values: ['domain', 'findings', 'policy', 'xlsx', 'review-workbook/read', 'report'], types: ['pipeline'],
  },
  { name: 'cycle', paths: ['src/cycle/'], values: ['domain', 'findings', 'policy', 'xlsx', 'ingest', 'pipeline', 'report'], types: [] },
  {
    name: 'app', paths: ['src/app/'],
    values: ['domain', 'findings', 'policy', 'ingest', 'pipeline', 'indicators', 'report', 'review-workbook/write', 'cycle'],
    types: ['xlsx'],
  },
  { name: 'cli', paths: ['src/cli/'], values: ['domain', 'findings', 'policy', 'xlsx', 'indicators', 'cycle', 'app'], types: ['ingest', 'pipeline'] },
  {
    name: 'tools', paths: ['tools/'],
    values: ['domain', 'findings', 'policy', 'xlsx', 'review-workbook/read', 'ingest', 'pipeline', 'indicators', 'report',
      'review-workbook/write', 'cycle', 'app'],
    types: [],
  },
];

/** What must never be allowed, not even through another layer: the table may grow, but never into these. */
const NEVER: readonly { from: string; to: string[] }[] = [
  { from: 'domain', to: LAYERS.map((l) => l.name).filter((n) => n !== 'domain') },
  { from: 'xlsx', to: LAYERS.map((l) => l.name).filter((n) => n !== 'xlsx') },
  { from: 'policy', to: ['ingest', 'pipeline', 'report', 'app', 'cli'] },
  { from: 'ingest', to: ['report', 'app', 'cli'] },
  { from: 'pipeline', to: ['report', 'app', 'cli'] },
  { from: 'report', to: ['app', 'cli'] },
  ...LAYERS.filter((l) => l.name !== 'cli').map((l) => ({ from: l.name, to: ['cli'] })),
];

interface Edge { from: string; to: string; typeOnly: boolean }

/** The modules a file imports, each marked type-only or not: static imports and re-exports, and import() calls. */
function importsOf(text: string): { spec: string; typeOnly: boolean }[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined &&
        ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push({ spec: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The layer holding a path (relative to the repository root): the longest matching path of the table. */
function layerOf(path: string, layers: readonly Layer[] = LAYERS): string | undefined {
  let best: { name: string; length: number } | undefined;
  for (const layer of layers) {
    for (const p of layer.paths) {
      const holds = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (holds && (best === undefined || p.length > best.length)) best = { name: layer.name, length: p.length };
    }
  }
  return best?.name;
}

/** Edges the table does not allow, as readable lines. */
function violations(edges: readonly Edge[], layers: readonly Layer[] = LAYERS): string[] {
  const rows = new Map(layers.map((l) => [l.name, l]));
  const out: string[] = [];
  for (const { from, to, typeOnly } of edges) {
    const a = layerOf(from, layers), b = layerOf(to, layers);
    if (a === undefined || b === undefined) { out.push(`${from} → ${to}: ${a === undefined ? from : to} is in no layer`); continue; }
    if (a === b) continue;
    const row = rows.get(a)!;
    if (row.values.includes(b) || (typeOnly && row.types.includes(b))) continue;
    out.push(`${from} → ${to}${typeOnly ? ' (type)' : ''}: ${a} may not import ${b}`);
  }
  return out;
}

/** The strongly connected groups of more than one file (or a file importing itself): each is an import cycle. */
function cyclesOf(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, index.size); low.set(v, index.get(v)!); stack.push(v); onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) { connect(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); group.push(w); } while (w !== v);
      if (group.length > 1 || (next.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) connect(v);
  return groups;
}

/** The layers a layer reaches through the table (values and types), itself excluded unless the table loops. */
function reach(name: string, layers: readonly Layer[] = LAYERS): Set<string> {
  const rows = new Map(layers.map((l) => [l.name, l]));
  const seen = new Set<string>();
  const todo = [name];
  while (todo.length > 0) {
    const row = rows.get(todo.pop()!);
    for (const next of [...(row?.values ?? []), ...(row?.types ?? [])]) if (!seen.has(next)) { seen.add(next); todo.push(next); }
  }
  return seen;
}

/** Rules of `never` the table allows, directly or through other layers. */
function loosened(never: typeof NEVER, layers: readonly Layer[] = LAYERS): string[] {
  return never.flatMap(({ from, to }) => {
    const reached = reach(from, layers);
    return to.filter((t) => reached.has(t)).map((t) => `${from} reaches ${t}`);
  });
}

/** The comments of a source file (not strings, not code), each once, in order. */
function commentsOf(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const seen = new Set<number>();
  const comments: string[] = [];
  const take = (ranges: ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) if (!seen.has(r.pos)) { seen.add(r.pos); comments.push(text.slice(r.pos, r.end)); }
  };
  const visit = (node: ts.Node): void => {
    take(ts.getLeadingCommentRanges(text, node.pos));
    take(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(file);
  take(ts.getLeadingCommentRanges(text, file.endOfFileToken.pos));
  return comments;
}

/** Comments that cite what is not in the repository: an issue number, the shared notes. */
function outsideCitations(text: string): string[] {
  const cited = /\bissues?\s*#?\d|\bissue brief\b|\b(task|brief) [A-Z]\b|\bseeds? \d{3}\b|\bpolicy room\b|\bshared contract\b|\bstyle\.md\b|\bdependencies\.md\b|\.\.\/shared\b|\/work\/shared\b|\bshared\/notes\b|\bseeds\//i;
  return commentsOf(text).filter((c) => cited.test(c));
}

/** A file name or path a comment cites: `*.md`, `*.txt` (with or without folders), or any path under `docs/`. */
const CITED_FILE = /(?:[\w.\-<>\u4e00-\u9fff]+\/)*[\w.\-<>\u4e00-\u9fff]+\.(?:md|txt)\b|\bdocs\/[\w.\-<>\u4e00-\u9fff/]*/gu;

/**
 * The files cited in the comments of `text` (the source file `from`, relative to the root) that are not among `paths`
 * (the repository's files and folders, relative to the root, '/'-separated). A cited path resolves beside the citing
 * file or from the root; a bare name (`domain.md`) also beside the file, at the root, or when exactly one file of the
 * repository has that name. `<year>`-style placeholders stand for one path segment. Web addresses are not files.
 * A decision of docs/spec/domain.md cited by number ('决定 5b', 'Decision 6') must be one of `decisions`.
 */
function unresolvedCitations(text: string, from: string, paths: ReadonlySet<string>, decisions: ReadonlySet<string> = new Set()): string[] {
  const here = dirname(from);
  const byName = new Map<string, number>();
  for (const p of paths) { const name = p.slice(p.lastIndexOf('/') + 1); byName.set(name, (byName.get(name) ?? 0) + 1); }
  const exists = (p: string): boolean => {
    if (!p.includes('<')) return paths.has(p);
    const pattern = new RegExp(`^${p.split(/<[^>/]*>/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
    return [...paths].some((q) => pattern.test(q));
  };
  const resolves = (cited: string): boolean => {
    const local = join(here, cited).split(sep).join('/');
    if (exists(local) || exists(cited.replace(/^\.\//, ''))) return true;
    return !cited.includes('/') && byName.get(cited) === 1;
  };
  return commentsOf(text).flatMap((c) => [
    ...[...c.replace(/\bhttps?:\/\/\S+/g, '').matchAll(CITED_FILE)]
      .map((m) => m[0].replace(/[./]+$/, ''))
      .filter((cited) => cited !== 'docs' && !resolves(cited)),
    ...[...c.matchAll(/(?:决定|\bDecisions?)\s*(\d+[a-z]?)\b/g)].filter((m) => !decisions.has(m[1]!)).map((m) => m[0]),
  ]);
}

/** The numbers of the decisions listed under "## Decisions" in docs/spec/domain.md: '1', '5b', … */
function specDecisions(): Set<string> {
  const domain = readFileSync(join(ROOT, 'docs', 'spec', 'domain.md'), 'utf8');
  return new Set([...domain.slice(domain.indexOf('## Decisions')).matchAll(/^(\d+[a-z]?)\. /gm)].map((m) => m[1]!));
}

/** Every file and folder of the repository (relative to the root, '/'-separated), without what is installed or built. */
function repositoryPaths(dir = ROOT, out = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    if (['node_modules', '.git', 'dist', 'build', 'coverage'].includes(name)) continue;
    const path = join(dir, name);
    out.add(relative(ROOT, path).split(sep).join('/'));
    if (statSync(path).isDirectory()) repositoryPaths(path, out);
  }
  return out;
}

/** The script files of a folder whose comments are checked (TypeScript and JavaScript). */
function scriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scriptFiles(path) : /\.(?:ts|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Import edges between files of src/ and tools/ (paths relative to the root), and the packages each file imports. */
function readGraph(): { edges: Edge[]; packages: { from: string; name: string; typeOnly: boolean }[] } {
  const edges: Edge[] = [];
  const packages: { from: string; name: string; typeOnly: boolean }[] = [];
  for (const path of [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'tools'))]) {
    const from = relative(ROOT, path);
    for (const { spec, typeOnly } of importsOf(readFileSync(path, 'utf8'))) {
      if (spec.startsWith('.')) edges.push({ from, to: relative(ROOT, resolve(dirname(path), spec.replace(/\.js$/, '.ts'))), typeOnly });
      else if (!spec.startsWith('node:')) {
        const parts = spec.split('/');
        packages.push({ from, name: spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!, typeOnly });
      }
    }
  }
  return { edges, packages };
}

const { edges, packages } = readGraph();
const values = edges.filter((e) => !e.typeOnly);

describe('the checker itself', () => {
  it.each([
    { name: 'value import', text: "import { a } from './a.js';", found: [{ spec: './a.js', typeOnly: false }] },
    { name: 'type-only import', text: "import type { A } from './a.js';", found: [{ spec: './a.js', typeOnly: true }] },
    { name: 'all names type-only', text: "import { type A, type B } from './a.js';", found: [{ spec: './a.js', typeOnly: true }] },
    { name: 'one value among types', text: "import { type A, b } from './a.js';", found: [{ spec: './a.js', typeOnly: false }] },
    { name: 'dynamic import', text: "const m = await import('../app/x.js');", found: [{ spec: '../app/x.js', typeOnly: false }] },
    { name: 're-export', text: "export { a } from './a.js';", found: [{ spec: './a.js', typeOnly: false }] },
    { name: 'type re-export', text: "export type { A } from './a.js';", found: [{ spec: './a.js', typeOnly: true }] },
    { name: 'side-effect import', text: "import './a.js';", found: [{ spec: './a.js', typeOnly: false }] },
    { name: 'multi-line type import', text: "import type {\n  C,\n} from '../z.js';", found: [{ spec: '../z.js', typeOnly: true }] },
  ])('reads a $name', ({ text, found }) => expect(importsOf(text)).toEqual(found));

  it('finds a cycle of three files and none in a chain', () => {
    expect(cyclesOf([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }, { from: 'c', to: 'd' }])).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }])).toEqual([]);
    expect(cyclesOf([{ from: 'a', to: 'a' }])).toEqual([['a']]);
  });

  it('places a file by the longest path: the review workbook has a read side below ingest and a write side above report', () => {
    expect(layerOf('src/review-workbook/read.ts')).toBe('review-workbook/read');
    expect(layerOf('src/review-workbook/write.ts')).toBe('review-workbook/write');
    expect(layerOf('src/ingest/columns/index.ts')).toBe('ingest');
    expect(layerOf('tests/app/x.ts')).toBeUndefined();
  });

  // One violating edge per rule: the checker must name each.
  it.each([
    { rule: 'ingest imports no report', from: 'src/ingest/feedback.ts', to: 'src/report/labels.ts' },
    { rule: 'ingest imports no app', from: 'src/ingest/load.ts', to: 'src/app/compute.ts' },
    { rule: 'ingest imports no cli', from: 'src/ingest/load.ts', to: 'src/cli/context.ts' },
    { rule: 'ingest imports not the write side of the review workbook', from: 'src/ingest/feedback.ts', to: 'src/review-workbook/write.ts' },
    { rule: 'app imports no cli', from: 'src/app/compute.ts', to: 'src/cli/options.ts' },
    { rule: 'tools import no cli', from: 'tools/bench/run.ts', to: 'src/cli/main.ts' },
    { rule: 'cycle imports no cli', from: 'src/cycle/status.ts', to: 'src/cli/render/table.ts' },
    { rule: 'xlsx imports nothing of landlink', from: 'src/xlsx/read.ts', to: 'src/findings/index.ts' },
    { rule: 'xlsx imports not even the domain', from: 'src/xlsx/widths.ts', to: 'src/domain/exact.ts' },
    { rule: 'domain imports no other folder', from: 'src/domain/rows.ts', to: 'src/findings/types.ts' },
    { rule: 'domain imports no policy', from: 'src/domain/vocabulary.ts', to: 'src/policy/categories.ts' },
    { rule: 'policy imports no ingest', from: 'src/policy/load.ts', to: 'src/ingest/types.ts' },
    { rule: 'policy imports no pipeline', from: 'src/policy/reward.ts', to: 'src/pipeline/types.ts' },
    { rule: 'policy imports no report', from: 'src/policy/categories.ts', to: 'src/report/labels.ts' },
    { rule: 'policy imports no app', from: 'src/policy/load.ts', to: 'src/app/compute.ts' },
    { rule: 'policy imports no cli', from: 'src/policy/load.ts', to: 'src/cli/context.ts' },
    { rule: 'pipeline imports no cli', from: 'src/pipeline/compute.ts', to: 'src/cli/render/summary.ts' },
    { rule: 'indicators import no cli', from: 'src/indicators/compute.ts', to: 'src/cli/render/table.ts' },
    { rule: 'the review workbook imports no cli', from: 'src/review-workbook/write.ts', to: 'src/cli/context.ts' },
    { rule: 'pipeline imports no report', from: 'src/pipeline/compute.ts', to: 'src/report/labels.ts' },
    { rule: 'pipeline imports no app', from: 'src/pipeline/compute.ts', to: 'src/app/compute.ts' },
    { rule: 'report imports no app', from: 'src/report/plan.ts', to: 'src/app/compute.ts' },
    { rule: 'report imports no cli', from: 'src/report/plan.ts', to: 'src/cli/render/table.ts' },
    { rule: 'src imports no tools', from: 'src/app/sample.ts', to: 'tools/samples/generate.ts' },
    { rule: 'src imports no tests', from: 'src/app/sample.ts', to: 'tests/fixtures/x.ts' },
    { rule: 'pipeline takes ingest values by type only', from: 'src/pipeline/compute.ts', to: 'src/ingest/load.ts' },
  ])('flags: $rule', ({ from, to }) => {
    expect(violations([{ from, to, typeOnly: false }])).toHaveLength(1);
    expect(violations([{ from, to: from.replace(/[^/]+$/, 'other.ts'), typeOnly: false }])).toEqual([]);
  });

  it('lets a type-only import through only where the row lists it under types', () => {
    expect(violations([{ from: 'src/pipeline/compute.ts', to: 'src/ingest/types.ts', typeOnly: true }])).toEqual([]);
    expect(violations([{ from: 'src/policy/load.ts', to: 'src/ingest/types.ts', typeOnly: true }])).toHaveLength(1);
  });

  it('finds a table that loops or loosens a rule, directly or through another layer', () => {
    const row = (name: string, vals: string[]): Layer => ({ name, paths: [`src/${name}/`], values: vals, types: [] });
    expect(loosened([{ from: 'ingest', to: ['report'] }], [row('ingest', ['x']), row('x', ['report']), row('report', [])])).toEqual(['ingest reaches report']);
    expect(loosened([{ from: 'ingest', to: ['report'] }], [row('ingest', ['x']), row('x', []), row('report', ['ingest'])])).toEqual([]);
    expect(reach('a', [row('a', ['b']), row('b', ['a'])]).has('a')).toBe(true);
  });

  it('finds comments that cite what is outside the repository, and only comments', () => {
    const text = [
      '// see issue 7 for the history',
      '/* the notes in ../shared/notes/dependencies.md */',
      '/** Rules: style.md §3 */',
      'const a = 1; // Issue #12 asked for this',
      '// from seeds/003_505f1f088b0c59f6.txt',
      '// as task B asked',
      '/** Added to the shared contract by brief I; the policy room chose it (seed 004 四、(二)). */',
      '// the Measures: docs/sources/浙土资发〔2017〕19号.md, docs/decisions.md; a brief note; seeded runs',
      "const s = 'issue 7 in a string is a message, not a comment';",
      'const t = `// issue 8 inside a template`;',
      'export {};',
    ].join('\n');
    expect(outsideCitations(text)).toEqual([
      '// see issue 7 for the history',
      '/* the notes in ../shared/notes/dependencies.md */',
      '/** Rules: style.md §3 */',
      '// Issue #12 asked for this',
      '// from seeds/003_505f1f088b0c59f6.txt',
      '// as task B asked',
      '/** Added to the shared contract by brief I; the policy room chose it (seed 004 四、(二)). */',
    ]);
  });
  it('finds comments that cite a file the repository does not have, and resolves those it has', () => {
    const paths = new Set(['README.md', 'docs', 'docs/spec', 'docs/spec/domain.md', 'docs/用户手册.md', 'src', 'src/xlsx', 'src/xlsx/README.md',
      'src/xlsx/read.ts', 'docs/sources', 'docs/sources/README.md', 'samples', 'samples/2025', 'samples/2025/README.md', 'tests', 'tests/a.test.ts']);
    const text = [
      '// docs/spec/domain.md 决定 6, domain.md, docs/用户手册.md 5.12, README.md, docs/spec/.',
      '// See README.md beside this file; ../../docs/spec/domain.md; samples/<year>/README.md; https://example.org/x/notes.md',
      '/** the notes in data/README.md; spec/domain.md "Decisions"; docs/sources/004_…txt */',
      '// dependencies.md, docs/spec/glossary.md, docs/missing/',
      "const s = 'a string may name nothing.md';",
      'export {};',
    ].join('\n');
    expect(unresolvedCitations(text, 'src/xlsx/read.ts', paths, new Set(['6']))).toEqual([
      'data/README.md', 'spec/domain.md', 'docs/sources/004_', 'dependencies.md', 'docs/spec/glossary.md', 'docs/missing',
    ]);
    expect(unresolvedCitations('// README.md beside this file', 'tests/a.test.ts', new Set(['src/xlsx/README.md', 'docs/README.md']))).toEqual(['README.md']);
    expect(unresolvedCitations('// domain.md 决定 5b and 决定 10; Decision 6, Decisions 5d', 'src/x.ts', paths, new Set(['5b', '6']))).toEqual(['决定 10', 'Decisions 5d']);
  });
});

describe('the layers of src/ and tools/', () => {
  it('every folder of src/ and every file of src/ and tools/ is placed in the layer table', () => {
    const folders = readdirSync(join(ROOT, 'src')).filter((n) => statSync(join(ROOT, 'src', n)).isDirectory());
    expect(folders.filter((f) => !LAYERS.some((l) => l.paths.some((p) => p.startsWith(`src/${f}/`))))).toEqual([]);
    const files = [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'tools'))].map((f) => relative(ROOT, f));
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('the table names only its own layers, and each layer once', () => {
    const names = LAYERS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    expect(LAYERS.flatMap((l) => [...l.values, ...l.types]).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('the table runs one way: no layer reaches itself', () => {
    expect(LAYERS.filter((l) => reach(l.name).has(l.name)).map((l) => l.name)).toEqual([]);
  });

  it('the table keeps the rules that must never loosen, even through other layers', () => {
    expect(loosened(NEVER)).toEqual([]);
  });

  it('every import keeps the table', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(violations(edges)).toEqual([]);
  });

  it('no value-import cycle between files', () => {
    expect(cyclesOf(values)).toEqual([]);
  });
});

describe('the application layer', () => {
  const commands = readdirSync(join(ROOT, 'src/cli/commands')).filter((f) => f.endsWith('.ts'));

  it('has one module per command, and each command reaches the rest through it', () => {
    expect(commands.length).toBeGreaterThanOrEqual(9);
    const missing = commands.filter((f) => !values.some((e) => e.from === `src/cli/commands/${f}` && e.to === `src/app/${f}`));
    expect(missing).toEqual([]);
  });

  it('only src/cli talks to the terminal: nothing else loads chalk or ora, writes to the console or sets the exit code', () => {
    expect(packages.filter((p) => layerOf(p.from) !== 'cli' && (p.name === 'chalk' || p.name === 'ora')).map((p) => p.from)).toEqual([]);
    const talking = tsFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f)).filter((f) => layerOf(f) !== 'cli')
      .filter((f) => /\bconsole\.|process\.(stdout|stderr|exitCode|exit\()/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(talking).toEqual([]);
  });

  it('no file imports src/cli/main.ts (the commands take their helpers from src/cli/options.ts)', () => {
    expect(edges.filter((e) => e.to === 'src/cli/main.ts')).toEqual([]);
  });
});

describe('product and tools', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as
    { files: string[]; dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const loaded = (typeOnly: boolean): string[] =>
    [...new Set(packages.filter((p) => p.from.startsWith('src/') && p.typeOnly === typeOnly).map((p) => p.name))].sort();

  it('the runtime dependencies are exactly the packages src/ loads (value imports), so npm ls --omit=dev lists only those', () => {
    expect(loaded(false)).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('a package src/ imports only for its types is a runtime dependency too (its types describe what another loads) or a dev one', () => {
    const known = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    expect(loaded(true).filter((n) => !known.has(n))).toEqual([]);
  });

  it.each(['exceljs', 'csv-parse'])('%s is a development dependency only', (name) => {
    expect(manifest.devDependencies[name]).toBeDefined();
    expect(manifest.dependencies[name]).toBeUndefined();
  });

  it('the published files hold neither the tools nor their build', () => {
    expect(manifest.files.filter((f) => /^(tools|build|src|tests)\b/.test(f))).toEqual([]);
    const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    expect(build.include).toEqual(['src']);
  });
});

describe('comments', () => {
  const files = ['src', 'tools', 'tests'].flatMap((d) => scriptFiles(join(ROOT, d))).concat(join(ROOT, 'bin', 'landlink'));

  it('in src/, tools/, tests/ and bin/ cite only what is in the repository (no issue, no shared notes)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => outsideCitations(readFileSync(f, 'utf8')).map((c) => `${relative(ROOT, f)}: ${c.slice(0, 120)}`))).toEqual([]);
  });

  it('in src/, tools/, tests/ and bin/ cite files that exist (a spec file, a policy text) and decisions the spec has', () => {
    const paths = repositoryPaths();
    expect(paths.has('docs/spec/domain.md') && paths.has('docs/用户手册.md')).toBe(true);
    const decisions = specDecisions();
    expect([...decisions]).toEqual(expect.arrayContaining(['1', '5b', '5c', '9']));
    const found = files.flatMap((f) => {
      const from = relative(ROOT, f).split(sep).join('/');
      return unresolvedCitations(readFileSync(f, 'utf8'), from, paths, decisions).map((c) => `${from}: ${c}`);
    });
    // The sample generator (tools/samples/) is being reworked on its own branch, which rewrites this comment (the
    // generator's notes on 电子监管号 outside the repository); remove the entry once that branch is in.
    expect(found).toEqual([]);
  });
});
