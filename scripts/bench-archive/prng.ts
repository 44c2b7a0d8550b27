/**
 * A tiny seeded pseudo-random generator for the archive benchmark's page generator.
 *
 * Math.random cannot be seeded, and the benchmark must produce the same bytes for the same
 * (N, seed) on every machine and Node version, so the generator carries its own: mulberry32,
 * 32 bits of state, plenty for picking words.
 */

/** A seeded stream of pseudo-random numbers with the few helpers the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct elements of `items` (all of them if it has fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** A generator whose whole sequence is fixed by `seed` (any 32-bit integer). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32: one add, two multiplies and three xor-shifts per number.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    sample(items, count) {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      // A partial Fisher–Yates shuffle: only the first n places are settled.
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

/**
 * A seed for one item of a run, mixed from the run's seed and the item's number, so that page
 * i is the same whether 10 or 10,000 pages are generated (and the "+1 page" step can make page
 * N on its own).
 */
export function deriveSeed(seed: number, index: number, salt = 0): number {
  // A 32-bit integer hash (splitmix-like finalizer) of the three inputs.
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77) ^ Math.imul(salt + 1, 0xc2b2ae3d)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
