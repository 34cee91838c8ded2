// Meta-tests that keep the Measures-as-data honest: every category has evidence rules and a source
// rule; every finding code of src/findings/policy.ts is produced by at least one rule case; every article cited
// exists in the Measures (headings of docs/sources/003_505f1f088b0c59f6.txt), its 审核要求表, or the spec's decisions/sections.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { policyFindings } from '../../src/findings/policy.js';
import { InputError } from '../../src/findings/index.js';
import { categories, categoryIds } from '../../src/policy/categories.js';
import { categorySources } from '../../src/policy/sources.js';
import { evidenceRequirements, statedTypeTerms } from '../../src/policy/evidence.js';
import { rewardCategory, rewardEvidenceRequirements, rewardSource } from '../../src/policy/reward.js';
import { evidenceChecks } from '../../src/policy/evidence-checks.js';
import { areaRuleOf, areaRules } from '../../src/policy/area.js';
import { exclusions } from '../../src/policy/exclusions.js';
import { cityOpinionEffects, deductionReasons, inspectionEffects, sanctions, startCheckEffects } from '../../src/policy/supervision.js';
import { parameterDocs } from '../../src/policy/parameters.js';
import { documentTypes } from '../../src/domain/vocabulary.js';
import { loadPolicy } from '../../src/policy/load.js';
import { allCases } from '../pipeline/cases/index.js';
import { codesOf } from '../pipeline/harness.js';
import { badPolicyCases, policyFile, removePolicyFiles } from './load-cases.js';
import { guideCitation, guideSections, type GuideSectionKey } from '../../src/domain/guide-sections.js';

afterAll(removePolicyFiles);

const measures = readFileSync(new URL('../../docs/sources/003_505f1f088b0c59f6.txt', import.meta.url), 'utf8');
const domain = readFileSync(new URL('../../docs/spec/domain.md', import.meta.url), 'utf8');
const specs: Record<string, string> = {
  'inputs.md': readFileSync(new URL('../../docs/spec/inputs.md', import.meta.url), 'utf8'),
  'outputs.md': readFileSync(new URL('../../docs/spec/outputs.md', import.meta.url), 'utf8'),
};

// ── the list of citable articles, derived from the texts ────────────────────────────────────────────────
const DOC = '浙土资发〔2017〕19号';
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七'];

function measuresArticles(): Set<string> {
  const out = new Set<string>();
  const body = measures.slice(measures.indexOf('一、挂钩范围'), measures.lastIndexOf('存量建设用地盘活挂钩项目审核要求表\n'));
  let section: string | null = null;
  for (const line of body.split('\n').map((l) => l.trim())) {
    const h = /^([一二三四五六七八九十]+)、(\S+)$/.exec(line);
    if (h) { section = h[1]!; out.add(`${DOC} ${section}、`); out.add(`${DOC} ${section}、${h[2]}`); continue; }
    const item = /^(\d+)\./.exec(line);
    if (item && section) out.add(`${DOC} ${section}、${item[1]}`);
  }
  return out;
}

/** 审核要求表: 7 rows (类型), columns 定义 / 项目信息来源 / 审核要求, each 审核要求 cell with items 1. and 2. */
function tableArticles(): Set<string> {
  const table = measures.slice(measures.lastIndexOf('存量建设用地盘活挂钩项目审核要求表\n'));
  expect(table.match(/类型\t定义\t项目信息来源\t审核要求/g)?.length).toBeGreaterThan(0);
  const requirementItems = (n: number) => (table.match(new RegExp(`(^|\\s|>)${n}\\.(《|有|启动材料|完成材料)`, 'gm')) ?? []).length;
  expect([requirementItems(1), requirementItems(2)]).toEqual([7, 7]); // every category has requirements 1 and 2
  const out = new Set<string>(['审核要求表 审核要求', '审核要求表 项目信息来源']);
  const ranges: string[] = [...NUMERALS.map((n) => `第${n}类`)];
  for (let a = 0; a < 7; a++) for (let b = a + 1; b < 7; b++) ranges.push(`第${NUMERALS[a]}至${NUMERALS[b]}类`);
  for (const r of ranges) {
    for (const col of ['定义', '项目信息来源', '审核要求', '审核要求 1', '审核要求 2']) out.add(`审核要求表 ${r} ${col}`);
  }
  return out;
}

function domainArticles(): Set<string> {
  const decisions = domain.slice(domain.indexOf('## Decisions'));
  const ids = [...decisions.matchAll(/^(\d+[a-z]?)\. /gm)].map((m) => m[1]!);
  expect(ids).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', '5b', '5c', '6', '7', '8', '9']));
  return new Set(ids.map((id) => `domain.md 决定 ${id}`));
}

/**
 * Later policies cited by opt-in extensions (src/policy/reward.ts): the 2023 opinion on low-efficiency industrial land
 * (docs/sources/004_e08dc3ae513174ab.txt, no 文号 in the text), cited as '低效工业用地整治意见（2023） N、(M)' for its headings N、 and items （M）.
 */
const opinion2023 = readFileSync(new URL('../../docs/sources/004_e08dc3ae513174ab.txt', import.meta.url), 'utf8');
function opinion2023Articles(): Set<string> {
  const out = new Set<string>();
  let section: string | null = null;
  for (const line of opinion2023.split('\n').map((l) => l.trim())) {
    const h = /^([一二三四五六七八九十]+)、/.exec(line);
    if (h) { section = h[1]!; continue; }
    const item = /^（([一二三四五六七八九十]+)）/.exec(line);
    if (item && section) out.add(`低效工业用地整治意见（2023） ${section}、(${item[1]})`);
  }
  return out;
}

/** The notice that issues the Measures ("2017年起…按本《办法》执行"), cited as '浙土资发〔2017〕19号 通知'. */
function noticeArticles(): Set<string> {
  return new Set(measures.includes('2017年起，存量建设用地盘活挂钩类型及要求按本《办法》执行') ? [`${DOC} 通知`] : []);
}

/** Sections of the user guide ('用户手册 5.4'; tests/policy/guide-sections.test.ts checks them against the guide). */
const guideArticles = (Object.keys(guideSections) as GuideSectionKey[]).map(guideCitation);

const valid = new Set([...measuresArticles(), ...tableArticles(), ...domainArticles(), ...opinion2023Articles(), ...noticeArticles(), ...guideArticles]);

/** An article cites one or more sources joined by '；'; a spec section must name something in that spec. */
function articleExists(article: string): boolean {
  return article.split('；').every((part) => {
    if (valid.has(part)) return true;
    const spec = /^(inputs\.md|outputs\.md) (.+)$/.exec(part);
    return spec !== null && specs[spec[1]!]!.includes(spec[2]!);
  });
}

function citedArticles(): { where: string; article: string }[] {
  const cited: { where: string; article: string }[] = [];
  const add = (where: string, table: Record<string, { article: string }>) => {
    for (const [k, v] of Object.entries(table)) cited.push({ where: `${where}.${k}`, article: v.article });
  };
  add('policyFindings', policyFindings);
  add('categories', categories);
  add('categorySources', categorySources);
  for (const c of categoryIds) add(`evidenceRequirements.${c}`, Object.fromEntries(evidenceRequirements[c].map((r) => [r.id, r])));
  add('statedTypeTerms', statedTypeTerms);
  add('evidenceChecks', evidenceChecks);
  add('areaRules', areaRules);
  add('exclusions', exclusions);
  add('cityOpinionEffects', cityOpinionEffects);
  add('inspectionEffects', inspectionEffects);
  add('startCheckEffects', startCheckEffects);
  add('deductionReasons', deductionReasons);
  add('sanctions', sanctions);
  add('parameterDocs', parameterDocs);
  add('rewardEvidenceRequirements', Object.fromEntries(rewardEvidenceRequirements.map((r) => [r.id, r])));
  add('reward', { category: rewardCategory, source: rewardSource });
  for (const c of allCases) cited.push({ where: `case “${c.name}”`, article: c.article });
  return cited;
}

describe('the Measures as data are complete', () => {
  it.each(categoryIds.map((id) => ({ id })))('category $id has a source rule, an area rule and evidence rules', ({ id }) => {
    expect(categorySources[id].path.length).toBeGreaterThan(0);
    expect(areaRules[areaRuleOf[id]]).toBeDefined();
    const reqs = evidenceRequirements[id];
    expect(reqs.length).toBeGreaterThanOrEqual(2);
    for (const r of reqs) {
      expect(r.documents.length).toBeGreaterThan(0);
      for (const check of r.checks) expect(evidenceChecks[check]).toBeDefined();
    }
  });

  it('every document type of the vocabulary serves a requirement (or is the same-parcel / other proof)', () => {
    const used = new Set([...categoryIds.flatMap((c) => evidenceRequirements[c].flatMap((r) => [...r.documents])),
      ...rewardEvidenceRequirements.flatMap((r) => [...r.documents])]);
    const unused = documentTypes.map((t) => t.id).filter((t) => !used.has(t));
    expect(unused.sort()).toEqual(['other-proof', 'same-parcel-proof']);
  });
});

describe('every finding code of src/findings/policy.ts is produced by a test', () => {
  it('rule cases and policy-file cases together produce every code', async () => {
    const seen = new Set<string>();
    for (const c of allCases) for (const code of codesOf(c)) seen.add(code);
    for (const c of badPolicyCases) {
      const file = c.text === null ? '/nonexistent/landlink-policy.json' : policyFile(`meta-${c.name}.json`, c.text);
      const e = await loadPolicy(file).then(() => null, (x: unknown) => x);
      if (e instanceof InputError) seen.add(e.finding.code);
    }
    const missing = Object.keys(policyFindings).filter((code) => !seen.has(code));
    expect(missing).toEqual([]);
  });
});

describe('every cited article exists', () => {
  it('the derived list has the Measures’ headings', () => {
    for (const a of ['domain.md 决定 5c', 'domain.md 决定 9', `${DOC} 通知`, `${DOC} 一、1`, `${DOC} 一、7`, `${DOC} 二、3`, `${DOC} 三、挂钩比例`, `${DOC} 四、4`, `${DOC} 五、监督检查`]) expect(valid.has(a), a).toBe(true);
    for (const a of [`${DOC} 一、8`, `${DOC} 二、4`, `${DOC} 六、`, 'domain.md 决定 10', 'domain.md 决定 5d']) expect(valid.has(a), a).toBe(false);
    expect(valid.has('低效工业用地整治意见（2023） 四、(二)')).toBe(true);
    expect(valid.has('低效工业用地整治意见（2023） 四、(五)')).toBe(false);
  });
  it.each(citedArticles())('$where: $article', ({ article }) => {
    expect(articleExists(article)).toBe(true);
  });
});
