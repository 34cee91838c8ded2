// The product (src/, compiled to dist/ and published) against the development tools (tools/: the sample generator
// and the benchmark, compiled to build/ by tools/tsconfig.json): src never reaches into tools/, every package src
// imports is a runtime dependency, and every runtime dependency is one src imports — so `npm ls --omit=dev` lists
// exactly what the CLI loads, and exceljs / csv-parse (tools and tests only) stay development dependencies.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Manifest { files: string[]; dependencies: Record<string, string>; devDependencies: Record<string, string> }
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Manifest;

async function tsFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((n) => n.endsWith('.ts')).map((n) => join(dir, n)).sort();
}

/** Module specifiers of static imports/exports and dynamic import() calls. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** 'csv-stringify/sync' → 'csv-stringify', '@types/x/y' → '@types/x'. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const srcImports = await Promise.all((await tsFiles(join(root, 'src'))).map(async (file) => ({
  file: relative(root, file),
  specs: specifiers(await readFile(file, 'utf8')),
})));

describe('product and tools', () => {
  it('the specifier scan sees static, re-exported and dynamic imports', () => {
    expect(specifiers("import a from 'x';\nexport { b } from './y.js';\nimport type {\n  C,\n} from '../z.js';\nconst m = await import('w');\nimport 'side';"))
      .toEqual(['x', './y.js', '../z.js', 'side', 'w']);
  });

  it('no file in src/ imports from outside src/ (tools/, tests/)', () => {
    const outside = srcImports.flatMap(({ file, specs }) => specs
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(join(root, 'src'), resolve(root, dirname(file), s)))
      .filter((target) => target.startsWith('..'))
      .map((target) => `${file} → ${target}`));
    expect(outside).toEqual([]);
  });

  it('src/ imports only runtime dependencies, and every runtime dependency is imported by src/', () => {
    const used = new Set(srcImports.flatMap(({ specs }) => specs.filter((s) => !s.startsWith('.') && !s.startsWith('node:')).map(packageName)));
    expect([...used].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it.each(['exceljs', 'csv-parse'])('%s is a development dependency only', (name) => {
    expect(manifest.devDependencies[name]).toBeDefined();
    expect(manifest.dependencies[name]).toBeUndefined();
  });

  it('the published files hold neither the tools nor their build', async () => {
    expect(manifest.files.filter((f) => /^(tools|build|src|tests)\b/.test(f))).toEqual([]);
    const build = JSON.parse(await readFile(join(root, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    expect(build.include).toEqual(['src']);
  });
});
