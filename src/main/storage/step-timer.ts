/** Where the time of a save goes, step by step: kept by the store, printed by the benchmark. */

/**
 * Milliseconds per step of one save, in the order the steps ran. Steps that run on the thread pool
 * beside the main work (hashing) appear as the time the save waited for them.
 */
export type SaveTimings = Record<string, number>;

/** Times consecutive steps: each `lap` charges the time since the previous one to a step. */
export class StepTimer {
  readonly steps: SaveTimings = {};
  #last = performance.now();

  lap(step: string): void {
    const now = performance.now();
    this.steps[step] = (this.steps[step] ?? 0) + (now - this.#last);
    this.#last = now;
  }
}
