/**
 * A small seeded pseudo-random generator, so the sample program is the same bytes on every machine
 * and every run (the committed sample file is compared byte for byte with the generator's output).
 */

/** A deterministic source of numbers in [0, 1), advanced on each call. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough to pick names and phone digits. Not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One element of a non-empty list, chosen by `random`. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}
