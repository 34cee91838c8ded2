// The deliberate INPUT problems of a non-clean sample year: the kind of mistakes real exports carry.
// Each sits on a row that is no linkage candidate (or on an extra row), so the business branches and the
// credited projects — and with them the next year's ledger — are the same with and without problems.
import { resolveRegion } from '../../src/domain/divisions.js';
import { exactText } from './format.js';
import type { EvidenceRecord, Problem, YearModel } from './model.js';
import { Rng } from './prng.js';

type Maker = (m: YearModel, rng: Rng) => Problem;

const farmlandSupply = (m: YearModel) => {
  const candidates = new Set(m.candidates.map((c) => c.id));
  return m.supply.filter((r) => !candidates.has(r.id) && r.requisitionType === '集体农用地征收' && !r.raw);
};
const otherRedevelopment = (m: YearModel) => {
  const candidates = new Set(m.candidates.map((c) => c.id));
  return m.redevelopment.filter((r) => !candidates.has(r.id) && !r.raw);
};

const makers: Maker[] = [
  (m, rng) => {
    const r = rng.pick(farmlandSupply(m));
    const value = `${m.year}-02-30`;
    r.raw = { signed: value };
    return { key: 'bad-date', file: 'supply', rowId: r.id, column: 'signed', value, expectedFinding: 'cell-date-invalid',
      zh: '签订日期录成了不存在的2月30日', en: 'a signing date that does not exist (30 February)' };
  },
  (m, rng) => {
    const r = rng.pick(farmlandSupply(m));
    const value = `约${exactText(r.supplyHa.roundHalfUp(1), 1)}`;
    r.raw = { supplyArea: value };
    return { key: 'text-area', file: 'supply', rowId: r.id, column: 'supplyArea', value, expectedFinding: 'cell-number-invalid',
      zh: '供地面积填成了文字“约…”', en: 'supply area entered as text ("about …")' };
  },
  (m, rng) => {
    const r = rng.pick(farmlandSupply(m).filter((s) => s.supplyMethod !== '划拨'));
    const value = '招拍挂';
    r.raw = { supplyMethod: value };
    return { key: 'unknown-enumeration', file: 'supply', rowId: r.id, column: 'supplyMethod', value, expectedFinding: 'cell-enum-invalid',
      zh: '供地方式填了口语“招拍挂”，不是系统的选项', en: 'supply method "招拍挂" is not one of the listed values' };
  },
  (m, rng) => {
    const r = rng.pick(otherRedevelopment(m));
    let value = r.regionCode;
    while (!isUnknownCode(value)) value = `${r.regionCode.slice(0, 4)}${String(rng.int(40, 99))}`;
    r.raw = { regionCode: value };
    return { key: 'unknown-county-code', file: 'redevelopment', rowId: r.id, column: 'regionCode', value, expectedFinding: 'region-unknown',
      zh: '行政区代码录错，不是浙江任何县级行政区', en: 'a county code that does not exist' };
  },
  (m, rng) => {
    const r = rng.pick(otherRedevelopment(m));
    const value = `-${exactText(r.changedUseMu, 2)}`;
    r.raw = { changedUseArea: value };
    return { key: 'negative-area', file: 'redevelopment', rowId: r.id, column: 'changedUseArea', value, expectedFinding: 'cell-area-negative',
      zh: '改变用途面积前多了负号', en: 'a negative area' };
  },
  (m, rng) => {
    const supplyCandidates = m.candidates.filter((c) => c.kind === 'supply' && c.expect.status === 'credited' && !c.branch);
    const target = rng.pick(supplyCandidates);
    const original = m.evidence.find((e) => e.projectId === target.id && e.docType === '建设用地审查意见书')!;
    const typo = mistype(target.id);
    const row: EvidenceRecord = { ...original, projectId: typo, attachment: `材料/${typo}/建设用地审查意见书.pdf` };
    m.evidence.push(row);
    return { key: 'evidence-unknown-project', file: 'evidence', rowId: typo, column: 'projectId', value: typo,
      expectedFinding: 'evidence-unknown-project',
      zh: `重复上传的审查意见书把项目编号 ${target.id} 的数字0录成了字母O，找不到对应项目`, en: `evidence for an unknown project id (digit 0 typed as letter O in ${target.id})` };
  },
];

function isUnknownCode(code: string): boolean {
  const r = resolveRegion(code, null);
  return !r.ok && r.reason === 'unknown';
}

/** A digit 0 typed as the letter O (from the right, so the id's region code stays readable). */
function mistype(id: string): string {
  const i = id.lastIndexOf('0');
  return i >= 0 ? `${id.slice(0, i)}O${id.slice(i + 1)}` : `${id.slice(0, -1)}O`;
}

export function addProblems(m: YearModel): void {
  const rng = Rng.derive(m.seed, m.year, 'problems');
  for (const make of makers) m.problems.push(make(m, rng));
}

export const problemKeys = ['bad-date', 'text-area', 'unknown-enumeration', 'unknown-county-code', 'negative-area', 'evidence-unknown-project'] as const;
