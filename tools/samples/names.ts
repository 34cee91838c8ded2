// Chinese name material for realistic sample rows: towns (街道/镇/乡), villages, roads, companies and project
// names as they appear in Zhejiang's supply filings. Pure data and small composers; every character is in GBK
// (one sample file is written GBK-encoded, like a CSV saved by Excel on Chinese Windows).
import type { Rng } from './prng.js';

const placeSyllables = [
  '东', '西', '南', '北', '新', '安', '宁', '和', '平', '康', '华', '兴', '江', '河', '湖', '山', '塘', '桥', '溪', '湾',
  '林', '港', '浦', '岭', '洋', '阳', '丰', '裕', '昌', '盛', '瑞', '德', '仁', '义', '长', '乐', '金', '石', '龙', '凤',
  '云', '白', '青', '清', '双', '马', '黄', '梅', '柳', '杨', '古', '永', '文', '明', '光', '泉', '沙', '桐', '霞', '潮',
  '峰', '松', '竹', '莲', '荷', '桃', '杏', '钱', '衢', '渔', '盐', '横', '泽', '源', '坎', '埠', '堰', '洲', '屿', '岙',
] as const;

const townSuffixes = ['街道', '街道', '镇', '镇', '镇', '乡'] as const;
const urbanTownSuffixes = ['街道', '街道', '街道', '街道', '镇'] as const;
const villageSuffixes = ['村', '村', '村', '社区'] as const;
const roadSuffixes = ['路', '路', '大道', '街', '公路'] as const;
const roadDirections = ['东侧', '西侧', '南侧', '北侧'] as const;

export function twoSyllables(rng: Rng): string {
  const a = rng.pick(placeSyllables);
  let b = rng.pick(placeSyllables);
  while (b === a) b = rng.pick(placeSyllables);
  return a + b;
}

/** A township-level name: mostly 街道 in an urban district, 镇/乡 in a county. */
export function townName(rng: Rng, urban = false): string { return twoSyllables(rng) + rng.pick(urban ? urbanTownSuffixes : townSuffixes); }
export function villageName(rng: Rng): string { return twoSyllables(rng) + rng.pick(villageSuffixes); }
export function roadName(rng: Rng): string { return twoSyllables(rng) + rng.pick(roadSuffixes); }

/** A 坐落 as filed: "<town><village>" or "<town><road>以东、<road>以北" (like the national site's 项目位置). */
export function location(rng: Rng, town: string): string {
  const style = rng.int(0, 3);
  if (style === 0) return town + villageName(rng);
  if (style === 1) return `${town}${roadName(rng)}${rng.pick(roadDirections)}、${roadName(rng)}${rng.pick(roadDirections)}`;
  if (style === 2) return `${town}${villageName(rng)}${rng.int(1, 9)}组`;
  return `${town}${roadName(rng)}${rng.int(1, 999)}号`;
}

const industries = [
  '科技', '机械', '新材料', '电子', '纺织', '食品', '智能装备', '生物医药', '汽车零部件', '精密制造', '光电', '化纤',
  '电器', '五金', '包装', '服饰', '家居', '环保科技', '新能源', '医疗器械',
] as const;
const products = [
  ['万套', '智能家电'], ['万台', '工业机器人'], ['吨', '高性能纤维'], ['万件', '汽车零部件'], ['万只', '电机'],
  ['万平方米', '功能性面料'], ['万套', '智能卫浴'], ['吨', '生物基材料'], ['万片', '光伏组件'], ['万套', '精密模具'],
] as const;

export function companyName(rng: Rng, placeShort: string): string {
  const prefix = rng.chance(0.35) ? '浙江' : placeShort;
  return `${prefix}${twoSyllables(rng)}${rng.pick(industries)}有限公司`;
}

export function investmentCompany(placeShort: string, rng: Rng): string {
  return rng.pick([
    `${placeShort}城市建设投资集团有限公司`, `${placeShort}国有资本投资运营有限公司`,
    `${placeShort}城乡建设发展有限公司`, `${placeShort}城市发展集团有限公司`,
  ] as const);
}

/** Short form of a region name for project and company names: 萧山区 → 萧山, 景宁畲族自治县 → 景宁. */
export function shortName(regionName: string): string {
  const cut = regionName.replace(/(畲族自治县|自治县|市本级|区|县|市)$/, '');
  return cut.length >= 2 ? cut : regionName;
}

export type LandUseKind = 'industrial' | 'residential' | 'commercial' | 'public' | 'infrastructure' | 'storage';

/** 项目名称, 土地用途 and (for government projects) 土地使用权人 of one filing; they agree with each other. */
export interface ProjectFacts { name: string; landUse: string; holder?: string }

type Maker = (rng: Rng, short: string, year: number, company: string) => ProjectFacts;

const makers: Record<LandUseKind, readonly Maker[]> = {
  industrial: [
    (rng, _s, _y, company) => {
      const [unit, product] = rng.pick(products);
      return { name: `${company}年产${rng.int(2, 200)}${unit}${product}项目`, landUse: '工业用地' };
    },
    (rng, short, year, company) => ({ name: `${short}${year}G-${rng.int(1, 80)}号地块（${company}）`, landUse: '工业用地' }),
  ],
  residential: [
    (rng, short, year) => ({ name: `${short}${year}-${rng.int(1, 60)}号地块`, landUse: rng.pick(['城镇住宅用地', '住宅用地'] as const) }),
    (rng) => ({ name: `${twoSyllables(rng)}${rng.pick(['人才公寓', '保障性租赁住房'] as const)}项目`, landUse: '城镇住宅用地' }),
  ],
  commercial: [
    (rng, short) => ({ name: `${short}${twoSyllables(rng)}${rng.pick(['商业综合体', '邻里中心'] as const)}项目`, landUse: '零售商业用地' }),
    (rng, short) => ({ name: `${short}${twoSyllables(rng)}${rng.pick(['商务中心', '总部大楼'] as const)}项目`, landUse: '商务金融用地' }),
    (rng, short) => ({ name: `${short}${twoSyllables(rng)}酒店项目`, landUse: '商服用地' }),
  ],
  public: [
    (rng, short) => ({
      name: `${short}${rng.pick(['第一', '第二', '实验', '外国语'] as const)}${rng.pick(['中学', '小学', '幼儿园'] as const)}${rng.pick(['新建', '迁建', '扩建'] as const)}工程`,
      landUse: '科教用地', holder: `${short}教育局`,
    }),
    (rng, short) => ({ name: `${short}${rng.pick(['人民医院', '中医院', '妇幼保健院'] as const)}${rng.pick(['迁建', '扩建'] as const)}工程`, landUse: '医疗卫生用地', holder: `${short}卫生健康局` }),
    (rng, short) => ({ name: `${short}${twoSyllables(rng)}${rng.pick(['养老服务中心', '社会福利院'] as const)}项目`, landUse: '社会福利用地', holder: `${short}民政局` }),
    (rng, short) => ({ name: `${short}${twoSyllables(rng)}${rng.pick(['便民服务中心', '派出所业务用房'] as const)}工程`, landUse: '机关团体用地', holder: `${short}机关事务管理中心` }),
  ],
  infrastructure: [
    (rng, short) => ({ name: `${twoSyllables(rng)}${rng.pick(['路', '大道'] as const)}${rng.pick(['新建', '改建', '拓宽'] as const)}工程`, landUse: '公路用地', holder: `${short}交通运输局` }),
    (rng) => ({ name: `${rng.pick(['110', '220'] as const)}千伏${twoSyllables(rng)}输变电工程`, landUse: '公用设施用地', holder: '国网浙江省电力有限公司' }),
    (rng, short) => ({ name: `${short}${twoSyllables(rng)}污水处理厂${rng.pick(['扩建', '提标改造'] as const)}工程`, landUse: '公用设施用地', holder: `${short}水务集团有限公司` }),
    (rng, short) => ({ name: `${twoSyllables(rng)}${rng.pick(['江', '溪', '河'] as const)}堤防加固工程`, landUse: '水工建筑用地', holder: `${short}水利局` }),
  ],
  storage: [
    (rng, _s, _y, company) => ({ name: `${company}${rng.pick(['仓储物流中心', '智能仓储', '冷链物流基地'] as const)}项目`, landUse: rng.pick(['仓储用地', '物流仓储用地'] as const) }),
  ],
};

export function projectFacts(rng: Rng, use: LandUseKind, placeShort: string, year: number, company: string): ProjectFacts {
  return rng.pick(makers[use])(rng, placeShort, year, company);
}

/** 改变后用途 of a 退二进三 conversion (producer or consumer services; Measures 一、6). */
export const tertiaryUses = ['商务办公', '科技研发', '文化创意', '现代物流', '商业服务', '养老服务', '教育培训', '检验检测', '总部经济'] as const;
/** Uses that are commercial real estate (经营性房地产) and therefore not category 6 (inputs.md 改变后用途). */
export const commercialRealEstateUses = ['商品住宅', '房地产开发'] as const;

export function redevelopmentName(rng: Rng, company: string, newUse: string): string {
  return rng.pick([
    `${company}原厂区“退二进三”改造项目`,
    `${company}老厂房改建${newUse}中心项目`,
    `原${company}地块${newUse}园区项目`,
  ] as const);
}
