// Every source of Chinese text that reaches a user — the finding catalogue, the indicators' exclusion reasons and
// labels, the evidence checks, the Measures' supervision tables and parameters, the yearly calendar and its steps
// (`status`), the start-list's pre-fill rules, the ledger's citation, the labels of the workbooks, the help of every
// command — cites the Measures, the action plan or a section of docs/用户手册.md, never a developer file (a spec file,
// a source file, a decision number, an issue), and names no finding code but as the code itself. Besides the values,
// every string literal written in src/ and bin/ is read with TypeScript's parser, so text assembled in a function is
// covered too. The workbooks' cells are checked as written in tests/report/reader-text.test.ts; this test covers the
// sources, including those printed only on the terminal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import * as calendar from '../../src/cycle/calendar.js';
import * as cycleLabels from '../../src/cycle/labels.js';
import * as ledger from '../../src/cycle/ledger.js';
import * as startList from '../../src/cycle/start-list.js';
import * as guide from '../../src/domain/guide-sections.js';
import * as vocabulary from '../../src/domain/vocabulary.js';
import { catalogue } from '../../src/findings/index.js';
import * as indicatorCatalogue from '../../src/indicators/catalogue.js';
import * as exclusions from '../../src/indicators/exclusions.js';
import * as indicatorLabels from '../../src/indicators/labels.js';
import * as indicatorOptions from '../../src/indicators/options.js';
import * as categories from '../../src/policy/categories.js';
import * as evidenceChecks from '../../src/policy/evidence-checks.js';
import * as parameters from '../../src/policy/parameters.js';
import * as sources from '../../src/policy/sources.js';
import * as supervision from '../../src/policy/supervision.js';
import * as targets from '../../src/policy/targets.js';
import * as reportLabels from '../../src/report/labels.js';

const ROOT = resolve(import.meta.dirname, '../..');
const codes = new Set(Object.keys(catalogue));

/** Every string held by a value, with the path to it (functions are code, not text: skipped). */
export function stringsOf(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringsOf(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

const DEVELOPER_REFERENCE = new RegExp([
  String.raw`\b(domain|inputs|outputs|glossary|decisions|style|dependencies|ARCHITECTURE|BENCHMARKS)\.md\b`, // a developer document
  String.raw`\w\.(ts|js|mjs)\b`, // a source file
  String.raw`\b(docs|spec|src|tests|tools|shared|seeds)\/`, // a folder of the repository or of the notes outside it
  String.raw`决定\s*\d|\bDecision\s*\d`, // a decision of the spec by number
  String.raw`\bissues?\s*#?\d|\bissues\b`, // an issue, the issue tracker
].join('|'), 'i');

/** The finding codes named in `s`, unless `s` is nothing but one code (an identifier, not text). */
function codesIn(s: string): string[] {
  if (codes.has(s.trim())) return [];
  return (s.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((w) => codes.has(w));
}

/** The strings of a source that name a developer file. */
export function developerReferences(value: unknown): string[] {
  return stringsOf(value).filter(([, s]) => DEVELOPER_REFERENCE.test(s) || codesIn(s).length > 0).map(([p, s]) => `${p}: ${s}`);
}

/** The string literals (and template literal parts) of a source file that `developerReferences` would refuse,
 *  as 'line: text'; the module names of imports and exports are code, not text. */
export function developerLiterals(text: string): string[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    // `new URL('../dist/cli/main.js', import.meta.url)`: a module's place, resolved like an import's specifier (bin/landlink)
    if (ts.isNewExpression(node) && node.expression.getText(file) === 'URL' && node.arguments?.[1]?.getText(file) === 'import.meta.url') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (developerReferences(node.text).length > 0) out.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The help text of a command and of each of its subcommands, as `--help` prints it. */
function helpTexts(cmd: Command, path: string[] = []): [string, string][] {
  const name = [...path, cmd.name()];
  return [[name.join(' '), cmd.helpInformation()], ...cmd.commands.flatMap((c) => helpTexts(c, name))];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('text users read cites no developer file', () => {
  it('finds a spec file, a decision number or an issue wherever it hides (the check can fail)', () => {
    expect(developerReferences({ a: { article: 'domain.md 决定 6' }, b: ['ok', 'inputs.md supply'], c: 'see issue 7', d: '浙土资发〔2017〕19号 五、2' }))
      .toEqual(['a.article: domain.md 决定 6', 'b[1]: inputs.md supply', 'c: see issue 7']);
    expect(developerReferences({ article: '用户手册 4.12', fn: () => 'domain.md' })).toEqual([]);
    expect(developerReferences(['indicators/options.ts industrialLand', '见 docs/spec/', '请报告到项目 issues', 'Decision 6', '用户手册 6.3']))
      .toEqual(['[0]: indicators/options.ts industrialLand', '[1]: 见 docs/spec/', '[2]: 请报告到项目 issues', '[3]: Decision 6']);
  });

  it('finds a finding code named in text, but not a code standing alone', () => {
    expect(developerReferences({ message: '见 city-disagrees 的说明', code: 'city-disagrees', phase: 'issue', id: 'stock-part' }))
      .toEqual(['message: 见 city-disagrees 的说明']);
  });

  it('finds developer references in the string literals of a source, not in its comments or imports', () => {
    const text = [
      "import { x } from './domain.md.js';",
      "export { y } from './issues.js';",
      "type T = import('../domain/rows.js').InputKind;",
      '// domain.md 决定 6 in a comment is for developers',
      "const a = { article: 'inputs.md 表头' };",
      'const b = `按 ${a} 处理（决定 3）`;',
      "const c = '浙土资发〔2017〕19号 四、2';",
      "const d = 'issue';",
      "const e = '问题代码 area-survey-capped';",
      "const f = new URL('../docs/spec/inputs.md', import.meta.url);",
      "const g = new URL('../docs/spec/inputs.md', base);",
    ].join('\n');
    expect(developerLiterals(text)).toEqual(['5: inputs.md 表头', '6:  处理（决定 3）', '9: 问题代码 area-survey-capped', '11: ../docs/spec/inputs.md']);
  });

  it.each([
    ['the finding catalogue', catalogue],
    ['the indicators\' exclusion reasons', exclusions],
    ['the indicators\' catalogue, labels and options', { indicatorCatalogue, indicatorLabels, indicatorOptions }],
    ['the evidence checks', evidenceChecks],
    ['the supervision tables', supervision],
    ['the Measures\' categories, their sources and parameters', { categories, sources, parameters }],
    ['the action plan\'s targets', targets],
    ['the calendar of 2025 and its steps', { phases: calendar.phasesOf(2025), steps: calendar.steps }],
    ['the start-list pre-fill rules', startList],
    ['the ledger', ledger],
    ['the labels of the workbooks and the cycle', { reportLabels, cycleLabels, vocabulary }],
    ['the user guide\'s sections', guide],
  ])('%s', (_name, source) => {
    expect(stringsOf(source).length).toBeGreaterThan(0);
    expect(developerReferences(source)).toEqual([]);
  });

  it('the help of every command and subcommand', () => {
    const helps = helpTexts(buildProgram({ stdout: process.stdout, stderr: process.stderr, env: {}, cwd: ROOT }, () => undefined));
    expect(helps.map(([name]) => name)).toEqual(expect.arrayContaining(['landlink', 'landlink compute', 'landlink ledger add', 'landlink status']));
    expect(helps.flatMap(([name, text]) => developerReferences(text).map((r) => `${name}: ${r}`))).toEqual([]);
  });

  it('every string literal of src/ and bin/', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'bin', 'landlink')];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => developerLiterals(readFileSync(f, 'utf8')).map((l) => `${relative(ROOT, f)}:${l}`))).toEqual([]);
  });
});
