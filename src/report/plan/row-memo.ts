// A figure of each row computed once: a lazy sheet's cells are produced twice, once for the column widths and once
// to be written (src/xlsx/model.ts LazyRows), and exact rounding (src/domain/exact.ts) is the dearest part of a
// row of 项目明细 or 台账 after the writer's own work.

/** `compute(i)` for row i, remembered (a number, never NaN); `count` numbers held, nothing else. */
export function numberPerRow(count: number, compute: (i: number) => number): (i: number) => number {
  const values = new Float64Array(count).fill(NaN);
  return (i) => {
    let v = values[i]!;
    if (Number.isNaN(v)) values[i] = v = compute(i);
    return v;
  };
}
