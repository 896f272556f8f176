import { retryDelayMs } from './backoff.js';

describe('retry backoff', () => {
  it('doubles from the base, with up to half again of jitter', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3].map((n) => retryDelayMs(n, 1000, () => 0.999))).toEqual([1500, 2999, 5998]);
  });

  it('never waits more than a day and a half', () => {
    expect(retryDelayMs(40, 30000, () => 1)).toBe(1.5 * 24 * 60 * 60 * 1000);
  });
});
