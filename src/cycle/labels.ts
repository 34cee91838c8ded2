// Chinese labels of the cycle's outputs, looked up from the shared vocabulary (src/domain/vocabulary.ts) so the
// workbooks read back with exactly the values the readers accept.
import { regionByCode } from '../domain/divisions.js';
import {
  inspectionConclusions, inspectionMethods, startCheckResults,
  type InspectionMethod, type StartCheckResult,
} from '../domain/vocabulary.js';

export const inspectionConclusionLabels: readonly string[] = inspectionConclusions.map((t) => t.label);
export const startCheckResultLabels: readonly string[] = startCheckResults.map((t) => t.label);

export function inspectionMethodLabel(id: InspectionMethod): string {
  return inspectionMethods.find((t) => t.id === id)!.label;
}
export function startCheckResultLabel(id: StartCheckResult): string {
  return startCheckResults.find((t) => t.id === id)!.label;
}

export function regionNames(code: string): { county: string; city: string } {
  const r = regionByCode(code);
  return { county: r?.name ?? '', city: r?.cityName ?? '' };
}
export const inspectionMethodLabels: readonly string[] = inspectionMethods.map((t) => t.label);

/** The input kinds' Chinese names (inputs.md table). */
export const kindLabels: Record<import('../domain/rows.js').InputKind | 'feedback', string> = {
  supply: '供地备案', redevelopment: '低效用地再开发', reclamation: '增减挂钩复垦', evidence: '材料清单',
  feedback: '设区市审核意见', inspection: '核查结果', 'start-check': '开工核查', ledger: '已挂钩台账', carried: '结转扣减',
};
