// The application layer's house rules, read from the source's own imports (TypeScript's parser, so a type-only
// import, which leaves no trace in dist/, is told apart from a value import):
//   - every command of src/cli/commands/ has its application module src/app/<command>.ts;
//   - src/app/ reads, decides and writes: it imports nothing of src/cli/ and nothing that prints or colours;
//   - src/cycle/ and src/indicators/ hold rules only: they import neither src/app/ nor src/cli/;
//   - no command imports src/cli/main.ts, and no two files of src/ import each other's values in a cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

interface Edge { from: string; to: string }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports for their values: static imports/re-exports that are not type-only, and import(). */
function valueImports(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined &&
        ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Value-import edges between files of src/ (paths relative to src/), plus the packages each file imports. */
function graph(): { edges: Edge[]; packages: Map<string, string[]> } {
  const edges: Edge[] = [];
  const packages = new Map<string, string[]>();
  for (const path of sourceFiles(SRC)) {
    const from = relative(SRC, path);
    for (const spec of valueImports(readFileSync(path, 'utf8'))) {
      if (spec.startsWith('.')) edges.push({ from, to: relative(SRC, resolve(dirname(path), spec.replace(/\.js$/, '.ts'))) });
      else packages.set(from, [...(packages.get(from) ?? []), spec]);
    }
  }
  return { edges, packages };
}

/** The strongly connected groups of more than one file (or a file importing itself): each is an import cycle. */
function cyclesOf(edges: readonly Edge[]): string[][] {
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

const { edges, packages } = graph();
const top = (path: string): string => path.split('/')[0]!;

describe('the import-graph reader', () => {
  it.each([
    { name: 'value import', text: "import { a } from './a.js';", found: ['./a.js'] },
    { name: 'type-only import', text: "import type { A } from './a.js';", found: [] },
    { name: 'all names type-only', text: "import { type A, type B } from './a.js';", found: [] },
    { name: 'one value among types', text: "import { type A, b } from './a.js';", found: ['./a.js'] },
    { name: 'dynamic import', text: "const m = await import('../app/x.js');", found: ['../app/x.js'] },
    { name: 're-export', text: "export { a } from './a.js';", found: ['./a.js'] },
    { name: 'type re-export', text: "export type { A } from './a.js';", found: [] },
    { name: 'side-effect import', text: "import './a.js';", found: ['./a.js'] },
  ])('$name', ({ text, found }) => expect(valueImports(text)).toEqual(found));

  it('finds a cycle of three files and none in a chain', () => {
    expect(cyclesOf([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' }, { from: 'c', to: 'd' }])).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf([{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }])).toEqual([]);
  });
});

describe('the application layer', () => {
  it('has one module per command', () => {
    const commands = readdirSync(join(SRC, 'cli/commands')).filter((f) => f.endsWith('.ts'));
    expect(commands.length).toBeGreaterThanOrEqual(9);
    const apps = new Set(readdirSync(join(SRC, 'app')));
    expect(commands.filter((f) => !apps.has(f))).toEqual([]);
  });

  it('each command reaches the domain through its application module', () => {
    const missing = readdirSync(join(SRC, 'cli/commands')).filter((f) => f.endsWith('.ts'))
      .filter((f) => !edges.some((e) => e.from === `cli/commands/${f}` && e.to === `app/${f}`));
    expect(missing).toEqual([]);
  });

  it.each([
    { layer: 'app', forbidden: ['cli'] },
    { layer: 'cycle', forbidden: ['app', 'cli'] },
    { layer: 'indicators', forbidden: ['app', 'cli'] },
  ])('$layer imports nothing of $forbidden', ({ layer, forbidden }) => {
    expect(edges.filter((e) => top(e.from) === layer && forbidden.includes(top(e.to)))).toEqual([]);
  });

  it('src/app prints nothing: no chalk, ora or console', () => {
    const printing = [...packages].filter(([from, specs]) => top(from) === 'app' && specs.some((s) => s === 'chalk' || s === 'ora'));
    expect(printing).toEqual([]);
    const consoles = sourceFiles(join(SRC, 'app')).filter((f) => /\bconsole\.|process\.(stdout|stderr|exitCode)/.test(readFileSync(f, 'utf8')));
    expect(consoles.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('no file imports src/cli/main.ts', () => {
    expect(edges.filter((e) => e.to === 'cli/main.ts')).toEqual([]);
  });

  it('no value-import cycle between files of src/', () => {
    expect(cyclesOf(edges)).toEqual([]);
  });
});
