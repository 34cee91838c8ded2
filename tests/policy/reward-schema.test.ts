// The opt-in reward's entry in `--policy` (src/policy/schema.ts; 低效工业用地整治意见（2023） 四、(二)): accepted with either
// key, merged key by key with the documented default (off, 3:1); refused — stop the run, exit 2 — when malformed,
// with a Chinese message naming the path.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadPolicy } from '../../src/policy/load.js';
import { parsePolicy } from '../../src/policy/schema.js';
import { defaultPolicy, parameterDocs } from '../../src/policy/parameters.js';
import { InputError, messageOf } from '../../src/findings/index.js';
import { policyFile, removePolicyFiles } from './load-cases.js';

afterAll(removePolicyFiles);

const KEY = 'lowEfficiencyIndustrialReward';

describe('the reward entry is documented and off by default', () => {
  it('default: off, ratio 3, cited to the 2023 opinion', () => {
    expect(defaultPolicy.lowEfficiencyIndustrialReward).toEqual({ enabled: false, ratio: 3 });
    expect(parameterDocs.lowEfficiencyIndustrialReward.article).toBe('低效工业用地整治意见（2023） 四、(二)');
  });

  it('the bundled sample policy file turns it on', async () => {
    const { policy } = await loadPolicy(join(import.meta.dirname, '..', '..', 'samples', 'policy-reward.json'));
    expect(policy).toEqual({ ...defaultPolicy, lowEfficiencyIndustrialReward: { enabled: true, ratio: 3 } });
  });
});

describe('accepted', () => {
  it.each([
    { name: 'on, own ratio', doc: { [KEY]: { enabled: true, ratio: 4 } }, want: { enabled: true, ratio: 4 } },
    { name: 'on, default ratio kept', doc: { [KEY]: { enabled: true } }, want: { enabled: true, ratio: 3 } },
    { name: 'ratio alone (stays off)', doc: { [KEY]: { ratio: 2.5 } }, want: { enabled: false, ratio: 2.5 } },
    { name: 'empty entry', doc: { [KEY]: {} }, want: { enabled: false, ratio: 3 } },
    { name: 'with other keys', doc: { ratio: 4, [KEY]: { enabled: true } }, want: { enabled: true, ratio: 3 } },
  ])('$name', ({ doc, want }) => {
    const policy = parsePolicy(doc, 'p.json');
    expect(policy.lowEfficiencyIndustrialReward).toEqual(want);
    // the default object is never mutated
    expect(defaultPolicy.lowEfficiencyIndustrialReward).toEqual({ enabled: false, ratio: 3 });
  });
});

describe('refused (InputError policy-invalid, path named, Chinese message)', () => {
  it.each([
    { name: 'ratio 0', text: `{"${KEY}": {"enabled": true, "ratio": 0}}`, column: `${KEY}.ratio`, says: '奖励比例应大于 0' },
    { name: 'ratio negative', text: `{"${KEY}": {"ratio": -3}}`, column: `${KEY}.ratio`, says: '奖励比例应大于 0' },
    { name: 'ratio as text', text: `{"${KEY}": {"ratio": "3"}}`, column: `${KEY}.ratio`, says: '奖励比例应为数字' },
    { name: 'ratio too large', text: `{"${KEY}": {"ratio": 5000}}`, column: `${KEY}.ratio`, says: '不应超过 1000' },
    { name: 'enabled as text', text: `{"${KEY}": {"enabled": "是"}}`, column: `${KEY}.enabled`, says: '' },
    { name: 'unknown inner key', text: `{"${KEY}": {"enabled": true, "rate": 3}}`, column: `${KEY}.rate`, says: '' },
    { name: 'entry not an object', text: `{"${KEY}": true}`, column: KEY, says: '' },
  ])('$name', async ({ name, text, column, says }) => {
    const file = policyFile(`reward-${name}.json`, text);
    const error = await loadPolicy(file).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const f = (error as InputError).finding;
    expect({ code: f.code, file: f.location.file, column: f.location.column }).toEqual({ code: 'policy-invalid', file, column });
    const message = messageOf(f);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toContain(says);
  });
});
