// Evidence the review table demands and parcels credited once (domain.md 决定 5b, 7, 8) and the Measures' first year,
// as rule cases with hand-computed figures.
import type { RuleCase } from '../harness.js';
import { FILES, doc, fullEvidence, ha, redevelopment, supply, year } from '../builders.js';

const opinionOf = (row: ReturnType<typeof supply>) => fullEvidence(row);

export const fidelityCases: RuleCase[] = [
  (() => {
    const a = supply('OB1', { row: 20 });
    const b = supply('OB2');
    const [oa, pa] = opinionOf(a);
    const [ob, pb] = opinionOf(b);
    return {
      name: '审查意见书未载明坐落或用地面积 → 待补正', article: 'domain.md 决定 5b',
      inputs: year({ supply: [a, b], evidence: [{ ...oa!, statedLocation: null, source: { file: FILES.evidence, row: 40 } }, pa!, { ...ob!, statedAreaHa: null }, pb!] }),
      projects: {
        OB1: { status: 'pending', creditedHa: '0', codes: ['evidence-opinion-location-not-stated'] },
        OB2: { status: 'pending', creditedHa: '0', codes: ['evidence-opinion-area-not-stated'] },
      },
      findings: [{ code: 'evidence-opinion-location-not-stated', projectId: 'OB1', file: FILES.evidence, row: 40, column: '载明坐落' }],
    } satisfies RuleCase;
  })(),
  ...([
    ['WT1', 1, '新增建设用地，不属于收回收购土地', 'pending'],
    ['WT2', 5, '集体农用地', 'pending'],
    ['WT3', 5, '集体建设用地', 'credited'],
    ['WT4', 1, '收回收购存量土地', 'credited'],
    ['WT5', 3, '城中村改造、小城镇环境综合整治土地', 'credited'],
    ['WT6', 4, '“三改一拆”拆后土地', 'credited'],
  ] as const).map(([id, category, statedType, status]): RuleCase => {
    const row = supply(id, { category });
    const [opinion, proof] = fullEvidence(row);
    return {
      name: `载明类型“${statedType}”按整词比较（第${category}类）→ ${status === 'credited' ? '认定' : '待补正'}`, article: 'domain.md 决定 5b',
      inputs: year({ supply: [row], evidence: [{ ...opinion!, statedType }, proof!] }),
      projects: { [id]: { status, codes: status === 'credited' ? [] : ['evidence-type-mismatch'] } },
    };
  }),
  {
    // One parcel: 上城区 解放路8号 filed as category 1 (PT1) and as 退二进三 (PT2, written with a full-width digit and
    // spaces): both pending. PT3 in another county at the same text is another parcel.
    name: '同一地块以不同编号重复申报（第一类与退二进三）→ 均待补正', article: 'domain.md 决定 7',
    inputs: year({
      supply: [supply('PT1', { location: '上城区解放路8号', row: 21 }), supply('PT3', { location: '上城区解放路8号', region: { code: '330105' } })],
      redevelopment: [redevelopment('PT2', { location: '上城区 解放路８号' })],
    }),
    projects: {
      PT1: { status: 'pending', creditedHa: '0', codes: ['parcel-filed-twice'] },
      PT2: { status: 'pending', creditedHa: '0', codes: ['parcel-filed-twice'] },
      PT3: { status: 'credited', creditedHa: '1', codes: [] },
    },
    findings: [{ code: 'parcel-filed-twice', projectId: 'PT1', file: FILES.supply, row: 21, column: '坐落', value: '上城区解放路8号' }],
    counts: { 'parcel-filed-twice': 2 },
    counties: { '330102': { creditedHa: '0' }, '330105': { creditedHa: '1', quotaHa: '0.3333' } },
  },
  {
    name: '保障性租赁住宅、人才公寓不属于经营性房地产；商品住宅属于', article: 'domain.md 决定 8',
    inputs: year({
      redevelopment: [
        redevelopment('SH1', { newUse: '保障性租赁住宅', location: '上城区SH1号' }),
        redevelopment('SH2', { newUse: '人才公寓', location: '上城区SH2号' }),
        redevelopment('SH3', { newUse: '商品住宅', location: '上城区SH3号' }),
        redevelopment('SH4', { newUse: '城镇住宅用地', location: '上城区SH4号' }),
      ],
    }),
    projects: {
      SH1: { status: 'credited', creditedHa: '0.4', codes: [] },
      SH2: { status: 'credited', creditedHa: '0.4', codes: [] },
      SH3: { status: 'rejected', creditedHa: '0', codes: ['excluded-commercial-real-estate'] },
      SH4: { status: 'rejected', creditedHa: '0', codes: ['excluded-commercial-real-estate'] },
    },
  },
  {
    name: '2017 年以前的年度 → 警告（2017年起按本《办法》执行）', article: '浙土资发〔2017〕19号 通知',
    inputs: year({ year: 2016, supply: [supply('Y16', { signedDate: '2016-05-01' })] }),
    projects: { Y16: { status: 'credited', creditedHa: '1' } },
    findings: [{ code: 'year-before-measures' }],
  },
  {
    name: '2017 年度不警告', article: '浙土资发〔2017〕19号 通知',
    inputs: year({ year: 2017, supply: [supply('Y17', { signedDate: '2017-05-01' })] }),
    counts: { 'year-before-measures': 0 },
  },
  (() => {
    // A plain doc() keeps the helper import honest: a 审查意见书 with only a type is pending for both reasons' first.
    const row = supply('OB3');
    return {
      name: '审查意见书只载明类型 → 待补正（未载明坐落）', article: 'domain.md 决定 5b',
      inputs: year({ supply: [row], evidence: [doc('OB3', 'review-opinion', { stamped: 'yes', statedType: '回收收购土地', statedAreaHa: ha('1') }), fullEvidence(row)[1]!] }),
      projects: { OB3: { status: 'pending', codes: ['evidence-opinion-location-not-stated'] } },
    } satisfies RuleCase;
  })(),
];
