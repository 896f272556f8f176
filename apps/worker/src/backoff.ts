/** Longest wait between two attempts, however many came before. */
const MAX_DELAY_MS = 24 * 60 * 60 * 1000;

/**
 * The wait after failed attempt `attempt` (1 for the first): doubling from
 * `baseMs`, plus up to half again at random, so receivers coming back from an
 * outage are not hit by every retry at the same instant. Never less than the
 * doubled delay, so retries are at least as far apart as documented.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const doubled = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.round(doubled * (1 + random() * 0.5));
}
