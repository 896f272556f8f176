import { matchItems, overlapF1, summarize } from '../eval/metrics.js';

const item = (text: string, kind = 'question') => ({ label: null, text, kind });

describe('eval metrics', () => {
  it('scores token overlap as F1 over lower-cased word tokens', () => {
    expect(overlapF1('How many staff?', 'how many STAFF')).toBe(1);
    expect(overlapF1('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(overlapF1('', 'a')).toBe(0);
  });

  it('matches one-to-one, best overlap first, and ignores pairs below 0.5', () => {
    const gold = [item('How many staff work there?'), item('Please provide the audit.')];
    const pred = [item('Please provide the audit report.'), item('How many staff work there?'), item('Unrelated text entirely.')];
    expect(matchItems(gold, pred)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('summarizes precision, recall, F1 and exact-count share', () => {
    const s = summarize([
      { name: 'a', gold: 4, predicted: 5, matched: 4, kindsRight: 3, exactCount: false, dueRight: true },
      { name: 'b', gold: 2, predicted: 2, matched: 2, kindsRight: 2, exactCount: true, dueRight: false },
    ]);
    expect(s.precision).toBeCloseTo(6 / 7);
    expect(s.recall).toBe(1);
    expect(s.exactCountShare).toBe(0.5);
    expect(s.kindAccuracy).toBeCloseTo(5 / 6);
    expect(s.dueAccuracy).toBe(0.5);
  });
});
