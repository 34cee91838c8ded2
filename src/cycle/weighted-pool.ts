// Weighted drawing without replacement: each draw picks a remaining item with probability weight ÷ (sum of the
// remaining weights). Integer weights in a Fenwick (binary indexed) tree, so a draw is O(log n) and a large
// province year (tens of thousands of candidates) draws in milliseconds. Exact: no floating point.
import type { Random } from './random.js';

export class WeightedPool {
  private readonly tree: number[];
  private readonly weights: number[];
  private remaining: number;
  private totalWeight = 0;

  constructor(weights: readonly number[]) {
    for (const w of weights) {
      if (!Number.isSafeInteger(w) || w <= 0) throw new RangeError(`weight must be a positive integer: ${w}`);
    }
    this.weights = [...weights];
    this.tree = new Array<number>(weights.length + 1).fill(0);
    this.weights.forEach((w, i) => this.update(i, w));
    this.remaining = weights.length;
  }

  get size(): number { return this.remaining; }
  get total(): number { return this.totalWeight; }

  private update(index: number, delta: number): void {
    this.totalWeight += delta;
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
  }

  /** Removes an item from the pool (e.g. already drawn elsewhere). */
  remove(index: number): void {
    const w = this.weights[index];
    if (w === undefined || w === 0) return;
    this.update(index, -w);
    this.weights[index] = 0;
    this.remaining--;
  }

  /** Draws one remaining item (its index) and removes it; undefined when the pool is empty. */
  draw(random: Random): number | undefined {
    if (this.remaining === 0) return undefined;
    let target = random.below(this.totalWeight); // 0 ≤ target < total
    // Descend the tree: find the smallest index whose prefix sum exceeds target.
    let pos = 0;
    let step = 1;
    while (step * 2 < this.tree.length) step *= 2;
    for (; step > 0; step >>= 1) {
      const next = pos + step;
      if (next < this.tree.length && this.tree[next]! <= target) {
        pos = next;
        target -= this.tree[next]!;
      }
    }
    this.remove(pos);
    return pos;
  }
}
