// `landlink init [dir]`: blank input templates for every kind (docs/spec/outputs.md `init`), one workbook per kind
// named in Chinese (供地备案.xlsx, …) so that `compute` recognises it. Existing files are never overwritten.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { inputKinds, kindSpecs } from '../ingest/columns/index.js';
import type { InputKind } from '../domain/rows.js';
import { renderWorkbook } from '../xlsx/index.js';
import { writeFileAtomic } from './atomic.js';
import { templateFileName, templateWorkbookModel } from './templates/kind-template.js';

export { templateFileName, templateWorkbookModel } from './templates/kind-template.js';

async function exists(path: string): Promise<boolean> {
  try { await access(path); return true; } catch { return false; }
}

/** The template of one kind as xlsx bytes (deterministic: the same bytes on every run). */
export function renderTemplate(kind: InputKind): Promise<Buffer> {
  return renderWorkbook(templateWorkbookModel(kindSpecs[kind]));
}

/**
 * Writes the templates that do not exist yet into `dir` (created when needed), atomically; returns the paths
 * written, in the order of inputs.md. A file already there is left untouched (a county may have filled it in).
 */
export async function writeTemplates(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const kind of inputKinds) {
    const file = join(dir, templateFileName(kindSpecs[kind]));
    if (await exists(file)) continue;
    await writeFileAtomic(file, () => renderTemplate(kind));
    written.push(file);
  }
  return written;
}
