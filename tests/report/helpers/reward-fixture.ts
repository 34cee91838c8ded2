// The reward extension's plan fixture (hand-worked, tests/pipeline/reward.test.ts), shared by
// tests/report/reward-plan.test.ts and tests/clients/plan.test.ts.
// 330102 上城区 — S1 category 1, 1 公顷 → quota 0.3333; G1 1.2 + G2 0.5 公顷 of 工业用地提质 with 整治验收材料 →
// reward 1.7 ÷ 3 = 0.5667; net 0.3333 + 0.5667 = 0.9. 330402 南湖区 — S2 category 1, 0.6 公顷 → quota 0.2, no reward.
import { defaultPolicy, type Policy } from '../../../src/policy/parameters.js';
import { fullEvidence, ha, supply, year } from '../../pipeline/builders.js';
import { acceptance, upgrade } from '../../pipeline/cases/reward.js';

export const withReward = (reward: Partial<Policy['lowEfficiencyIndustrialReward']>): Policy =>
  ({ ...defaultPolicy, lowEfficiencyIndustrialReward: { ...defaultPolicy.lowEfficiencyIndustrialReward, ...reward } });

const s1 = supply('S1');
const s2 = supply('S2', { region: { code: '330402' }, surveyedAreaHa: ha('0.6'), supplyAreaHa: ha('0.6') });
const g1 = upgrade('G1');
const g2 = upgrade('G2', { changedUseAreaHa: ha('0.5') });
export const inputs = year({ supply: [s1, s2], redevelopment: [g1, g2], evidence: [...fullEvidence(s1), ...fullEvidence(s2), acceptance(g1), acceptance(g2)], feedback: [] });
