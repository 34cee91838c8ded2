// policy/load.ts: `--policy FILE` (outputs.md), validated strictly with zod; errors name the key's path in Chinese.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadPolicy } from '../../src/policy/load.js';
import { defaultPolicy } from '../../src/policy/parameters.js';
import { InputError, messageOf } from '../../src/findings/index.js';
import { badPolicyCases, policyFile, removePolicyFiles } from './load-cases.js';

afterAll(removePolicyFiles);

describe('loadPolicy', () => {
  it('defaults to the documented parameters', async () => {
    expect(await loadPolicy()).toEqual({ policy: defaultPolicy, source: 'default' });
  });

  it('overrides only the keys given, and records the file as source (BOM tolerated)', async () => {
    const file = policyFile('ok.json', '\uFEFF{"ratio": 4, "countWithoutCityFeedback": false, "commercialRealEstateUses": ["商品住宅"]}');
    const { policy, source } = await loadPolicy(file);
    expect(policy).toEqual({ ...defaultPolicy, ratio: 4, countWithoutCityFeedback: false, commercialRealEstateUses: ['商品住宅'] });
    expect(source).toBe(file);
  });

  it.each(badPolicyCases)('$name → $code', async ({ name, text, code, column }) => {
    const file = text === null ? join(policyFile('x', ''), '..', 'does-not-exist.json') : policyFile(`${name}.json`, text);
    const error = await loadPolicy(file).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const f = (error as InputError).finding;
    expect({ code: f.code, file: f.location.file, column: f.location.column }).toEqual({ code, file, column });
    expect(messageOf(f)).toMatch(/[\u4e00-\u9fff]/);
    if (column !== undefined) expect(messageOf(f)).toContain(column);
  });
});
