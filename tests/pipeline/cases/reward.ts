// The opt-in reward (低效工业用地整治意见（2023） 四、(二); src/policy/reward.ts) as rule cases: each of its finding codes
// with its location. Reward projects are not in `projects` (the Measures' seven), so the cases check findings, the
// county's net quota and that the ids stay out of `projects`; tests/pipeline/reward.test.ts checks the figures.
import type { RuleCase } from '../harness.js';
import { FILES, doc, ha, redevelopment, year } from '../builders.js';
import type { RedevelopmentRow } from '../../../src/domain/rows.js';
import { REWARD_ARTICLE } from '../../../src/policy/reward.js';

const on = { lowEfficiencyIndustrialReward: { enabled: true, ratio: 3 } };

/** A 工业用地提质 record of 1.2 公顷 filed, completed in Y (330102 上城区). */
export function upgrade(id: string, over: Partial<RedevelopmentRow> & { row?: number } = {}): RedevelopmentRow {
  return redevelopment(id, {
    redevelopmentType: 'industrial-upgrade', changedFloorAreaM2: null, newPlotRatio: null, changedUseAreaHa: ha('1.2'), newUse: '工业', ...over,
  });
}

/** Its rectification acceptance (整治验收材料) at the record's own location. */
export function acceptance(r: RedevelopmentRow, over: Parameters<typeof doc>[2] = {}) {
  return doc(r.projectId, 'rectification-acceptance', { statedLocation: r.location, ...over });
}

const g1 = upgrade('G1');
const g2 = upgrade('G2', { row: 12 });
const g3 = upgrade('G3', { governmentResupply: 'yes', row: 13 });
const g4 = upgrade('G4', { newUse: '商品住宅', row: 14 });
const g5 = upgrade('G5');
const g6 = upgrade('G6');

export const rewardCases: RuleCase[] = [
  {
    // 1.2 公顷 ÷ 3 = 0.4 公顷 reward quota; the county's net quota is the reward alone (no Measures project).
    name: '工业用地提质、通过整治验收 → 奖励指标 = 面积 ÷ 3，计入县核定指标', article: REWARD_ARTICLE, policy: on,
    inputs: year({ redevelopment: [g1], evidence: [acceptance(g1)], feedback: [] }),
    absent: ['G1'], findings: [{ code: 'reward-enabled' }], counts: { 'reward-enabled': 1, 'redevelopment-not-linkage': 0 },
    counties: { 330102: { creditedHa: '0', quotaHa: '0', netQuotaHa: '0.4' } },
  },
  {
    name: '缺少整治验收材料：待补正，不计奖励', article: REWARD_ARTICLE, policy: on,
    inputs: year({ redevelopment: [g2], evidence: [], feedback: [] }),
    absent: ['G2'], findings: [{ code: 'reward-acceptance-missing', projectId: 'G2', file: FILES.redevelopment, row: 12 }],
    counties: { 330102: { netQuotaHa: '0' } },
  },
  {
    name: '涉及政府重新供地：不计奖励', article: REWARD_ARTICLE, policy: on,
    inputs: year({ redevelopment: [g3], evidence: [acceptance(g3)], feedback: [] }),
    findings: [{ code: 'reward-excluded-government-resupply', projectId: 'G3', file: FILES.redevelopment, row: 13, column: '政府重新供地', value: '是' }],
    counties: { 330102: { netQuotaHa: '0' } },
  },
  {
    name: '改变后用途为经营性房地产：不是工业用地整治', article: REWARD_ARTICLE, policy: on,
    inputs: year({ redevelopment: [g4], evidence: [acceptance(g4)], feedback: [] }),
    findings: [{ code: 'reward-excluded-commercial-real-estate', projectId: 'G4', file: FILES.redevelopment, row: 14, column: '改变后用途', value: '商品住宅' }],
    counties: { 330102: { netQuotaHa: '0' } },
  },
  {
    name: '不属于整治奖励审核要求的材料：提示，未采用', article: REWARD_ARTICLE, policy: on,
    inputs: year({ redevelopment: [g5], evidence: [acceptance(g5), doc('G5', 'planning-change-approval', { row: 40 })], feedback: [] }),
    findings: [{ code: 'reward-evidence-not-applicable', projectId: 'G5', file: FILES.evidence, row: 40, column: '材料类型', value: '改变规划条件批准文件' }],
    counties: { 330102: { netQuotaHa: '0.4' } },
  },
  {
    name: '未启用奖励：工业用地提质仍不是挂钩项目', article: '审核要求表 第六类 项目信息来源',
    inputs: year({ redevelopment: [g6], evidence: [], feedback: [] }),
    absent: ['G6'], counts: { 'redevelopment-not-linkage': 1, 'reward-enabled': 0 },
  },
];
