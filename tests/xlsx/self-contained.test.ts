// src/xlsx imports nothing of landlink: only its own files, Node built-ins and yauzl.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/xlsx');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
const SPECIFIER = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

describe('src/xlsx is self-contained', () => {
  it('has files to check', () => {
    expect(files).toContain('index.ts');
  });

  it.each(files)('%s imports only ./, node: and yauzl', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const specifiers = [...text.matchAll(SPECIFIER)].map((m) => m[1]!);
    const foreign = specifiers.filter((s) => !(/^\.\/[\w-]+\.js$/.test(s) || s.startsWith('node:') || s === 'yauzl'));
    expect(foreign).toEqual([]);
  });
});
