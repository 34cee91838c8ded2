// The one location type and the one finding type (docs/spec/outputs.md findings: every error names its file, sheet, row and column).
export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: the file, sheet (xlsx), row as a spreadsheet shows it (header counted, first row = 1),
 *  the column's header as written in the file, the offending value and what was expected. */
export interface Location {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
  expected?: string;
}

/** A catalogue entry: the single source of severity, article and message (each code is described once, here). */
export interface FindingSpec {
  severity: Severity;
  /** A few Chinese words naming the problem, shown where a row lists its problems (项目明细 问题, e.g. '未盖章'). */
  label: string;
  /** What the rule rests on, as a reader can look it up: an article of the Measures ('浙土资发〔2017〕19号 二、1'),
   *  the review table, the action plan, or a section of the user guide ('用户手册 3.2', src/domain/guide-sections.ts);
   *  never a file of docs/spec/. */
  article: string;
  /** Chinese message template; `{name}` placeholders are filled from the finding's params and location. */
  message: string;
  /** What the user should do (Chinese), shown with --verbose and in the README. */
  hint?: string;
}

export interface Finding<Code extends string = string> {
  code: Code;
  severity: Severity;
  location: Location;
  /** The project id the finding concerns, when there is one. */
  projectId?: string;
  params?: Record<string, string | number>;
}
