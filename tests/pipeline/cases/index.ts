// Every rule-case table, by group (run by tests/pipeline/rules.test.ts; collected by tests/policy/meta.test.ts).
import type { RuleCase } from '../harness.js';
import { areaCases } from './area.js';
import { exclusionCases, orphanEvidenceCases, sourceCases } from './classify.js';
import { decisionCases, startCheckCases } from './deductions.js';
import { evidenceCases } from './evidence.js';
import { cityOpinionCases, inspectionCases, ledgerCases } from './review.js';
import { rewardCases } from './reward.js';
import { fidelityCases } from './fidelity.js';

export const caseGroups: Record<string, RuleCase[]> = {
  'category sources (审核要求表 项目信息来源)': sourceCases,
  'exclusions and incomplete data (一、6, 一、7, 四、1)': exclusionCases,
  'area rules (二、1–3; 决定 4)': areaCases,
  'evidence (审核要求表 审核要求; 决定 5b)': evidenceCases,
  'evidence without a project': orphanEvidenceCases,
  'city opinion (四、1)': cityOpinionCases,
  'inspection (四、2; 五; 决定 5)': inspectionCases,
  'ledger (决定 7)': ledgerCases,
  'start check (五; 决定 5)': startCheckCases,
  'decisions (三; 决定 3, 6)': decisionCases,
  'evidence fidelity, one parcel, first year (决定 5b, 7, 8; 通知)': fidelityCases,
  'opt-in reward (低效工业用地整治意见（2023） 四、(二))': rewardCases,
};

export const allCases: RuleCase[] = Object.values(caseGroups).flat();
