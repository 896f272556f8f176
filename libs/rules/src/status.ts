import { diffDays, type IsoDate } from './dates.js';
import { dueDate, type DueOnSource, type ExtensionFact, type ResponsePolicy } from './due-date.js';

export const DISPOSITIONS = ['answered', 'partially_answered', 'declined', 'referred', 'acknowledged', 'non_responsive'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export type QuestionStatus = 'open' | Disposition | 'withdrawn' | 'superseded';
export const QUESTION_STATUSES: readonly QuestionStatus[] = ['open', ...DISPOSITIONS, 'withdrawn', 'superseded'];

/** Statuses that leave a question open (still waiting for a substantive answer). */
export const OPEN_STATUSES: ReadonlySet<QuestionStatus> = new Set(['open', 'acknowledged', 'non_responsive', 'partially_answered']);

export type LetterStatus = 'not_yet_sent' | 'awaiting_response' | 'partially_answered' | 'closed';
export type Timeliness = 'on_time' | 'overdue' | 'long_overdue';
export type Resolution = 'answered' | 'declined' | 'mixed' | 'followed_up' | 'withdrawn';

export interface LetterFact {
  id: string;
  sentOn: IsoDate;
  statedDueOn: IsoDate | null;
  /** Archived letters are out of every count, as if never logged. */
  archived?: boolean;
}

export interface QuestionFact {
  id: string;
  letterId: string;
  reiteratesId: string | null;
  withdrawnOn: IsoDate | null;
}

export interface ResponseFact {
  id: string;
  letterId: string;
  receivedOn: IsoDate;
  /** Logging order: of two responses received the same day, the later logged wins. */
  seq: number;
  items: { questionId: string; disposition: Disposition }[];
}

export interface LetterExtensionFact extends ExtensionFact {
  letterId: string;
}

export interface Facts {
  letters: readonly LetterFact[];
  questions: readonly QuestionFact[];
  responses: readonly ResponseFact[];
  extensions: readonly LetterExtensionFact[];
}

export interface CountingRules {
  policy: ResponsePolicy;
  longOverdueDays: number;
}

export interface Counts {
  total: number;
  open: number;
  unanswered: number;
  answered: number;
  partiallyAnswered: number;
  acknowledged: number;
  nonResponsive: number;
  declined: number;
  referred: number;
  withdrawn: number;
  superseded: number;
}

export interface LetterState {
  letterId: string;
  status: LetterStatus;
  resolution: Resolution | null;
  timeliness: Timeliness | null;
  daysOverdue: number | null;
  daysOutstanding: number | null;
  dueOn: IsoDate;
  dueOnSource: DueOnSource;
  dueOnExplanation: string;
  counts: Counts;
  /** The first response received on or before the as-of date. */
  firstResponseOn: IsoDate | null;
  /** Per question of the letter; null when the letter is not yet sent. */
  questionStatuses: Map<string, QuestionStatus | null>;
}

export const emptyCounts = (): Counts => ({
  total: 0, open: 0, unanswered: 0, answered: 0, partiallyAnswered: 0, acknowledged: 0,
  nonResponsive: 0, declined: 0, referred: 0, withdrawn: 0, superseded: 0,
});

const COUNT_FIELD: Record<QuestionStatus, keyof Counts | null> = {
  open: null,
  acknowledged: 'acknowledged',
  non_responsive: 'nonResponsive',
  partially_answered: 'partiallyAnswered',
  answered: 'answered',
  declined: 'declined',
  referred: 'referred',
  withdrawn: 'withdrawn',
  superseded: 'superseded',
};

export function addToCounts(counts: Counts, status: QuestionStatus): void {
  counts.total += 1;
  const field = COUNT_FIELD[status];
  if (field) counts[field] += 1;
  if (OPEN_STATUSES.has(status)) counts.open += 1;
  if (OPEN_STATUSES.has(status) || status === 'declined') counts.unanswered += 1;
}

/** Groups questions into reiteration threads: each question maps to the id of its thread's root. */
export function threadRoots(questions: readonly QuestionFact[]): Map<string, string> {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const roots = new Map<string, string>();
  const rootOf = (id: string): string => {
    const known = roots.get(id);
    if (known) return known;
    const seen: string[] = [];
    let current = id;
    for (;;) {
      const parent = byId.get(current)?.reiteratesId;
      if (!parent || !byId.has(parent) || seen.includes(current)) break;
      seen.push(current);
      current = parent;
    }
    for (const visited of seen) roots.set(visited, current);
    roots.set(id, current);
    return current;
  };
  for (const q of questions) rootOf(q.id);
  return roots;
}

/**
 * The reference rule: every letter's state and every question's status as of
 * a date, straight from the facts and the spec's rules, with no shortcuts.
 * The SQL the service runs must always agree with it.
 */
export function computeAsOf(facts: Facts, asOf: IsoDate, rules: CountingRules): Map<string, LetterState> {
  const letters = new Map(facts.letters.map((l) => [l.id, l]));
  const exists = (letterId: string) => {
    const letter = letters.get(letterId);
    return !!letter && !letter.archived && letter.sentOn <= asOf;
  };

  // Rule 2: a question is superseded once a newer member of its thread exists.
  const roots = threadRoots(facts.questions);
  const newestInThread = new Map<string, IsoDate>();
  for (const q of facts.questions) {
    if (!exists(q.letterId)) continue;
    const root = roots.get(q.id)!;
    const sentOn = letters.get(q.letterId)!.sentOn;
    const newest = newestInThread.get(root);
    if (!newest || sentOn > newest) newestInThread.set(root, sentOn);
  }

  // Rule 3: the latest response item as of the date (same day: the later logged).
  const latest = new Map<string, { receivedOn: IsoDate; seq: number; disposition: Disposition }>();
  const responsesByLetter = new Map<string, ResponseFact[]>();
  for (const r of facts.responses) {
    if (r.receivedOn > asOf || !exists(r.letterId)) continue;
    pushTo(responsesByLetter, r.letterId, r);
    for (const item of r.items) {
      const current = latest.get(item.questionId);
      if (!current || r.receivedOn > current.receivedOn || (r.receivedOn === current.receivedOn && r.seq > current.seq)) {
        latest.set(item.questionId, { receivedOn: r.receivedOn, seq: r.seq, disposition: item.disposition });
      }
    }
  }

  const statusOf = (q: QuestionFact): QuestionStatus => {
    if (q.withdrawnOn !== null && q.withdrawnOn <= asOf) return 'withdrawn';
    const sentOn = letters.get(q.letterId)!.sentOn;
    if (sentOn < newestInThread.get(roots.get(q.id)!)!) return 'superseded';
    return latest.get(q.id)?.disposition ?? 'open';
  };

  const questionsByLetter = new Map<string, QuestionFact[]>();
  for (const q of facts.questions) pushTo(questionsByLetter, q.letterId, q);
  const extensionsByLetter = new Map<string, LetterExtensionFact[]>();
  for (const e of facts.extensions) pushTo(extensionsByLetter, e.letterId, e);

  const states = new Map<string, LetterState>();
  for (const letter of facts.letters) {
    if (letter.archived) continue;
    const questions = questionsByLetter.get(letter.id) ?? [];
    const due = dueDate(letter, extensionsByLetter.get(letter.id) ?? [], asOf, rules.policy);
    if (letter.sentOn > asOf) {
      states.set(letter.id, {
        letterId: letter.id, status: 'not_yet_sent', resolution: null, timeliness: null, daysOverdue: null,
        daysOutstanding: null, ...due, counts: emptyCounts(), firstResponseOn: null,
        questionStatuses: new Map(questions.map((q) => [q.id, null])),
      });
      continue;
    }
    const counts = emptyCounts();
    const questionStatuses = new Map<string, QuestionStatus | null>();
    for (const q of questions) {
      const status = statusOf(q);
      questionStatuses.set(q.id, status);
      addToCounts(counts, status);
    }
    const responses = responsesByLetter.get(letter.id) ?? [];
    const firstResponseOn = responses.reduce<IsoDate | null>((min, r) => (min === null || r.receivedOn < min ? r.receivedOn : min), null);
    const pending = counts.open > 0 || (questions.length === 0 && responses.length === 0);
    const status: LetterStatus = !pending ? 'closed' : responses.length === 0 ? 'awaiting_response' : 'partially_answered';
    const late = diffDays(asOf, due.dueOn);
    const timeliness: Timeliness | null = !pending ? null : late <= 0 ? 'on_time' : late > rules.longOverdueDays ? 'long_overdue' : 'overdue';
    states.set(letter.id, {
      letterId: letter.id,
      status,
      resolution: status === 'closed' ? resolve(counts) : null,
      timeliness,
      daysOverdue: timeliness === 'overdue' || timeliness === 'long_overdue' ? late : null,
      daysOutstanding: pending ? diffDays(asOf, letter.sentOn) : null,
      ...due,
      counts,
      firstResponseOn,
      questionStatuses,
    });
  }
  return states;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A closed letter's resolution, from its counts (closed: nothing is open). */
export function resolve(counts: Counts): Resolution | null {
  if (counts.total === 0) return null;
  const settled = counts.answered + counts.referred;
  if (settled > 0 && counts.declined > 0) return 'mixed';
  if (settled > 0) return 'answered';
  if (counts.declined > 0) return 'declined';
  return counts.superseded > 0 ? 'followed_up' : 'withdrawn';
}
