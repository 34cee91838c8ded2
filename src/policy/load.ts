// `--policy FILE`: a JSON object overriding some of the documented parameters (parameters.ts) for what-if runs,
// validated by schema.ts. Without a file the defaults apply and zod is never loaded (start-up time, BENCHMARKS.md).
import { readFile } from 'node:fs/promises';
import { finding, InputError } from '../findings/index.js';
import { defaultPolicy, type Policy } from './parameters.js';

export async function loadPolicy(file?: string): Promise<{ policy: Policy; source: string }> {
  if (file === undefined) return { policy: defaultPolicy, source: 'default' };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(finding('policy-unreadable', { file }, { params: { detail: (e as NodeJS.ErrnoException).code ?? String(e) } }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(finding('policy-unreadable', { file }, { params: { detail: `不是有效的 JSON（${(e as Error).message}）` } }));
  }
  const { parsePolicy } = await import('./schema.js');
  return { policy: parsePolicy(data, file), source: file };
}
