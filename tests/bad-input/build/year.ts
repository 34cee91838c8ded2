// A small but complete year folder: one file of every kind, in the formats real inputs come in (xlsx with title
// rows, GBK CSV, UTF-8 CSV with and without BOM), with projects in three cities. Fast to run every command on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawXlsx, sheetXml } from '../../ingest/helpers.js';
import {
  YEAR, csv, evidenceHeader, gbk, inspectionHeader, ledgerHeader, reclamationHeader, redevelopmentHeader, redevelopmentRow,
  startCheckHeader, supplyRow, supplyXlsx, utf8Bom,
} from './files.js';

const A = `3301022025A00001`; // 杭州市上城区, category 1
const B = `3302032025B00002`; // 宁波市海曙区, category 4
const C = `3303022025A00003`; // 温州市鹿城区, category 2

export function writeMiniYear(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, data: Buffer | string) => writeFileSync(join(dir, name), data);
  put(`${YEAR}年供地备案.xlsx`, supplyXlsx([
    supplyRow(A),
    supplyRow(B, { 行政区代码: '330203', 坐落: '海曙区拆后地块', 存量类型: '"三改一拆"拆后土地', '供地面积(公顷)': '2.25', '测绘面积(公顷)': '2.1' }),
    supplyRow(C, { 行政区代码: '330302', 坐落: '鹿城区空闲地', 存量类型: '空闲地', '供地面积(公顷)': '0.8', '测绘面积(公顷)': '' }),
    supplyRow('3301022025B00004', { 土地来源: '新增建设用地', 存量类型: '' }),
  ], [[`${YEAR}年度供地备案`], ['单位：公顷']]));
  put('低效用地再开发.csv', gbk(csv([redevelopmentHeader, redevelopmentRow()])));
  put('reclamation.csv', utf8Bom(csv([reclamationHeader, ['FK33010920250001', '330109', '盛新村拆旧区块', '1.6', '通过', `${YEAR}-05-20`]])));
  put('材料清单.csv', utf8Bom(csv([
    evidenceHeader,
    [A, '建设用地审查意见书', '上城自然资审〔2025〕1号', '是', '上城区望江路1号', '1.5', '回收收购土地'],
    [A, '国有建设用地使用权收回决定书', '上城收〔2025〕1号', '', '', '', ''],
    [B, '建设用地审查意见书', '海曙自然资审〔2025〕2号', '是', '海曙区拆后地块', '2.1', '"三改一拆"拆后土地'],
    [B, '拆后对比图像资料', '', '', '', '', ''],
    [C, '建设用地审查意见书', '鹿城自然资审〔2025〕3号', '否', '鹿城区空闲地', '0.8', '空闲地'],
    ['FK33010920250001', '项目批准材料', '杭自然资批〔2023〕77号', '', '', '', ''],
    ['FK33010920250001', '复核验收材料', '杭自然资验〔2025〕5号', '', '', '', ''],
  ])));
  put('核查结果.xlsx', rawXlsx({ sheets: [{ name: '核查结果', xml: sheetXml([inspectionHeader, [B, '实地抽查', '面积核减', 2, '实测面积较小']]) }] }));
  put('开工核查.csv', csv([startCheckHeader, ['3301022024A00009', '330102', String(YEAR - 1), '1.2', '未开工(无合理证明)', '']]));
  put('已挂钩台账.csv', csv([ledgerHeader, ['3301022024A00009', String(YEAR - 1), '1.2', '330102'], ['3301022023A00007', String(YEAR - 2), '0.9', '330102']]));
  return dir;
}
