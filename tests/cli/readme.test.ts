// The README is what a new user meets first: its quick start, commands and "When input is wrong" must stay true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { root } from './helpers.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('has the two-command quick start', () => {
    expect(readme).toContain('npm install && npx landlink compute 2025');
    expect(readme).toMatch(/^npm test\b/m);
  });
  it('keeps the real clients (npm run test:clients) for maintainers, and every `npm run` it names is a script', () => {
    const maintainers = readme.slice(readme.indexOf('## 维护者 / For maintainers'));
    expect(readme.indexOf('## 维护者 / For maintainers')).toBeGreaterThan(0);
    expect(maintainers).toMatch(/^npm run test:clients\b/m);
    expect(readme.slice(0, readme.indexOf('## 维护者'))).not.toContain('test:clients');
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.filter((n) => !(n in scripts))).toEqual([]);
  });
  it('carries docs/bad-input.md verbatim ("When input is wrong")', () => {
    const doc = readFileSync(join(root, 'docs', 'bad-input.md'), 'utf8').trimEnd();
    const m = /<!-- begin: docs\/bad-input\.md[^\n]*-->\n([\s\S]*?)<!-- end: docs\/bad-input\.md -->/.exec(readme);
    expect(m?.[1]?.trimEnd()).toBe(doc);
  });
  it('lists every command of the CLI', () => {
    const program = buildProgram({ stdout: process.stdout, stderr: process.stderr, env: {}, cwd: root }, () => {});
    for (const cmd of program.commands) expect(readme).toContain(`landlink ${cmd.name()}`);
  });
});
