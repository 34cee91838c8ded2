/** Appends `items` to `target` without spreading them into arguments: `push(...rows)` overflows the call stack
 *  beyond ~100,000 items (a 10× province year). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
