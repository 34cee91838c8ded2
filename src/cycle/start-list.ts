// The December start-of-construction check list (浙土资发〔2017〕19号 五: "于每年12月底前对上一年度存量建设用地盘活
// 挂钩项目的开工情况进行核查"). For linkage year Y the check happens in December of Y+1; its filled-in list is the
// `start-check` input of year Y+1 (inputs.md: "year Y−1 projects, checked in December of year Y"), applied by
// `compute Y+1` (domain.md Decisions 5). landlink pre-fills what the supply system already knows; the officer
// decides the rest. The rules, first match wins:
import type { Exact } from '../domain/exact.js';
import type { IsoDate, SourceRef, SupplyRow } from '../domain/rows.js';
import type { StartCheckResult } from '../domain/vocabulary.js';
import { guideCitation } from '../domain/guide-sections.js';

/** One project credited in year Y's plan (a ledger row with 挂钩年度 = Y, or a row of the plan's 台账 sheet). */
export interface CreditedEntry {
  projectId: string;
  countyCode: string | null;
  linkageYear: number;
  creditedHa: Exact | null;
  source: SourceRef;
}

export type PrefillRule = 'started' | 'overdue' | 'not-yet-due' | 'no-start-date' | 'no-supply-record';

interface StartDates { agreed: IsoDate | null; actual: IsoDate | null; file: string }

interface RuleSpec {
  id: PrefillRule;
  article: string;
  /** The pre-filled 核查结果, or null: the officer decides. */
  result: StartCheckResult | null;
  /** Highlight the row in the workbook (overdue projects need a decision first). */
  flag: boolean;
  applies(d: StartDates | undefined, asOf: IsoDate): boolean;
  note(d: StartDates | undefined, asOf: IsoDate): string;
}

const started = (d: StartDates | undefined, asOf: IsoDate): boolean => d?.actual != null && d.actual <= asOf;

export const prefillRules: readonly RuleSpec[] = [
  {
    id: 'started', article: guideCitation('startCheckInput'), result: 'started', flag: false,
    applies: started,
    note: (d) => `预填：供地数据（${d!.file}）实际开工日期 ${d!.actual}`,
  },
  {
    id: 'overdue', article: '浙土资发〔2017〕19号 五（不能提供项目未开工合理证明材料的，双倍扣减）', result: null, flag: true,
    applies: (d, asOf) => d !== undefined && d.agreed !== null && d.agreed < asOf,
    note: (d, asOf) => `逾期：约定开工日期 ${d!.agreed} 已过（核查日 ${asOf}），供地数据无${d!.actual ? '核查日前的' : ''}实际开工日期；请核实后选择`,
  },
  {
    id: 'not-yet-due', article: guideCitation('startListPrefill'), result: null, flag: false,
    applies: (d) => d !== undefined && d.agreed !== null,
    note: (d, asOf) => `约定开工日期 ${d!.agreed} 未到（核查日 ${asOf}）；请核实开工情况`,
  },
  {
    id: 'no-start-date', article: guideCitation('startListPrefill'), result: null, flag: false,
    applies: (d) => d !== undefined,
    note: (d) => `供地数据（${d!.file}）无开工日期；请核实开工情况`,
  },
  {
    id: 'no-supply-record', article: `${guideCitation('categorySources')}（第六、七类不在供地系统）`, result: null, flag: false,
    applies: () => true,
    note: () => '供地数据中无此编号（第六、七类项目不在供地系统）；请核实开工情况',
  },
];

export interface StartListRow extends CreditedEntry {
  result: StartCheckResult | null;
  rule: PrefillRule;
  flagged: boolean;
  note: string;
}

/** A year's supply rows with a label for notes (the file name). */
export interface SupplySource { file: string; rows: readonly SupplyRow[] }

/**
 * Start dates per project id from the supply data, the newest source first: a field the newer export fills
 * wins (the year-Y+1 export may carry a 实际开工日期 that year Y's export did not have yet).
 */
export function startDatesById(newestFirst: readonly SupplySource[]): Map<string, StartDates> {
  const byId = new Map<string, StartDates>();
  for (const source of newestFirst) {
    for (const row of source.rows) {
      const id = row.supervisionId.trim();
      const known = byId.get(id);
      if (!known) {
        byId.set(id, { agreed: row.agreedStartDate, actual: row.actualStartDate, file: source.file });
        continue;
      }
      if (known.actual === null && row.actualStartDate !== null) { known.actual = row.actualStartDate; known.file = source.file; }
      if (known.agreed === null && row.agreedStartDate !== null) known.agreed = row.agreedStartDate;
    }
  }
  return byId;
}

/** The check list: one row per credited project, in county then id order, pre-filled by the first rule that applies. */
export function buildStartList(entries: readonly CreditedEntry[], supplyNewestFirst: readonly SupplySource[], asOf: IsoDate): StartListRow[] {
  const dates = startDatesById(supplyNewestFirst);
  return [...entries]
    .sort((a, b) => (a.countyCode ?? '').localeCompare(b.countyCode ?? '') || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0))
    .map((e) => {
      const d = dates.get(e.projectId.trim());
      const rule = prefillRules.find((r) => r.applies(d, asOf))!;
      return { ...e, result: rule.result, rule: rule.id, flagged: rule.flag, note: rule.note(d, asOf) };
    });
}

/** Default check date: 31 December of the year after the linkage year (Measures 五: "每年12月底前"). */
export function defaultAsOf(linkageYear: number): IsoDate { return `${linkageYear + 1}-12-31`; }
