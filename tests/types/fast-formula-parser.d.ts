// The part of fast-formula-parser (MIT, no typings of its own) the tests use: tests/report/helpers/formula-engine.ts.
declare module 'fast-formula-parser' {
  export interface CellRef { sheet: string; row: number; col: number }
  export interface RangeRef { sheet: string; from: { row: number; col: number }; to: { row: number; col: number } }
  export type CellValue = number | string | boolean | null | undefined;
  export interface ParserConfig {
    onCell?: (ref: CellRef) => CellValue;
    onRange?: (ref: RangeRef) => CellValue[][];
    functions?: Record<string, (...args: { value: unknown }[]) => unknown>;
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
  }
}
