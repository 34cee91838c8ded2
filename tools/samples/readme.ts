// README.md of a sample year (Chinese first, then English), rendered from its manifest.
import { cities, regionByCode } from '../../src/domain/divisions.js';
import { reviewFileName } from '../../src/review-workbook/write.js';
import { FEEDBACK_FOLDER } from './feedback.js';
import type { ManifestIndicators } from './indicators-note.js';
import type { ManifestCarried, ManifestFeedback, SampleManifest } from './manifest.js';

const encodingName: Record<string, string> = { xlsx: 'xlsx', 'utf-8-bom': 'UTF-8（带 BOM）', 'utf-8': 'UTF-8（无 BOM）', gbk: 'GBK' };
const kindName: Record<string, string> = {
  supply: '供地备案', redevelopment: '低效用地再开发', reclamation: '增减挂钩复垦', evidence: '材料清单',
  inspection: '核查结果', 'start-check': '开工核查', ledger: '已挂钩台账',
};

function ids(list: readonly string[]): string {
  if (list.length === 0) return '—';
  const shown = list.slice(0, 3).map((id) => `\`${id}\``).join('、');
  return list.length > 3 ? `${shown} 等 ${list.length} 个` : shown;
}

export function readmeText(m: SampleManifest): string {
  const out: string[] = [];
  out.push(`# ${m.year} 年度样例数据 / sample year ${m.year}`, '');
  out.push(`由 landlink 的样例生成器按固定种子生成（\`${m.regenerate}\`，种子 ${m.seed}，规模 ${m.scale}${m.clean ? '，无输入问题的干净版本' : ''}）。`
    + '数据是虚构的，但格式、字段、枚举值和区划代码都与真实导出一致；同一种子生成的文件逐字节（CSV）或逐单元格（xlsx）相同。', '');
  out.push(`覆盖 ${m.counts.regions.cities} 个设区市、${m.counts.regions.counties} 个县（市、区）和 ${m.counts.regions.cityLevels} 个市本级；`
    + `挂钩候选项目 ${m.counts.candidates.total} 个（第1–5类来自供地备案 ${m.counts.supply.candidates} 个，第6类 ${m.counts.candidates.byCategory['6']} 个，第7类 ${m.counts.candidates.byCategory['7']} 个），`
    + `生成器预期认定 ${m.counts.candidates.byStatus.credited} 个、${m.expected.creditedHa} 公顷。`, '');
  out.push('## 文件 / files', '', '| 类别 kind | 文件 file | 格式 | 表头行 | 数据行 |', '|---|---|---|---|---|');
  for (const f of m.files) {
    out.push(`| ${kindName[f.kind] ?? f.kind} (${f.kind}) | \`${f.file}\`${f.sheet ? `（工作表 ${f.sheet}）` : ''} | ${encodingName[f.encoding] ?? f.encoding}${f.dateFormat ? `，日期如 ${f.dateFormat}` : ''} | ${f.headerRow} | ${f.dataRows} |`);
  }
  out.push('', '供地备案为 xlsx，表头上方有两行合并的标题，电子监管号列用别名“监管号”，面积列表头用全角括号“（公顷）”，少数测绘面积以文本存储；'
    + '低效用地再开发为 GBK 编码的 CSV，面积以“亩”和“平方米”为单位，部分建筑面积带千位分隔符；材料清单的载明面积以平方米计。', '');
  out.push('## 业务分支 / business branches', '', '每个分支对应 compute 的一条规则，项目编号完整列在 MANIFEST.json。', '',
    '| 分支 key | 预期 expect | 依据 article | 说明 | 项目 ids |', '|---|---|---|---|---|');
  for (const b of m.branches) {
    const detail = b.detail ? `（${Object.entries(b.detail).map(([k, v]) => `${k}=${v}`).join('，')}）` : '';
    out.push(`| \`${b.key}\` | ${b.expect} | ${b.article} | ${b.zh}${detail} | ${ids(b.ids)} |`);
  }
  out.push('', '## 输入问题 / deliberate input problems', '');
  if (m.problems.length === 0) {
    out.push('本版本没有刻意设置的输入问题（--clean）。This clean variant has no deliberate input problems.');
  } else {
    out.push('| 问题 key | 文件 | 行 | 列 | 值 | 预期问题代码 | 说明 |', '|---|---|---|---|---|---|---|');
    for (const p of m.problems) {
      out.push(`| \`${p.key}\` | \`${p.file}\`${p.sheet ? `:${p.sheet}` : ''} | ${p.row} | ${p.column} | \`${p.value}\` | \`${p.expectedFinding}\` | ${p.zh} |`);
    }
  }
  if (m.feedback) out.push(...feedbackSection(m.feedback));
  if (m.carried) out.push(...carriedSection(m.carried));
  if (m.indicators) out.push(...indicatorsSection(m.indicators));
  out.push('', '## 规模 / scale', '', m.scaleNote.zh, '', '## English', '');
  out.push(`Fictional but format-true inputs of linkage year ${m.year}, produced by landlink's deterministic generator (\`${m.regenerate}\`). `
    + `All 11 cities, ${m.counts.regions.counties} counties and ${m.counts.regions.cityLevels} city levels (市本级); ${m.counts.rows.supply} supply rows of which `
    + `${m.counts.supply.candidates} are linkage candidates of categories 1–5, plus ${m.counts.candidates.byCategory['6']} category-6 redevelopments and `
    + `${m.counts.candidates.byCategory['7']} category-7 reclamations. Every branch of compute is exercised on purpose (table above; ids in MANIFEST.json), `
    + `and ${m.problems.length === 0 ? 'there are no deliberate input problems (clean variant)' : `${m.problems.length} deliberate input problems are listed with file, row and column`}. `
    + 'The ledger holds what the generator expects the earlier years\' plans to have credited, and the start check lists last year\'s credited supply projects with their plan areas.', '');
  if (m.feedback) out.push(feedbackEnglish(m.feedback), '');
  out.push(m.scaleNote.en, '');
  return out.join('\n');
}

const cityName = (code: string) => cities.find((c) => c.code === code)?.name ?? code;
const countyName = (code: string) => regionByCode(code)?.name ?? code;

/** The cities' returned review workbooks (浙土资发〔2017〕19号 四、1), one row per city. */
function indicatorsSection(i: ManifestIndicators): string[] {
  const out = ['', '## 行动方案指标：存量土地供应占比 / stock supply share', '',
    '`landlink indicators` 对本文件夹算得的存量土地供应占比（用户手册 6.2）。供地备案中土地来源为“农用地转用和土地征收”、征收类型为'
    + '“集体建设用地征收”的，按浙土资发〔2017〕19号 一、5 属于存量建设用地，与挂钩计算（第五类）一致计入存量供应；'
    + `集体农用地征收仍为新增。本年度这样的供地 ${i.collectiveRequisition.rows} 宗、${i.collectiveRequisition.supplyHa} 公顷（此前版本把它们计为新增）。`, '',
    '| 代码 | 设区市 | 存量土地供应占比 |', '|---|---|---:|'];
  for (const [code, name, share] of i.stockSupplyShare) out.push(`| ${code} | ${name} | ${share === '—' ? share : `${share}%`} |`);
  return out;
}

function carriedSection(c: ManifestCarried): string[] {
  const out = ['', '## 上年度结转扣减 / carried-forward deductions', '',
    `\`${c.file}\` 是 ${c.fromYear} 年度挂钩方案中“结转扣减”的县（双倍扣减超过当年挂钩指标、核定指标为 0 时差额结转下一年度，`
    + `用户手册 4.12）：由 \`landlink compute ${c.fromYear}\`（同一种子、同一规模的 ${c.fromYear} 年样例）再 \`landlink ledger add\` 写出，逐字节相同。`
    + `\`compute ${c.fromYear + 1}\` 先扣减这些面积，在“扣减明细”中列为“上年度结转扣减”。`, '',
    '| 县（市、区） | 结转扣减（公顷） |', '|---|---:|'];
  for (const [code, ha] of c.counties) out.push(`| ${countyName(code)} (${code}) | ${ha} |`);
  return out;
}

function feedbackSection(f: ManifestFeedback): string[] {
  const out = ['', '## 设区市审核意见 / returned review workbooks', '',
    `\`${FEEDBACK_FOLDER}/\` 是设区市按浙土资发〔2017〕19号 四、1 书面反馈的审核工作簿：由本文件夹的 \`landlink extract\` 工作簿填写而成，`
    + `\`validate\` 和 \`compute\` 会读取它。${f.returned.length} 个设区市返回，${f.silent.length} 个未反馈；上文预期认定已计入这些意见。`, '',
    '| 设区市 | 文件 | 审核意见 |', '|---|---|---|'];
  for (const code of [...f.returned, ...f.silent].sort()) {
    const name = cityName(code);
    if (!f.returned.includes(code)) {
      out.push(`| ${name} (${code}) | — | 未反馈：按默认参数照常计入，每个项目提示 \`city-feedback-missing\` |`);
      continue;
    }
    const opposed = [
      ...(f.disagree.cityCode === code ? [`\`${f.disagree.id}\` 不同意（不予认定）`] : []),
      ...(f.needsCorrection.cityCode === code ? [`\`${f.needsCorrection.id}\` 需补正（待补正）`] : []),
    ];
    out.push(`| ${name} (${code}) | \`${FEEDBACK_FOLDER}/${reviewFileName(code, name)}\` | ${opposed.length ? `其余同意；${opposed.join('；')}` : '全部同意'} |`);
  }
  return out;
}

function feedbackEnglish(f: ManifestFeedback): string {
  return `\`${FEEDBACK_FOLDER}/\` holds the review workbooks returned by ${f.returned.length} of the ${f.returned.length + f.silent.length} cities `
    + `(filled in from this folder's \`landlink extract\`; read by \`validate\` and \`compute\`): every opinion is 同意 except \`${f.disagree.id}\` `
    + `(不同意, not credited) and \`${f.needsCorrection.id}\` (需补正, pending); ${f.silent.map(cityName).join(', ')} returned nothing (未反馈: counted, with a warning). `
    + 'The expected credits above take these opinions into account.';
}
