// The hand-worked fixture year 2025 (arithmetic in compute.test.ts):
// 杭州 two counties with stock, new, standalone and industrial supply; 宁波 national-site rows; 温州 supply but no
// industrial land; 嘉兴 nothing at all; plus rows that must be left out (other year, no region, no land source …).
import type { IndicatorInputs } from '../../src/indicators/compute.js';
import { redevelopment, supply } from './fixture.js';

export const inputs2025: IndicatorInputs = {
  year: 2025,
  supply: [
    // 杭州市 (330100): 上城区 330102, 余杭区 330110
    supply({ id: 'H1', row: 2, county: '330102', source: 'state-stock', ha: '2.0', use: '商服用地', standalone: false, signed: '2025-03-01' }),
    supply({ id: 'H2', row: 3, county: '330102', source: 'conversion-requisition', ha: '3.0', use: '工业用地', ratio: '2.0', signed: '2025-05-10' }),
    supply({ id: 'H3', row: 4, county: '330110', source: 'new-state', ha: '5.0', use: '公路用地', standalone: true, signed: '2025-06-01' }),
    supply({ id: 'H4', row: 5, county: '330110', source: 'collective-stock', ha: '1.5', stockHa: '1.0', use: '一类工业用地', ratio: '1.2', signed: '2025-07-01' }),
    supply({ id: 'H5', row: 6, county: '330110', source: 'state-stock', ha: '2.5', use: '公共设施用地', standalone: true, signed: '2025-08-01' }),
    supply({ id: 'H6', row: 7, county: '330102', source: 'state-stock', ha: '9.0', use: '住宅用地', signed: '2024-12-31' }),
    supply({ id: 'H7', row: 8, county: '330110', source: 'new-state', ha: '1.0', use: '工业用地', ratio: null, signed: '2025-09-09' }),
    // 宁波市 (330200): 海曙区 330203 — national-site land sources
    supply({ id: 'N1', row: 9, county: '330203', source: 'existing', ha: '4.0', stockHa: '4.0', use: '工业用地', ratio: '1.0', signed: '2025-02-02' }),
    supply({ id: 'N2', row: 10, county: '330203', source: 'new-from-stock-pool', ha: '6.0', stockHa: '1.5', use: '住宅用地', signed: '2025-04-04' }),
    supply({ id: 'N3', row: 11, county: '330203', source: 'new-from-stock-pool', ha: '2.0', stockHa: null, use: '商服用地', signed: '2025-04-05' }),
    // 温州市 (330300): 鹿城区 330302 — supply, no industrial land
    supply({ id: 'W1', row: 12, county: '330302', source: 'state-stock', ha: '1.0', use: '住宅用地', signed: '2025-10-01' }),
    // rows that cannot be attributed or classified
    supply({ id: 'X1', row: 13, county: null, source: 'state-stock', ha: '7.0', use: '住宅用地', signed: '2025-01-01' }),
    supply({ id: 'X2', row: 14, county: '330302', source: null, ha: '3.0', use: '住宅用地', signed: '2025-01-01' }),
    supply({ id: 'X3', row: 15, county: '330302', source: 'state-stock', ha: null, use: '住宅用地', signed: '2025-01-01' }),
    supply({ id: 'X4', row: 16, county: '330302', source: 'state-stock', ha: '1.0', use: '住宅用地', signed: null }),
  ],
  redevelopment: [
    redevelopment({ id: 'R1', row: 2, county: '330102', useHa: '0.8', resupply: 'no', completed: '2025-09-01' }),
    // no 改变用途面积/改变土地用途面积: 12,000 m² ÷ 3.0 = 0.4 公顷; re-supplied by the government
    redevelopment({ id: 'R2', row: 3, county: '330110', type: 'industrial-upgrade', floorM2: '12000', newRatio: '3.0', resupply: 'yes', completed: '2025-11-30' }),
    redevelopment({ id: 'R3', row: 4, county: '330203', useHa: '5.0', completed: '2024-06-30' }),
    redevelopment({ id: 'R4', row: 5, county: '330203', completed: '2025-06-30' }),
  ],
};
