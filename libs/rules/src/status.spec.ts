import {
  computeAsOf,
  threadRoots,
  resolve,
  addToCounts,
  emptyCounts,
  DISPOSITIONS,
  OPEN_STATUSES,
  QUESTION_STATUSES,
  type CountingRules,
  type Counts,
  type Disposition,
  type Facts,
  type LetterExtensionFact,
  type LetterFact,
  type LetterState,
  type QuestionFact,
  type QuestionStatus,
  type ResponseFact,
} from './status.js';
import { DEFAULT_POLICY, dueDate, extensionInForce } from './due-date.js';

// Every expected value below is worked out by hand from /work/shared/SPEC.md
// ("The count", "Views people expect", settings table); none is copied from a run.

const RULES: CountingRules = { policy: DEFAULT_POLICY, longOverdueDays: 30 };

/** A small, mutable set of facts with builders that read like the spec. */
class World implements Facts {
  letters: LetterFact[] = [];
  questions: QuestionFact[] = [];
  responses: ResponseFact[] = [];
  extensions: LetterExtensionFact[] = [];
  private seq = 0;

  letter(id: string, sentOn: string, opts: { statedDueOn?: string | null; archived?: boolean } = {}): this {
    this.letters.push({ id, sentOn, statedDueOn: opts.statedDueOn ?? null, archived: opts.archived });
    return this;
  }

  question(id: string, letterId: string, opts: { reiterates?: string; withdrawnOn?: string } = {}): this {
    this.questions.push({ id, letterId, reiteratesId: opts.reiterates ?? null, withdrawnOn: opts.withdrawnOn ?? null });
    return this;
  }

  /** Logs a response; each call is logged after the previous ones unless `seq` says otherwise. */
  response(letterId: string, receivedOn: string, items: Record<string, Disposition>, seq?: number): this {
    this.seq += 1;
    this.responses.push({
      id: `r${this.seq}`,
      letterId,
      receivedOn,
      seq: seq ?? this.seq,
      items: Object.entries(items).map(([questionId, disposition]) => ({ questionId, disposition })),
    });
    return this;
  }

  extension(letterId: string, grantedOn: string, newDueOn: string, seq?: number): this {
    this.seq += 1;
    this.extensions.push({ letterId, grantedOn, newDueOn, seq: seq ?? this.seq });
    return this;
  }

  states(asOf: string, rules: CountingRules = RULES): Map<string, LetterState> {
    return computeAsOf(this, asOf, rules);
  }

  state(letterId: string, asOf: string, rules: CountingRules = RULES): LetterState {
    const state = this.states(asOf, rules).get(letterId);
    if (!state) throw new Error(`no state for ${letterId} as of ${asOf}`);
    return state;
  }

  status(questionId: string, asOf: string): QuestionStatus | null | undefined {
    const q = this.questions.find((x) => x.id === questionId)!;
    return this.state(q.letterId, asOf).questionStatuses.get(questionId);
  }
}

const counts = (partial: Partial<Counts>): Counts => ({ ...emptyCounts(), ...partial });

describe('status constants', () => {
  it('dispositions are exactly the six of the spec', () => {
    expect([...DISPOSITIONS].sort()).toEqual(
      ['acknowledged', 'answered', 'declined', 'non_responsive', 'partially_answered', 'referred'].sort(),
    );
  });

  it('question statuses are the nine rows of the status table', () => {
    expect([...QUESTION_STATUSES].sort()).toEqual(
      ['open', 'acknowledged', 'non_responsive', 'partially_answered', 'answered', 'declined', 'referred', 'withdrawn', 'superseded'].sort(),
    );
  });

  it('open = open + acknowledged + non_responsive + partially_answered', () => {
    expect([...OPEN_STATUSES].sort()).toEqual(['acknowledged', 'non_responsive', 'open', 'partially_answered']);
  });
});

describe('addToCounts', () => {
  it.each<[QuestionStatus, Partial<Counts>]>([
    ['open', { open: 1, unanswered: 1 }],
    ['acknowledged', { acknowledged: 1, open: 1, unanswered: 1 }],
    ['non_responsive', { nonResponsive: 1, open: 1, unanswered: 1 }],
    ['partially_answered', { partiallyAnswered: 1, open: 1, unanswered: 1 }],
    ['answered', { answered: 1 }],
    ['declined', { declined: 1, unanswered: 1 }],
    ['referred', { referred: 1 }],
    ['withdrawn', { withdrawn: 1 }],
    ['superseded', { superseded: 1 }],
  ])('%s adds %o and one to total', (status, expected) => {
    const c = emptyCounts();
    addToCounts(c, status);
    expect(c).toEqual(counts({ total: 1, ...expected }));
  });
});

describe('the status table, one question per letter', () => {
  // Letter L sent Monday 2025-03-03, one question q; as of 2025-03-31.
  // Default policy: due 2025-04-02, so every pending letter is on time.
  const asOf = '2025-03-31';

  it.each<[Disposition, { open: number; unanswered: number; letter: 'partially_answered' | 'closed'; resolution: string | null }]>([
    ['acknowledged', { open: 1, unanswered: 1, letter: 'partially_answered', resolution: null }],
    ['non_responsive', { open: 1, unanswered: 1, letter: 'partially_answered', resolution: null }],
    ['partially_answered', { open: 1, unanswered: 1, letter: 'partially_answered', resolution: null }],
    ['answered', { open: 0, unanswered: 0, letter: 'closed', resolution: 'answered' }],
    ['declined', { open: 0, unanswered: 1, letter: 'closed', resolution: 'declined' }],
    ['referred', { open: 0, unanswered: 0, letter: 'closed', resolution: 'answered' }],
  ])('a %s item: open %#', (disposition, expected) => {
    const w = new World().letter('L', '2025-03-03').question('q', 'L').response('L', '2025-03-10', { q: disposition });
    const s = w.state('L', asOf);
    expect(s.questionStatuses.get('q')).toBe(disposition);
    expect(s.counts.total).toBe(1);
    expect(s.counts.open).toBe(expected.open);
    expect(s.counts.unanswered).toBe(expected.unanswered);
    expect(s.status).toBe(expected.letter);
    expect(s.resolution).toBe(expected.resolution);
  });

  it('no item: open, counts as open and unanswered, letter awaiting response', () => {
    const s = new World().letter('L', '2025-03-03').question('q', 'L').state('L', asOf);
    expect(s.questionStatuses.get('q')).toBe('open');
    expect(s.counts).toEqual(counts({ total: 1, open: 1, unanswered: 1 }));
    expect(s.status).toBe('awaiting_response');
    expect(s.resolution).toBeNull();
  });

  it('withdrawn: closed, not unanswered; letter closed as withdrawn', () => {
    const s = new World().letter('L', '2025-03-03').question('q', 'L', { withdrawnOn: '2025-03-20' }).state('L', asOf);
    expect(s.questionStatuses.get('q')).toBe('withdrawn');
    expect(s.counts).toEqual(counts({ total: 1, withdrawn: 1 }));
    expect(s.status).toBe('closed');
    expect(s.resolution).toBe('withdrawn');
  });

  it('superseded: closed, not unanswered; the older letter closed as followed up', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .letter('F', '2025-03-20').question('f', 'F', { reiterates: 'q' });
    const s = w.state('L', asOf);
    expect(s.questionStatuses.get('q')).toBe('superseded');
    expect(s.counts).toEqual(counts({ total: 1, superseded: 1 }));
    expect(s.status).toBe('closed');
    expect(s.resolution).toBe('followed_up');
  });

  it('all nine statuses in one letter add up as the spec says', () => {
    const w = new World()
      .letter('L', '2025-03-03')
      .question('open', 'L')
      .question('ack', 'L')
      .question('nr', 'L')
      .question('pa', 'L')
      .question('ans', 'L')
      .question('dec', 'L')
      .question('ref', 'L')
      .question('wd', 'L', { withdrawnOn: '2025-03-12' })
      .question('sup', 'L')
      .letter('F', '2025-03-14').question('f', 'F', { reiterates: 'sup' })
      .response('L', '2025-03-10', {
        ack: 'acknowledged', nr: 'non_responsive', pa: 'partially_answered', ans: 'answered', dec: 'declined', ref: 'referred',
      });
    const s = w.state('L', asOf);
    expect(Object.fromEntries(s.questionStatuses)).toEqual({
      open: 'open', ack: 'acknowledged', nr: 'non_responsive', pa: 'partially_answered', ans: 'answered',
      dec: 'declined', ref: 'referred', wd: 'withdrawn', sup: 'superseded',
    });
    expect(s.counts).toEqual({
      total: 9, open: 4, unanswered: 5, answered: 1, partiallyAnswered: 1, acknowledged: 1, nonResponsive: 1,
      declined: 1, referred: 1, withdrawn: 1, superseded: 1,
    });
    expect(s.status).toBe('partially_answered');
    expect(s.resolution).toBeNull();
    // The follow-up carries the superseded ask and is pending on its own.
    expect(w.state('F', asOf).counts).toEqual(counts({ total: 1, open: 1, unanswered: 1 }));
  });
});

describe('rule order: withdrawn, then superseded, then the latest response item', () => {
  // L sent 2025-03-03 with q; follow-up F sent 2025-03-10 reiterates q; q withdrawn 2025-03-20.
  const w = new World()
    .letter('L', '2025-03-03').question('q', 'L', { withdrawnOn: '2025-03-20' })
    .letter('F', '2025-03-10').question('f', 'F', { reiterates: 'q' })
    .response('L', '2025-03-05', { q: 'answered' });

  it.each([
    ['2025-03-04', 'open'],
    ['2025-03-05', 'answered'],
    ['2025-03-09', 'answered'],
    ['2025-03-10', 'superseded'],
    ['2025-03-19', 'superseded'],
    ['2025-03-20', 'withdrawn'],
    ['2025-04-30', 'withdrawn'],
  ])('as of %s q is %s', (asOf, status) => {
    expect(w.status('q', asOf)).toBe(status);
  });

  it('a withdrawn question beats its response items', () => {
    const v = new World()
      .letter('L', '2025-03-03').question('q', 'L', { withdrawnOn: '2025-03-12' })
      .response('L', '2025-03-06', { q: 'declined' })
      .response('L', '2025-03-15', { q: 'answered' });
    expect(v.status('q', '2025-03-11')).toBe('declined');
    expect(v.status('q', '2025-03-12')).toBe('withdrawn');
    expect(v.status('q', '2025-03-16')).toBe('withdrawn');
  });

  it('a superseded question stays superseded whatever its items say', () => {
    const v = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .letter('F', '2025-03-10').question('f', 'F', { reiterates: 'q' })
      .response('L', '2025-03-07', { q: 'partially_answered' })
      .response('F', '2025-03-12', { f: 'answered' });
    expect(v.status('q', '2025-03-09')).toBe('partially_answered');
    expect(v.status('q', '2025-03-10')).toBe('superseded');
    expect(v.status('q', '2025-03-12')).toBe('superseded');
    // The answer is logged against the question that carries it.
    expect(v.status('f', '2025-03-11')).toBe('open');
    expect(v.status('f', '2025-03-12')).toBe('answered');
    expect(v.state('F', '2025-03-12').resolution).toBe('answered');
    expect(v.state('L', '2025-03-12').resolution).toBe('followed_up');
  });
});

describe('the latest response item sets the status', () => {
  it('a later receivedOn wins over an earlier one', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .response('L', '2025-03-10', { q: 'acknowledged' })
      .response('L', '2025-03-20', { q: 'answered' });
    expect(w.status('q', '2025-03-09')).toBe('open');
    expect(w.status('q', '2025-03-10')).toBe('acknowledged');
    expect(w.status('q', '2025-03-19')).toBe('acknowledged');
    expect(w.status('q', '2025-03-20')).toBe('answered');
  });

  it('an answer can be followed by a worse item: the latest still wins', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .response('L', '2025-03-10', { q: 'answered' })
      .response('L', '2025-03-20', { q: 'non_responsive' });
    expect(w.status('q', '2025-03-15')).toBe('answered');
    expect(w.status('q', '2025-03-20')).toBe('non_responsive');
    expect(w.state('L', '2025-03-20').status).toBe('partially_answered');
  });

  it('received date decides before logging order: a response logged later but received earlier loses', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .response('L', '2025-03-20', { q: 'answered' }, 1)
      .response('L', '2025-03-10', { q: 'declined' }, 2);
    expect(w.status('q', '2025-03-15')).toBe('declined');
    expect(w.status('q', '2025-03-20')).toBe('answered');
  });

  it('two responses received the same day: the one logged later (higher seq) wins', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .response('L', '2025-03-10', { q: 'answered' }, 1)
      .response('L', '2025-03-10', { q: 'declined' }, 2);
    expect(w.status('q', '2025-03-10')).toBe('declined');
  });

  it('same day ties go by seq, not by the order the facts are listed', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('q', 'L')
      .response('L', '2025-03-10', { q: 'declined' }, 7)
      .response('L', '2025-03-10', { q: 'answered' }, 3);
    expect(w.status('q', '2025-03-10')).toBe('declined');
    w.responses.reverse();
    expect(w.status('q', '2025-03-10')).toBe('declined');
  });

  it('a response that does not mention a question leaves its status alone', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('a', 'L').question('b', 'L')
      .response('L', '2025-03-10', { a: 'answered', b: 'partially_answered' })
      .response('L', '2025-03-20', { a: 'answered' });
    expect(w.status('b', '2025-03-25')).toBe('partially_answered');
  });
});

describe('withdrawal timing', () => {
  const w = new World().letter('L', '2025-03-03').question('q', 'L', { withdrawnOn: '2025-03-15' }).question('k', 'L');

  it.each([
    ['2025-03-14', 'open', 2],
    ['2025-03-15', 'withdrawn', 1],
    ['2025-03-16', 'withdrawn', 1],
  ])('as of %s the question is %s and the letter has %d open', (asOf, status, open) => {
    const s = w.state('L', asOf);
    expect(s.questionStatuses.get('q')).toBe(status);
    expect(s.counts.open).toBe(open);
    expect(s.counts.withdrawn).toBe(status === 'withdrawn' ? 1 : 0);
  });

  it('a question withdrawn on the day its letter was sent is withdrawn from the start', () => {
    const v = new World().letter('L', '2025-03-03').question('q', 'L', { withdrawnOn: '2025-03-03' });
    expect(v.status('q', '2025-03-03')).toBe('withdrawn');
    expect(v.state('L', '2025-03-03').status).toBe('closed');
  });
});

describe('supersession', () => {
  it('before, on and after the follow-up is sent', () => {
    const w = new World()
      .letter('L', '2025-04-17').question('q', 'L')
      .letter('F', '2025-10-09').question('f', 'F', { reiterates: 'q' });
    expect(w.status('q', '2025-10-08')).toBe('open');
    expect(w.states('2025-10-08').get('F')!.status).toBe('not_yet_sent');
    expect(w.status('q', '2025-10-09')).toBe('superseded');
    expect(w.status('f', '2025-10-09')).toBe('open');
    expect(w.status('q', '2025-10-10')).toBe('superseded');
  });

  it('a thread of three letters: only the newest carries it', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03').question('b', 'B', { reiterates: 'a' })
      .letter('C', '2025-03-03').question('c', 'C', { reiterates: 'b' });
    const at = (asOf: string) => ['a', 'b', 'c'].map((id) => w.status(id, asOf));
    expect(at('2025-02-02')).toEqual(['open', null, null]);
    expect(at('2025-02-03')).toEqual(['superseded', 'open', null]);
    expect(at('2025-03-02')).toEqual(['superseded', 'open', null]);
    expect(at('2025-03-03')).toEqual(['superseded', 'superseded', 'open']);
    // Counted once, as the newest question: one open ask across the three letters.
    const states = [...w.states('2025-03-03').values()];
    expect(states.reduce((n, s) => n + s.counts.open, 0)).toBe(1);
    expect(states.reduce((n, s) => n + s.counts.total - s.counts.superseded, 0)).toBe(1);
  });

  it('a third letter reiterating the first letter directly also carries the whole thread', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03').question('b', 'B', { reiterates: 'a' })
      .letter('C', '2025-03-03').question('c', 'C', { reiterates: 'a' });
    expect(['a', 'b', 'c'].map((id) => w.status(id, '2025-03-03'))).toEqual(['superseded', 'superseded', 'open']);
  });

  it('a thread whose middle letter is archived still links the first and the last', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03', { archived: true }).question('b', 'B', { reiterates: 'a' })
      .letter('C', '2025-03-03').question('c', 'C', { reiterates: 'b' });
    // The archived letter is out of every count, so it supersedes nothing...
    expect(w.status('a', '2025-02-15')).toBe('open');
    expect(w.states('2025-02-15').has('B')).toBe(false);
    expect(w.states('2025-03-03').has('B')).toBe(false);
    // ...but the newest letter still carries the ask it reiterates through it.
    expect(w.status('a', '2025-03-03')).toBe('superseded');
    expect(w.status('c', '2025-03-03')).toBe('open');
    expect(w.state('A', '2025-03-03').resolution).toBe('followed_up');
  });

  it('an archived newest letter supersedes nothing', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03', { archived: true }).question('b', 'B', { reiterates: 'a' });
    expect(w.status('a', '2025-03-01')).toBe('open');
  });

  it('a split: two questions of one follow-up reiterate one question; both carry it', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03').question('b1', 'B', { reiterates: 'a' }).question('b2', 'B', { reiterates: 'a' });
    expect(w.status('a', '2025-02-02')).toBe('open');
    expect(w.status('a', '2025-02-03')).toBe('superseded');
    expect(w.status('b1', '2025-02-03')).toBe('open');
    expect(w.status('b2', '2025-02-03')).toBe('open');
    expect(w.state('B', '2025-02-03').counts).toEqual(counts({ total: 2, open: 2, unanswered: 2 }));
    expect(w.state('A', '2025-02-03').counts).toEqual(counts({ total: 1, superseded: 1 }));
  });

  it('withdrawing the carrying question does not revive the one it superseded', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03').question('b', 'B', { reiterates: 'a', withdrawnOn: '2025-02-10' });
    expect(w.status('a', '2025-02-10')).toBe('superseded');
    expect(w.status('b', '2025-02-10')).toBe('withdrawn');
    expect(w.state('A', '2025-02-10').resolution).toBe('followed_up');
    expect(w.state('B', '2025-02-10').resolution).toBe('withdrawn');
  });

  it('other questions of the older letter are untouched', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a1', 'A').question('a2', 'A')
      .letter('B', '2025-02-03').question('b', 'B', { reiterates: 'a1' }).question('new', 'B');
    const s = w.state('A', '2025-02-03');
    expect(s.questionStatuses.get('a1')).toBe('superseded');
    expect(s.questionStatuses.get('a2')).toBe('open');
    expect(s.status).toBe('awaiting_response');
  });

  // Ambiguity (reported): "newer means a later sentOn", so a follow-up sent the
  // same day as its predecessor is not newer and both questions carry the ask.
  it('current choice: a follow-up sent the same day supersedes nothing', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-01-06').question('b', 'B', { reiterates: 'a' });
    expect(w.status('a', '2025-01-06')).toBe('open');
    expect(w.status('b', '2025-01-06')).toBe('open');
  });

  // Ambiguity (reported): a thread is every question linked through reiteratesId
  // (a connected set), so a newer sibling branch supersedes an older one.
  it('current choice: two follow-ups each reiterating the same question form one thread', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03').question('b', 'B', { reiterates: 'a' })
      .letter('C', '2025-03-03').question('c', 'C', { reiterates: 'a' });
    expect(w.status('b', '2025-03-03')).toBe('superseded');
    expect(w.status('c', '2025-03-03')).toBe('open');
  });

  // Same ambiguity: after a split, a later letter reiterating one branch also
  // supersedes the branch it did not reiterate (they share a thread through a).
  it('current choice: after a split, reiterating one branch supersedes the other', () => {
    const w = new World()
      .letter('A', '2025-01-06').question('a', 'A')
      .letter('B', '2025-02-03').question('b1', 'B', { reiterates: 'a' }).question('b2', 'B', { reiterates: 'a' })
      .letter('C', '2025-03-03').question('c', 'C', { reiterates: 'b1' });
    expect(['a', 'b1', 'b2', 'c'].map((id) => w.status(id, '2025-03-03'))).toEqual(['superseded', 'superseded', 'superseded', 'open']);
  });
});

describe('threadRoots', () => {
  it('maps every question of a chain, a split and a singleton to its root', () => {
    const q = (id: string, reiteratesId: string | null): QuestionFact => ({ id, letterId: 'x', reiteratesId, withdrawnOn: null });
    const roots = threadRoots([q('c', 'b'), q('b', 'a'), q('a', null), q('s1', 'a'), q('lone', null)]);
    expect(Object.fromEntries(roots)).toEqual({ a: 'a', b: 'a', c: 'a', s1: 'a', lone: 'lone' });
  });
});

describe('letters not yet sent as of the date', () => {
  const w = new World()
    .letter('L', '2025-04-17', { statedDueOn: '2025-05-01' })
    .question('q1', 'L')
    .question('q2', 'L', { withdrawnOn: '2025-04-20' })
    .response('L', '2025-04-25', { q1: 'answered' })
    .extension('L', '2025-04-28', '2025-05-15');

  it('the day before sentOn: not_yet_sent, zero counts, null question statuses', () => {
    const s = w.state('L', '2025-04-16');
    expect(s.status).toBe('not_yet_sent');
    expect(s.counts).toEqual(emptyCounts());
    expect(Object.fromEntries(s.questionStatuses)).toEqual({ q1: null, q2: null });
    expect(s.resolution).toBeNull();
    expect(s.timeliness).toBeNull();
    expect(s.daysOverdue).toBeNull();
    expect(s.daysOutstanding).toBeNull();
    expect(s.firstResponseOn).toBeNull();
  });

  it('on sentOn it exists: awaiting a response, on time, 0 days outstanding', () => {
    const s = w.state('L', '2025-04-17');
    expect(s.status).toBe('awaiting_response');
    expect(s.counts).toEqual(counts({ total: 2, open: 2, unanswered: 2 }));
    expect(s.timeliness).toBe('on_time');
    expect(s.daysOutstanding).toBe(0);
    expect(s.dueOn).toBe('2025-05-01');
    expect(s.dueOnSource).toBe('stated');
  });

  it('each later fact takes effect on its own date', () => {
    expect(w.status('q2', '2025-04-19')).toBe('open');
    expect(w.status('q2', '2025-04-20')).toBe('withdrawn');
    expect(w.status('q1', '2025-04-24')).toBe('open');
    expect(w.state('L', '2025-04-24').firstResponseOn).toBeNull();
    expect(w.status('q1', '2025-04-25')).toBe('answered');
    expect(w.state('L', '2025-04-25').firstResponseOn).toBe('2025-04-25');
    expect(w.state('L', '2025-04-25').status).toBe('closed');
    expect(w.state('L', '2025-04-25').resolution).toBe('answered');
  });

  // Ambiguity (reported): the spec does not say what dueOn a not-yet-sent letter shows.
  it('current choice: a not-yet-sent letter still reports its stated or policy due date', () => {
    expect(w.state('L', '2025-04-16').dueOn).toBe('2025-05-01');
    expect(w.state('L', '2025-04-16').dueOnSource).toBe('stated');
  });

  it('a letter sent after the date is in the map only as not_yet_sent; an archived one not at all', () => {
    const v = new World().letter('future', '2025-06-01').letter('gone', '2025-01-01', { archived: true });
    const states = v.states('2025-05-01');
    expect(states.get('future')!.status).toBe('not_yet_sent');
    expect(states.has('gone')).toBe(false);
  });
});

describe('letter status', () => {
  it('awaiting_response: pending with no response received', () => {
    const w = new World().letter('L', '2025-03-03').question('a', 'L').question('b', 'L');
    expect(w.state('L', '2025-03-10').status).toBe('awaiting_response');
  });

  it('partially_answered: pending with some response received, even an interim one', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('a', 'L').question('b', 'L')
      .response('L', '2025-03-07', { a: 'acknowledged' });
    expect(w.state('L', '2025-03-06').status).toBe('awaiting_response');
    expect(w.state('L', '2025-03-07').status).toBe('partially_answered');
  });

  it('partially_answered: one question answered, another still open', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('a', 'L').question('b', 'L')
      .response('L', '2025-03-07', { a: 'answered' });
    const s = w.state('L', '2025-03-07');
    expect(s.status).toBe('partially_answered');
    expect(s.counts).toEqual(counts({ total: 2, open: 1, unanswered: 1, answered: 1 }));
  });

  it('closed: nothing open', () => {
    const w = new World()
      .letter('L', '2025-03-03').question('a', 'L').question('b', 'L')
      .response('L', '2025-03-07', { a: 'answered' })
      .response('L', '2025-03-21', { b: 'referred' });
    expect(w.state('L', '2025-03-20').status).toBe('partially_answered');
    expect(w.state('L', '2025-03-21').status).toBe('closed');
  });

  it('a letter with no questions and no response is pending', () => {
    const w = new World().letter('L', '2025-04-17');
    const s = w.state('L', '2025-05-29');
    expect(s.status).toBe('awaiting_response');
    expect(s.counts).toEqual(emptyCounts());
    expect(s.timeliness).toBe('overdue');
    expect(s.daysOverdue).toBe(12);
    expect(s.daysOutstanding).toBe(42);
    expect(s.resolution).toBeNull();
  });

  it('a letter with no questions is closed, resolution null, once a response is received', () => {
    const w = new World().letter('L', '2025-04-17').response('L', '2025-05-02', {});
    expect(w.state('L', '2025-05-01').status).toBe('awaiting_response');
    const s = w.state('L', '2025-05-02');
    expect(s.status).toBe('closed');
    expect(s.resolution).toBeNull();
    expect(s.timeliness).toBeNull();
    expect(s.daysOverdue).toBeNull();
    expect(s.daysOutstanding).toBeNull();
    expect(s.firstResponseOn).toBe('2025-05-02');
  });
});

describe('resolution of a closed letter', () => {
  const at = '2025-04-30';
  const build = (dispositions: Record<string, Disposition>, extra: (w: World) => World = (w) => w) => {
    const w = new World().letter('L', '2025-03-03');
    for (const id of Object.keys(dispositions)) w.question(id, 'L');
    w.response('L', '2025-03-20', dispositions);
    return extra(w).state('L', at);
  };

  it('all answered or referred: answered', () => {
    expect(build({ a: 'answered', b: 'referred' }).resolution).toBe('answered');
    expect(build({ a: 'referred' }).resolution).toBe('answered');
  });

  it('all declined: declined', () => {
    expect(build({ a: 'declined', b: 'declined' }).resolution).toBe('declined');
  });

  it('some answered or referred and some declined: mixed', () => {
    expect(build({ a: 'answered', b: 'declined' }).resolution).toBe('mixed');
    expect(build({ a: 'referred', b: 'declined' }).resolution).toBe('mixed');
  });

  it('withdrawn and superseded questions are left out of the look', () => {
    const s = build({ a: 'declined' }, (w) =>
      w.question('wd', 'L', { withdrawnOn: '2025-03-25' }).question('sup', 'L')
        .letter('F', '2025-04-01').question('f', 'F', { reiterates: 'sup' }));
    expect(s.counts).toEqual(counts({ total: 3, unanswered: 1, declined: 1, withdrawn: 1, superseded: 1 }));
    expect(s.resolution).toBe('declined');
  });

  it('none left, some superseded: followed_up; none left, none superseded: withdrawn', () => {
    const w = new World()
      .letter('A', '2025-03-03').question('a1', 'A', { withdrawnOn: '2025-03-10' }).question('a2', 'A')
      .letter('B', '2025-03-20').question('b', 'B', { reiterates: 'a2' })
      .letter('C', '2025-03-03').question('c1', 'C', { withdrawnOn: '2025-03-10' }).question('c2', 'C', { withdrawnOn: '2025-03-11' });
    expect(w.state('A', at).resolution).toBe('followed_up');
    expect(w.state('C', at).resolution).toBe('withdrawn');
    expect(w.state('C', '2025-03-10').resolution).toBeNull(); // c2 still open: pending
  });

  it('a pending letter has no resolution', () => {
    expect(build({ a: 'answered', b: 'partially_answered' }).resolution).toBeNull();
  });

  it('resolve() straight from counts', () => {
    expect(resolve(counts({ total: 0 }))).toBeNull();
    expect(resolve(counts({ total: 2, answered: 1, referred: 1 }))).toBe('answered');
    expect(resolve(counts({ total: 1, declined: 1, unanswered: 1 }))).toBe('declined');
    expect(resolve(counts({ total: 2, referred: 1, declined: 1, unanswered: 1 }))).toBe('mixed');
    expect(resolve(counts({ total: 2, superseded: 1, withdrawn: 1 }))).toBe('followed_up');
    expect(resolve(counts({ total: 2, withdrawn: 2 }))).toBe('withdrawn');
  });
});

describe('timeliness, daysOverdue, daysOutstanding', () => {
  // Sent 2025-04-17, default policy: due 2025-05-17 (sent date + 30).
  const w = new World().letter('L', '2025-04-17').question('q', 'L');

  it.each<[string, string, number | null, number]>([
    ['2025-04-17', 'on_time', null, 0],
    ['2025-05-16', 'on_time', null, 29],
    ['2025-05-17', 'on_time', null, 30], // on the due date
    ['2025-05-18', 'overdue', 1, 31], // the next day
    ['2025-06-16', 'overdue', 30, 60], // exactly 30 days past: not more than 30
    ['2025-06-17', 'long_overdue', 31, 61], // more than 30 days past
    ['2025-12-31', 'long_overdue', 228, 258],
  ])('as of %s: %s, daysOverdue %s, daysOutstanding %s', (asOf, timeliness, daysOverdue, daysOutstanding) => {
    const s = w.state('L', asOf);
    expect(s.dueOn).toBe('2025-05-17');
    expect(s.timeliness).toBe(timeliness);
    expect(s.daysOverdue).toBe(daysOverdue);
    expect(s.daysOutstanding).toBe(daysOutstanding);
  });

  it('longOverdueDays is configurable', () => {
    const rules = { ...RULES, longOverdueDays: 10 };
    expect(w.state('L', '2025-05-27', rules).timeliness).toBe('overdue'); // 10 days past
    expect(w.state('L', '2025-05-28', rules).timeliness).toBe('long_overdue'); // 11 days past
    expect(w.state('L', '2025-05-28', rules).daysOverdue).toBe(11);
  });

  it('a letter that is not pending has timeliness, daysOverdue and daysOutstanding null', () => {
    const v = new World().letter('L', '2025-04-17').question('q', 'L').response('L', '2025-07-01', { q: 'answered' });
    expect(v.state('L', '2025-06-30').timeliness).toBe('long_overdue');
    const s = v.state('L', '2025-07-01');
    expect(s.timeliness).toBeNull();
    expect(s.daysOverdue).toBeNull();
    expect(s.daysOutstanding).toBeNull();
  });

  it('a partial reply does not stop the clock', () => {
    const v = new World().letter('L', '2025-04-17').question('q', 'L').response('L', '2025-05-10', { q: 'partially_answered' });
    const s = v.state('L', '2025-05-29');
    expect(s.status).toBe('partially_answered');
    expect(s.timeliness).toBe('overdue');
    expect(s.daysOverdue).toBe(12);
    expect(s.daysOutstanding).toBe(42);
  });

  it('an extension granted after the due date makes an overdue letter on time again', () => {
    const v = new World()
      .letter('L', '2025-04-17', { statedDueOn: '2025-05-01' }).question('q', 'L')
      .extension('L', '2025-05-06', '2025-05-30');
    expect(v.state('L', '2025-05-05').timeliness).toBe('overdue');
    expect(v.state('L', '2025-05-05').daysOverdue).toBe(4);
    expect(v.state('L', '2025-05-06').timeliness).toBe('on_time');
    expect(v.state('L', '2025-05-06').daysOverdue).toBeNull();
    expect(v.state('L', '2025-05-31').daysOverdue).toBe(1);
  });
});

describe('due date and its source', () => {
  it('policy: 30 calendar days after the sent date by default', () => {
    const s = new World().letter('L', '2025-04-17').state('L', '2025-04-20');
    expect(s.dueOn).toBe('2025-05-17');
    expect(s.dueOnSource).toBe('policy');
    expect(s.dueOnExplanation).toBe('30 calendar days after 2025-04-17');
  });

  it('policy in business days skips weekends and federal holidays', () => {
    // Thu 2025-04-17 + 10 business days: Apr 18, 21-25, 28-30, May 1.
    const rules: CountingRules = { policy: { days: 10, unit: 'business' }, longOverdueDays: 30 };
    const s = new World().letter('L', '2025-04-17').state('L', '2025-04-20', rules);
    expect(s.dueOn).toBe('2025-05-01');
    expect(s.dueOnSource).toBe('policy');
    expect(s.dueOnExplanation).toBe('10 business days after 2025-04-17, skipping weekends and federal holidays');
  });

  it('stated: the date the letter asks for', () => {
    const s = new World().letter('L', '2025-04-17', { statedDueOn: '2025-05-01' }).state('L', '2025-04-20');
    expect(s.dueOn).toBe('2025-05-01');
    expect(s.dueOnSource).toBe('stated');
    expect(s.dueOnExplanation).toBe('The letter asks for a response by 2025-05-01');
  });

  it('extension: only from its grantedOn; before it the stated date holds', () => {
    const w = new World().letter('L', '2025-04-17', { statedDueOn: '2025-05-01' }).extension('L', '2025-05-10', '2025-06-15');
    expect(w.state('L', '2025-05-09').dueOnSource).toBe('stated');
    const s = w.state('L', '2025-05-10');
    expect(s.dueOn).toBe('2025-06-15');
    expect(s.dueOnSource).toBe('extension');
    expect(s.dueOnExplanation).toBe('Extended to 2025-06-15 by an extension granted on 2025-05-10');
  });

  it('extension over policy when the letter states no date', () => {
    const w = new World().letter('L', '2025-04-17').extension('L', '2025-05-01', '2025-05-31');
    expect(w.state('L', '2025-04-30').dueOn).toBe('2025-05-17');
    expect(w.state('L', '2025-05-01').dueOn).toBe('2025-05-31');
  });

  it('the extension with the latest grantedOn wins, even when it shortens the date', () => {
    const w = new World()
      .letter('L', '2025-04-17', { statedDueOn: '2025-05-01' })
      .extension('L', '2025-06-01', '2025-06-10')
      .extension('L', '2025-05-10', '2025-06-15');
    expect(w.state('L', '2025-05-31').dueOn).toBe('2025-06-15');
    expect(w.state('L', '2025-06-01').dueOn).toBe('2025-06-10');
    expect(w.state('L', '2025-06-01').dueOnExplanation).toBe('Extended to 2025-06-10 by an extension granted on 2025-06-01');
  });

  it('two extensions granted the same day: the one logged later (higher seq) wins', () => {
    const w = new World()
      .letter('L', '2025-04-17')
      .extension('L', '2025-05-10', '2025-07-01', 2)
      .extension('L', '2025-05-10', '2025-06-01', 1);
    expect(w.state('L', '2025-05-10').dueOn).toBe('2025-07-01');
    w.extensions.reverse();
    expect(w.state('L', '2025-05-10').dueOn).toBe('2025-07-01');
  });

  it('extensionInForce and dueDate directly', () => {
    const ext = [
      { grantedOn: '2025-05-10', newDueOn: '2025-06-01', seq: 1 },
      { grantedOn: '2025-05-10', newDueOn: '2025-06-20', seq: 3 },
      { grantedOn: '2025-05-20', newDueOn: '2025-06-05', seq: 2 },
    ];
    expect(extensionInForce(ext, '2025-05-09')).toBeUndefined();
    expect(extensionInForce(ext, '2025-05-10')?.newDueOn).toBe('2025-06-20');
    expect(extensionInForce(ext, '2025-05-20')?.newDueOn).toBe('2025-06-05');
    expect(dueDate({ sentOn: '2025-04-17', statedDueOn: null }, ext, '2025-05-09', DEFAULT_POLICY)).toEqual({
      dueOn: '2025-05-17', dueOnSource: 'policy', dueOnExplanation: '30 calendar days after 2025-04-17',
    });
  });
});

describe("the spec's worked example", () => {
  it('sent 2025-04-17 with 3 questions, as of 2025-05-29', () => {
    const w = new World().letter('L', '2025-04-17').question('1', 'L').question('2', 'L').question('2(a)', 'L');
    const s = w.state('L', '2025-05-29');
    expect(s).toMatchObject({
      dueOn: '2025-05-17',
      dueOnSource: 'policy',
      dueOnExplanation: '30 calendar days after 2025-04-17',
      status: 'awaiting_response',
      resolution: null,
      timeliness: 'overdue',
      daysOverdue: 12,
      daysOutstanding: 42,
    });
    expect(s.counts).toEqual({
      total: 3, open: 3, unanswered: 3, answered: 0, partiallyAnswered: 0, acknowledged: 0, nonResponsive: 0,
      declined: 0, referred: 0, withdrawn: 0, superseded: 0,
    });
    expect([...s.questionStatuses.values()]).toEqual(['open', 'open', 'open']);
  });

  it('the CECOT letters: the October follow-up supersedes the April asks it reiterates', () => {
    const w = new World()
      .letter('apr', '2025-04-17')
      .question('authorities', 'apr').question('accounts', 'apr').question('amounts', 'apr').question('monitoring', 'apr')
      .letter('oct', '2025-10-09')
      .question('authorities2', 'oct', { reiterates: 'authorities' })
      .question('accounts2', 'oct', { reiterates: 'accounts' })
      .question('amounts2', 'oct', { reiterates: 'amounts' })
      .question('monitoring2', 'oct', { reiterates: 'monitoring' })
      .question('ms13', 'oct').question('informants', 'oct');
    const apr = w.state('apr', '2025-10-09');
    expect(apr.status).toBe('closed');
    expect(apr.resolution).toBe('followed_up');
    expect(apr.counts).toEqual(counts({ total: 4, superseded: 4 }));
    const oct = w.state('oct', '2025-10-09');
    expect(oct.counts).toEqual(counts({ total: 6, open: 6, unanswered: 6 }));
    expect(oct.dueOn).toBe('2025-11-08'); // Oct 9 + 30: Oct has 31 days, 22 left, then 8
    // The day before the follow-up, the April letter is long overdue: due 2025-05-17, 144 days past.
    const before = w.state('apr', '2025-10-08');
    expect(before.timeliness).toBe('long_overdue');
    expect(before.daysOverdue).toBe(144);
  });
});

describe('counts depend on the facts and their dates alone', () => {
  it('listing the facts in another order changes nothing', () => {
    const make = () =>
      new World()
        .letter('A', '2025-01-06').question('a1', 'A').question('a2', 'A', { withdrawnOn: '2025-02-01' })
        .letter('B', '2025-02-03', { statedDueOn: '2025-02-20' }).question('b1', 'B', { reiterates: 'a1' }).question('b2', 'B')
        .response('A', '2025-01-20', { a1: 'acknowledged' }, 1)
        .response('B', '2025-02-10', { b1: 'answered', b2: 'declined' }, 2)
        .response('B', '2025-02-10', { b2: 'referred' }, 3)
        .extension('B', '2025-02-15', '2025-03-15', 4);
    const forward = make();
    const backward = make();
    for (const list of [backward.letters, backward.questions, backward.responses, backward.extensions]) list.reverse();
    for (const asOf of ['2025-01-05', '2025-01-20', '2025-02-03', '2025-02-10', '2025-02-15', '2025-04-01']) {
      expect(backward.states(asOf)).toEqual(forward.states(asOf));
    }
    const b = forward.state('B', '2025-02-15');
    expect(b.status).toBe('closed');
    expect(b.resolution).toBe('answered');
    expect(b.counts).toEqual(counts({ total: 2, answered: 1, referred: 1 }));
  });
});
