// Policy files for `--policy` (outputs.md), good and bad; shared by load.test.ts and the meta-test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'landlink-policy-'));
/** Removes this test file's temporary policy files (call in afterAll). */
export function removePolicyFiles(): void { rmSync(dir, { recursive: true, force: true }); }

export function policyFile(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

export interface BadPolicyCase { name: string; text: string | null; code: 'policy-invalid' | 'policy-unreadable'; column?: string }

export const badPolicyCases: BadPolicyCase[] = [
  { name: 'unknown key', text: '{"ratio": 3, "ratoi": 4}', code: 'policy-invalid', column: 'ratoi' },
  { name: 'wrong type', text: '{"ratio": "3"}', code: 'policy-invalid', column: 'ratio' },
  { name: 'ratio not positive', text: '{"ratio": 0}', code: 'policy-invalid', column: 'ratio' },
  { name: 'rounding not an integer', text: '{"roundingDecimals": 2.5}', code: 'policy-invalid', column: 'roundingDecimals' },
  { name: 'boolean as text', text: '{"acceptOtherProof": "否"}', code: 'policy-invalid', column: 'acceptOtherProof' },
  { name: 'bad list item (path with index)', text: '{"commercialRealEstateUses": ["住宅", 5]}', code: 'policy-invalid', column: 'commercialRealEstateUses.1' },
  { name: 'not an object', text: '[3]', code: 'policy-invalid', column: '（根）' },
  { name: 'not JSON', text: '{ratio: 3}', code: 'policy-unreadable' },
  { name: 'missing file', text: null, code: 'policy-unreadable' },
];
