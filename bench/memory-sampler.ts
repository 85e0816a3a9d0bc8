/**
 * @module memory-sampler
 * Tracks peak resident set size and heap: sampled on a timer and also at explicit points,
 * because synchronous work (SQLite writes) can starve the timer.
 */

/** Peak memory seen, in bytes. */
export interface MemoryPeaks {
  rss: number;
  heapUsed: number;
}

/**
 * Starts sampling; call `sample()` in hot loops and `stop()` at the end.
 * @example const m = startMemorySampler(); …; m.stop().rss
 */
export function startMemorySampler(intervalMs = 50): { sample: () => void; stop: () => MemoryPeaks } {
  const peaks: MemoryPeaks = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peaks.rss) peaks.rss = m.rss;
    if (m.heapUsed > peaks.heapUsed) peaks.heapUsed = m.heapUsed;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return { ...peaks };
    },
  };
}
