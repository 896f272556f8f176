import { aggregateOpenQuestions, percentile, scorecard, type GroupKey } from './aggregate.js';
import { computeAsOf, emptyCounts, type Counts, type Facts, type LetterState } from './status.js';
import { DEFAULT_POLICY } from './due-date.js';

// Expected values are worked out by hand from /work/shared/SPEC.md; none is copied from a run.

const RULES = { policy: DEFAULT_POLICY, longOverdueDays: 30 };

/** A hand-made letter state: pending and on time unless told otherwise. */
function state(letterId: string, over: Partial<Omit<LetterState, 'counts'>> & { counts?: Partial<Counts> } = {}): LetterState {
  const { counts, ...rest } = over;
  return {
    letterId,
    status: 'awaiting_response',
    resolution: null,
    timeliness: 'on_time',
    daysOverdue: null,
    daysOutstanding: 1,
    dueOn: '2025-02-01',
    dueOnSource: 'policy',
    dueOnExplanation: '30 calendar days after 2025-01-02',
    firstResponseOn: null,
    questionStatuses: new Map(),
    ...rest,
    counts: { ...emptyCounts(), ...counts },
  };
}

/**
 * Five letters, as of 2025-06-01, default policy (30 calendar days), long overdue after 30 days.
 *
 * L1 sent 2025-03-01 to STATE and to Rubio (an official of STATE), signed by Meeks and Castro:
 *    a answered and b declined on 2025-03-20; c reiterated by L3 -> superseded.
 *    Closed (mixed); total 3, superseded 1, open 0, unanswered 1. First response after 19 days.
 * L2 sent 2025-04-20 to DHS and STATE, signed by Meeks: d, e, no response.
 *    Due 2025-05-20, 12 days past: overdue. open 2, unanswered 2.
 * L3 sent 2025-05-15 to STATE, signed by Meeks: f (reiterates c), g.
 *    Due 2025-06-14: on time. open 2, unanswered 2.
 * L4 sent 2025-06-10 to STATE, signed by Meeks: not yet sent, in no group.
 * L5 sent 2025-03-10 to DHS, signed by Castro: i acknowledged on 2025-04-01.
 *    Due 2025-04-09, 53 days past (21 + 31 + 1): long overdue. open 1, unanswered 1. First response after 22 days.
 */
const facts: Facts = {
  letters: [
    { id: 'L1', sentOn: '2025-03-01', statedDueOn: null },
    { id: 'L2', sentOn: '2025-04-20', statedDueOn: null },
    { id: 'L3', sentOn: '2025-05-15', statedDueOn: null },
    { id: 'L4', sentOn: '2025-06-10', statedDueOn: null },
    { id: 'L5', sentOn: '2025-03-10', statedDueOn: null },
  ],
  questions: [
    { id: 'a', letterId: 'L1', reiteratesId: null, withdrawnOn: null },
    { id: 'b', letterId: 'L1', reiteratesId: null, withdrawnOn: null },
    { id: 'c', letterId: 'L1', reiteratesId: null, withdrawnOn: null },
    { id: 'd', letterId: 'L2', reiteratesId: null, withdrawnOn: null },
    { id: 'e', letterId: 'L2', reiteratesId: null, withdrawnOn: null },
    { id: 'f', letterId: 'L3', reiteratesId: 'c', withdrawnOn: null },
    { id: 'g', letterId: 'L3', reiteratesId: null, withdrawnOn: null },
    { id: 'h', letterId: 'L4', reiteratesId: null, withdrawnOn: null },
    { id: 'i', letterId: 'L5', reiteratesId: null, withdrawnOn: null },
  ],
  responses: [
    { id: 'r1', letterId: 'L1', receivedOn: '2025-03-20', seq: 1, items: [{ questionId: 'a', disposition: 'answered' }, { questionId: 'b', disposition: 'declined' }] },
    { id: 'r2', letterId: 'L5', receivedOn: '2025-04-01', seq: 2, items: [{ questionId: 'i', disposition: 'acknowledged' }] },
  ],
  extensions: [],
};

const STATE: GroupKey = { key: 'state', name: 'Department of State' };
const DHS: GroupKey = { key: 'dhs', name: 'Department of Homeland Security' };
const MEEKS: GroupKey = { key: 'M001137', name: 'Gregory W. Meeks' };
const CASTRO: GroupKey = { key: 'C001091', name: 'Joaquin Castro' };

/** Recipient organizations, as the caller resolves them: L1 reaches STATE directly and through Rubio. */
const byRecipientOrganization: Record<string, GroupKey[]> = {
  L1: [STATE, STATE],
  L2: [DHS, STATE],
  L3: [STATE],
  L4: [STATE],
  L5: [DHS],
};
const bySigner: Record<string, GroupKey[]> = { L1: [MEEKS, CASTRO], L2: [MEEKS], L3: [MEEKS], L4: [MEEKS], L5: [CASTRO] };

const sortByKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((x, y) => x.key.localeCompare(y.key));

describe('the fixture letters as of 2025-06-01', () => {
  const states = computeAsOf(facts, '2025-06-01', RULES);

  it('have the states worked out by hand', () => {
    expect(states.get('L1')).toMatchObject({ status: 'closed', resolution: 'mixed', timeliness: null, firstResponseOn: '2025-03-20' });
    expect(states.get('L1')!.counts).toMatchObject({ total: 3, superseded: 1, open: 0, unanswered: 1 });
    expect(states.get('L2')).toMatchObject({ status: 'awaiting_response', dueOn: '2025-05-20', timeliness: 'overdue', daysOverdue: 12 });
    expect(states.get('L3')).toMatchObject({ status: 'awaiting_response', dueOn: '2025-06-14', timeliness: 'on_time' });
    expect(states.get('L4')!.status).toBe('not_yet_sent');
    expect(states.get('L5')).toMatchObject({ status: 'partially_answered', dueOn: '2025-04-09', timeliness: 'long_overdue', daysOverdue: 53 });
  });
});

describe('aggregateOpenQuestions', () => {
  it('by recipient organization: a letter once under each organization, superseded copies left out', () => {
    const rows = aggregateOpenQuestions(computeAsOf(facts, '2025-06-01', RULES).values(), (id) => byRecipientOrganization[id]);
    expect(sortByKey(rows)).toEqual([
      // L2 (overdue) and L5 (long overdue): both count as overdue letters.
      { key: 'dhs', name: 'Department of Homeland Security', letters: 2, questions: 3, open: 3, unanswered: 3, overdueLetters: 2 },
      // L1 once (not twice), L2, L3; not L4. Questions: L1 3 - 1 superseded, L2 2, L3 2.
      { key: 'state', name: 'Department of State', letters: 3, questions: 6, open: 4, unanswered: 5, overdueLetters: 1 },
    ]);
  });

  it('by signer', () => {
    const rows = aggregateOpenQuestions(computeAsOf(facts, '2025-06-01', RULES).values(), (id) => bySigner[id]);
    expect(sortByKey(rows)).toEqual([
      { key: 'C001091', name: 'Joaquin Castro', letters: 2, questions: 3, open: 1, unanswered: 2, overdueLetters: 1 },
      { key: 'M001137', name: 'Gregory W. Meeks', letters: 3, questions: 6, open: 4, unanswered: 5, overdueLetters: 1 },
    ]);
  });

  it('as of the day before the follow-up, the reiterated question still counts in the first letter', () => {
    // 2025-05-14: L3 not yet sent, so c is open; L1 due 2025-03-31 is 44 days past: long overdue.
    // L2 is due 2025-05-20: on time.
    const rows = aggregateOpenQuestions(computeAsOf(facts, '2025-05-14', RULES).values(), (id) => byRecipientOrganization[id]);
    expect(sortByKey(rows)).toEqual([
      { key: 'dhs', name: 'Department of Homeland Security', letters: 2, questions: 3, open: 3, unanswered: 3, overdueLetters: 1 },
      { key: 'state', name: 'Department of State', letters: 2, questions: 5, open: 3, unanswered: 4, overdueLetters: 1 },
    ]);
  });

  it('as of a date before every letter: no groups at all', () => {
    expect(aggregateOpenQuestions(computeAsOf(facts, '2025-02-28', RULES).values(), (id) => byRecipientOrganization[id])).toEqual([]);
  });

  it('on hand-made states: not_yet_sent skipped, letters in no group skipped, overdue and long_overdue both counted', () => {
    const states = [
      state('x', { timeliness: 'overdue', counts: { total: 2, open: 1, unanswered: 2, declined: 1 } }),
      state('y', { timeliness: 'long_overdue', counts: { total: 4, open: 0, unanswered: 0, answered: 1, superseded: 3 } }),
      state('z', { status: 'closed', timeliness: null, counts: { total: 1, answered: 1 } }),
      state('future', { status: 'not_yet_sent', timeliness: null, counts: {} }),
      state('orphan', { counts: { total: 5, open: 5, unanswered: 5 } }),
    ];
    const group = { key: 'g', name: 'G' };
    const rows = aggregateOpenQuestions(states, (id) => (id === 'orphan' ? [] : [group]));
    expect(rows).toEqual([{ key: 'g', name: 'G', letters: 3, questions: 2 + 1 + 1, open: 1, unanswered: 2, overdueLetters: 2 }]);
  });

  it('groupsOf is not asked about not-yet-sent letters', () => {
    const asked: string[] = [];
    aggregateOpenQuestions([state('sent'), state('later', { status: 'not_yet_sent' })], (id) => {
      asked.push(id);
      return [];
    });
    expect(asked).toEqual(['sent']);
  });
});

describe('percentile (PostgreSQL percentile_cont, 2 decimals)', () => {
  it('nothing to rank: null', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
  });

  it('one value is every percentile', () => {
    expect(percentile([5], 0)).toBe(5);
    expect(percentile([5], 0.5)).toBe(5);
    expect(percentile([5], 0.9)).toBe(5);
  });

  it.each<[number[], number, number]>([
    [[1, 2], 0.5, 1.5],
    [[1, 2, 3], 0.5, 2],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0.5, 2.5], // order of input does not matter
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5.5], // position 4.5
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1], // position 8.1: 9 + 0.1 * (10 - 9)
    [[10, 20, 30], 0.9, 28], // position 1.8: 20 + 0.8 * 10
    [[1, 100], 0.9, 90.1], // position 0.9: 1 + 0.9 * 99
    [[7, 7, 7, 50], 0.5, 7], // position 1.5 between two 7s
    [[3, 7, 10, 40], 0.9, 31], // position 2.7: 10 + 0.7 * 30
    [[3, 7, 10, 40], 0, 3],
    [[3, 7, 10, 40], 1, 40],
    [[0, 1, 2], 1 / 3, 0.67], // position 2/3: 0.666... rounded
    [[0, 10], 0.333, 3.33],
    [[0, 1], 0.125, 0.13], // 0.125 rounds half up
  ])('%j at %d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('leaves its input unsorted', () => {
    const values = [4, 1, 3, 2];
    percentile(values, 0.5);
    expect(values).toEqual([4, 1, 3, 2]);
  });
});

describe('scorecard', () => {
  it('for STATE in the fixture: L1 counted once though it reaches STATE twice, L4 not yet sent', () => {
    const states = computeAsOf(facts, '2025-06-01', RULES);
    const sentOn = new Map(facts.letters.map((l) => [l.id, l.sentOn]));
    const letters = ['L1', 'L1', 'L2', 'L3', 'L4'].map((id) => ({ state: states.get(id)!, sentOn: sentOn.get(id)! }));
    expect(scorecard('2025-06-01', letters)).toEqual({
      asOf: '2025-06-01',
      lettersReceived: 3,
      lettersWithResponse: 1,
      responseRate: 0.3333, // 1 of 3; four decimals is the code's rounding (the spec only says 0 to 1)
      medianDaysToFirstResponse: 19, // 2025-03-01 -> 2025-03-20
      p90DaysToFirstResponse: 19,
      questions: 6,
      open: 4,
      unanswered: 5,
      overdueLetters: 1,
      longOverdueLetters: 0,
    });
  });

  it('for DHS in the fixture', () => {
    const states = computeAsOf(facts, '2025-06-01', RULES);
    const letters = [
      { state: states.get('L2')!, sentOn: '2025-04-20' },
      { state: states.get('L5')!, sentOn: '2025-03-10' },
    ];
    expect(scorecard('2025-06-01', letters)).toEqual({
      asOf: '2025-06-01',
      lettersReceived: 2,
      lettersWithResponse: 1,
      responseRate: 0.5,
      medianDaysToFirstResponse: 22, // 2025-03-10 -> 2025-04-01
      p90DaysToFirstResponse: 22,
      questions: 3,
      open: 3,
      unanswered: 3,
      overdueLetters: 2,
      longOverdueLetters: 1,
    });
  });

  it('median and p90 over the letters that have a response', () => {
    // Sent 2025-01-01; first responses after 10, 3, 40 and 7 days; one letter without; one not yet sent.
    const sentOn = '2025-01-01';
    const letters = [
      { sentOn, state: state('a', { status: 'closed', timeliness: null, firstResponseOn: '2025-01-11', counts: { total: 1, answered: 1 } }) },
      { sentOn, state: state('b', { status: 'closed', timeliness: null, firstResponseOn: '2025-01-04', counts: { total: 1, declined: 1, unanswered: 1 } }) },
      { sentOn, state: state('c', { status: 'partially_answered', timeliness: 'long_overdue', firstResponseOn: '2025-02-10', counts: { total: 2, open: 1, unanswered: 1, referred: 1 } }) },
      { sentOn, state: state('d', { status: 'closed', timeliness: null, firstResponseOn: '2025-01-08', counts: { total: 3, withdrawn: 1, superseded: 2 } }) },
      { sentOn, state: state('e', { timeliness: 'overdue', counts: { total: 2, open: 2, unanswered: 2 } }) },
      { sentOn: '2025-09-01', state: state('f', { status: 'not_yet_sent', timeliness: null, counts: {} }) },
    ];
    expect(scorecard('2025-03-01', letters)).toEqual({
      asOf: '2025-03-01',
      lettersReceived: 5,
      lettersWithResponse: 4,
      responseRate: 0.8,
      medianDaysToFirstResponse: 8.5, // sorted 3, 7, 10, 40: position 1.5
      p90DaysToFirstResponse: 31, // position 2.7: 10 + 0.7 * 30
      questions: 1 + 1 + 2 + 1 + 2, // d: 3 questions, 2 superseded copies left out
      open: 3,
      unanswered: 4,
      overdueLetters: 2,
      longOverdueLetters: 1,
    });
  });

  it('no letters: rate and percentiles null, counts zero', () => {
    expect(scorecard('2025-03-01', [])).toEqual({
      asOf: '2025-03-01', lettersReceived: 0, lettersWithResponse: 0, responseRate: null, medianDaysToFirstResponse: null,
      p90DaysToFirstResponse: null, questions: 0, open: 0, unanswered: 0, overdueLetters: 0, longOverdueLetters: 0,
    });
  });

  it('letters but no response yet: rate 0, percentiles null', () => {
    const card = scorecard('2025-03-01', [{ sentOn: '2025-01-01', state: state('a', { counts: { total: 1, open: 1, unanswered: 1 } }) }]);
    expect(card.responseRate).toBe(0);
    expect(card.medianDaysToFirstResponse).toBeNull();
    expect(card.p90DaysToFirstResponse).toBeNull();
  });
});
