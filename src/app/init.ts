// `landlink init [dir]`: blank input templates for every kind in the folder (default the working folder);
// outputs.md `init`. Existing files are never overwritten (report/templates.ts).
import { resolve } from 'node:path';
import { writeTemplates } from '../report/templates.js';

export interface InitRun {
  dir: string;
  /** The templates written (files already there are kept and not listed). */
  written: string[];
}

export async function runInit(o: { cwd: string; dir?: string }): Promise<InitRun> {
  const dir = resolve(o.cwd, o.dir ?? '.');
  return { dir, written: await writeTemplates(dir) };
}
