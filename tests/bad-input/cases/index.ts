// The bad-input corpus (docs/bad-input.md): every case, in one table. Committed folders live in tests/fixtures/bad/<name>/.
import { absurdCases } from './absurd.js';
import { cellCases } from './cells.js';
import { crossFileCases } from './cross-file.js';
import { encodingCases } from './encoding.js';
import { feedbackCases } from './feedback.js';
import { fileLevelCases } from './file-level.js';
import { filesystemCases } from './filesystem.js';
import { runtimeCases } from './runtime.js';
import { structureCases } from './structure.js';
import { join } from 'node:path';
import type { BadCase } from './types.js';

export type { BadCase, ExpectedFinding, RunPaths } from './types.js';

export const badCases: readonly BadCase[] = [
  ...fileLevelCases, ...structureCases, ...encodingCases, ...cellCases, ...crossFileCases, ...feedbackCases, ...runtimeCases, ...filesystemCases, ...absurdCases,
];

/** The cases whose folder is committed under tests/fixtures/bad/. */
export const committedCases = badCases.filter((c): c is BadCase & { files: Record<string, Buffer | string> } => c.files !== undefined);

/** tests/fixtures/bad/: one folder per committed case, and the corpus README. */
export const corpusDir = join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
