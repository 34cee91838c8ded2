// The `--policy FILE` document's schema: a JSON object overriding some of the documented parameters (parameters.ts).
// Validated with zod 4, strictly: an unknown key, a wrong type or an out-of-range value stops the run (InputError,
// exit 2) with a Chinese message naming the key's path. Keys left out keep their defaults.
// Its own module so that zod (≈ 0.1 s to load) is only loaded when a policy file is given (BENCHMARKS.md: progress
// within 0.5 s; load.ts imports this lazily).
import { z } from 'zod';
import { finding, InputError } from '../findings/index.js';
import { defaultPolicy, type Policy } from './parameters.js';
import { REWARD_ARTICLE } from './reward.js';

/** The opt-in reward (policy/reward.ts): either key may be left out; the ratio must be a positive number. */
const rewardSchema = z.strictObject({
  enabled: z.boolean(),
  ratio: z.number({ error: '奖励比例应为数字（整治面积:奖励指标 = N:1）' })
    .positive({ error: `奖励比例应大于 0（整治面积:奖励指标 = N:1，${REWARD_ARTICLE}“按照合理比例”）` })
    .max(1000, { error: '奖励比例不应超过 1000' }),
}).partial();

export const policySchema = z.strictObject({
  ratio: z.number().positive().max(1000),
  penaltyMultiplier: z.number().min(0).max(100),
  roundingDecimals: z.number().int().min(0).max(10),
  capSurveyedAtSupplyArea: z.boolean(),
  creditDeclaredWhenNoSurvey: z.boolean(),
  acceptOtherProof: z.boolean(),
  countWithoutCityFeedback: z.boolean(),
  commercialRealEstateUses: z.array(z.string().trim().min(1)),
  socialHousingUses: z.array(z.string().trim().min(1)),
  projectAreaCeilingHa: z.number().positive(),
  maxPlotRatio: z.number().positive().max(1000),
  plotRatioAreaTolerance: z.number().min(0).max(100),
  lowEfficiencyIndustrialReward: rewardSchema,
} satisfies Record<keyof Policy, z.ZodType>).partial();

const zhCN = z.locales.zhCN();

/** Validates a parsed policy document; throws InputError('policy-invalid') naming the first bad key's path. */
export function parsePolicy(data: unknown, file: string): Policy {
  const r = policySchema.safeParse(data, { error: zhCN.localeError });
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])].map(String).join('.');
    const detail = r.error.issues.length > 1 ? `${issue.message}（另有 ${r.error.issues.length - 1} 处问题）` : issue.message;
    throw new InputError(finding('policy-invalid', { file, column: path === '' ? '（根）' : path }, { params: { detail } }));
  }
  const { lowEfficiencyIndustrialReward: reward, ...rest } = r.data;
  const overrides = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<Policy>;
  const policy: Policy = { ...defaultPolicy, ...overrides };
  if (reward !== undefined) {
    // A nested entry overrides key by key: {"enabled": true} keeps the documented default ratio.
    const given = Object.fromEntries(Object.entries(reward).filter(([, v]) => v !== undefined));
    policy.lowEfficiencyIndustrialReward = { ...defaultPolicy.lowEfficiencyIndustrialReward, ...given };
  }
  return policy;
}

