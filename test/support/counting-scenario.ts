import fc from 'fast-check';
import { addDays, diffDays, DISPOSITIONS, type Disposition, type IsoDate } from '@app/rules';

/**
 * Random oversight scenarios for the counting property test
 * (test/counting.property.e2e-spec.ts): a small directory, letters with
 * follow-up chains and reiterations, and the facts logged about them, in the
 * order they are written through the API. Everything is symbolic (indexes),
 * so a scenario is plain data that fast-check can print and shrink; the test
 * turns it into requests.
 */

export const FIRST_DAY: IsoDate = '2023-01-01';
export const LAST_DAY: IsoDate = '2026-06-30';
export const TAGS = ['border', 'funding', 'privacy', 'ethics'] as const;
export const MAX_RESPONSES = 6;
export const MAX_EXTENSIONS = 4;

const QUESTION_KINDS = ['question', 'document_request', 'briefing_request', 'other'] as const;
const ORGANIZATION_KINDS = ['agency', 'committee', 'subcommittee'] as const;
/** Root letters are sent up to this many days after the scenario's base date. */
const ROOT_SPREAD = 45;
/** A follow-up is sent 1 to this many days after the letter it follows up. */
const FOLLOW_UP_GAP = 30;
/** The latest a letter can be sent, relative to the base date: 5 follow-ups deep. */
const LETTER_SPAN = ROOT_SPREAD + 5 * FOLLOW_UP_GAP;
const BASE_SPAN = diffDays(LAST_DAY, FIRST_DAY) - LETTER_SPAN;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface OrganizationSpec {
  name: string;
  kind: OrganizationKind;
}

export interface PersonSpec {
  fullName: string;
  kind: 'member' | 'official';
  /** Index into `organizations`: officials always have one, members seldom. */
  organization: number | null;
  bioguideId: string | null;
}

export interface QuestionSpec {
  label: string;
  kind: QuestionKind;
  parentLabel: string | null;
  /** A question of a letter up this letter's follow-up chain. */
  reiterates: { letter: number; question: number } | null;
}

export type RecipientSpec = { person: number } | { organization: number };

export interface LetterSpec {
  sentOn: IsoDate;
  statedDueOn: IsoDate | null;
  /** Index of an earlier letter, sent strictly before this one. */
  followUpOf: number | null;
  signers: { person: number; role: 'lead' | 'cosigner' }[];
  recipients: RecipientSpec[];
  /** Index of a committee or subcommittee. */
  committee: number | null;
  tags: string[];
  questions: QuestionSpec[];
}

export interface ResponseItemSpec {
  question: number;
  disposition: Disposition;
}

/** Writes, in the order they are made. */
export type Op =
  | { op: 'letter'; letter: number }
  /**
   * Items for questions already superseded on `receivedOn` (worked out when
   * the response is logged, from what exists then) are dropped, unless
   * `keepSuperseded`: then the whole response must be refused with a 422.
   */
  | { op: 'response'; letter: number; receivedOn: IsoDate; items: ResponseItemSpec[]; keepSuperseded: boolean }
  | { op: 'withdraw'; letter: number; question: number; withdrawnOn: IsoDate }
  | { op: 'extension'; letter: number; grantedOn: IsoDate; newDueOn: IsoDate }
  | { op: 'archive'; letter: number }
  /** Brings an archived letter back (`POST /letters/{id}/restore`). */
  | { op: 'restore'; letter: number };

export interface Scenario {
  organizations: OrganizationSpec[];
  people: PersonSpec[];
  letters: LetterSpec[];
  ops: Op[];
  /** Dates to compare on, ascending: before everything, on and around fact dates, after everything. */
  asOfs: IsoDate[];
  /** `limit` for walking `GET /letters`. */
  pageSize: number;
}

/** `arb` with weight `weight`, else null with weight `nullWeight` (null is the shrink target). */
const maybe = <T>(arb: fc.Arbitrary<T>, weight: number, nullWeight: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: nullWeight }, { arbitrary: arb, weight });

/**
 * How an event's date is chosen. mode 0: the letter's sent date plus
 * `gap`; 1: the date of an earlier event of the same kind on the same letter
 * (same-day ties); 2: the sent date of a follow-up of the letter (the day a
 * question becomes superseded); 3: around the letter's policy due date.
 */
const rawDate = fc.record({
  mode: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.constantFrom(1, 2), weight: 4 }, { arbitrary: fc.constant(3), weight: 1 }),
  gap: fc.oneof(fc.constant(0), fc.nat(10), fc.nat(90)),
  pick: fc.nat(),
});
type RawDate = typeof rawDate extends fc.Arbitrary<infer T> ? T : never;

const rawQuestion = fc.record({
  kind: fc.constantFrom(...QUESTION_KINDS),
  sub: maybe(fc.nat(), 1, 3),
  reiterates: maybe(fc.nat(), 3, 2),
});

type RawQuestion = typeof rawQuestion extends fc.Arbitrary<infer T> ? T : never;

const rawLetter = fc.record({
  /** A follow-up of the letter just before it (0), or of one further back: chains of depth 2 and 3 are common. */
  follow: fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(3), weight: 1 }),
  gap: fc.oneof(fc.constant(0), fc.nat(ROOT_SPREAD)),
  stated: maybe(fc.nat(75), 1, 2),
  signers: fc.array(fc.record({ person: fc.nat(), lead: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  recipients: fc.array(fc.record({ organization: fc.boolean(), index: fc.nat() }), { minLength: 1, maxLength: 3 }),
  committee: maybe(fc.nat(), 1, 1),
  tags: fc.subarray([...TAGS], { maxLength: 2 }),
  questions: fc.oneof({ arbitrary: fc.constant<RawQuestion[]>([]), weight: 1 }, { arbitrary: fc.array(rawQuestion, { minLength: 1, maxLength: 5 }), weight: 8 }),
});

const rawEvent = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('response' as const),
      letter: fc.nat(),
      date: rawDate,
      items: fc.array(fc.record({ question: fc.nat(), disposition: fc.constantFrom(...DISPOSITIONS) }), { maxLength: 5 }),
      /** An item for every question of the letter (dispositions taken from `items` in turn): closes letters. */
      everything: fc.boolean(),
      /**
       * Answer a question that a later letter reiterates, on or just after the
       * day that letter is sent: refused if that letter exists by then, else
       * accepted and superseded once it is written.
       */
      reiterated: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.record({ pick: fc.nat(), gap: fc.nat(3) }), weight: 1 }),
      keepSuperseded: fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, { arbitrary: fc.constant(true), weight: 1 }),
      at: fc.nat(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('withdraw' as const), letter: fc.nat(), question: fc.nat(), date: rawDate, at: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('extension' as const),
      letter: fc.nat(),
      /** Grant it on the letter of the previous extension, the same day (same-day grants: the later logged wins). */
      again: fc.oneof({ arbitrary: fc.constant(false), weight: 2 }, { arbitrary: fc.constant(true), weight: 1 }),
      date: rawDate,
      due: fc.nat(120),
      at: fc.nat(),
    }),
  },
);

const rawScenario = fc.record({
  base: fc.oneof({ arbitrary: fc.integer({ min: 0, max: BASE_SPAN }), weight: 6 }, { arbitrary: fc.constantFrom(0, BASE_SPAN), weight: 1 }),
  organizations: fc.array(fc.constantFrom(...ORGANIZATION_KINDS), { minLength: 1, maxLength: 4 }),
  people: fc.array(fc.record({ official: fc.boolean(), organization: maybe(fc.nat(), 3, 1) }), { minLength: 1, maxLength: 5 }),
  letters: fc.array(rawLetter, { minLength: 1, maxLength: 6, size: 'medium' }),
  events: fc.array(rawEvent, { maxLength: 14 }),
  archives: fc.array(fc.record({ letter: fc.nat(), at: fc.nat(), restoreAt: maybe(fc.nat(), 1, 3) }), { maxLength: 2 }),
  asOfs: fc.array(fc.record({ pick: fc.nat(), shift: fc.constantFrom(0, -1, 1) }), { minLength: 1, maxLength: 4 }),
  pageSize: fc.constantFrom(100, 1, 2, 3),
});
type RawScenario = typeof rawScenario extends fc.Arbitrary<infer T> ? T : never;

export const scenarios: fc.Arbitrary<Scenario> = rawScenario.map(build);

function build(raw: RawScenario): Scenario {
  const organizations: OrganizationSpec[] = raw.organizations.map((kind, i) => ({ kind, name: `Organization ${i} (${kind})` }));
  const committees = organizations.flatMap((o, i) => (o.kind === 'agency' ? [] : [i]));
  const people: PersonSpec[] = raw.people.map((p, i) => {
    const official = p.official;
    const organization = official
      ? (p.organization ?? 0) % organizations.length
      : p.organization !== null && p.organization % 4 === 0 ? (p.organization >> 2) % organizations.length : null;
    return {
      fullName: `Person ${i} (${official ? 'official' : 'member'})`,
      kind: official ? 'official' : 'member',
      organization,
      bioguideId: official ? null : `T${String(100000 + i)}`,
    };
  });

  const base = addDays(FIRST_DAY, raw.base);
  const letters: LetterSpec[] = [];
  raw.letters.forEach((r, i) => {
    const followUpOf = i > 0 && r.follow !== null ? Math.max(0, i - 1 - r.follow) : null;
    const sentOn = followUpOf === null ? addDays(base, r.gap) : addDays(letters[followUpOf].sentOn, 1 + (r.gap % FOLLOW_UP_GAP));
    const chain: number[] = [];
    for (let j = followUpOf; j !== null; j = letters[j].followUpOf) chain.push(j);
    const reiterable = chain.flatMap((j) => letters[j].questions.map((_, question) => ({ letter: j, question })));
    const questions: QuestionSpec[] = [];
    r.questions.forEach((q, k) => {
      const parent = q.sub !== null && k > 0 ? questions[q.sub % k] : null;
      questions.push({
        label: parent ? `${parent.label}(${k + 1})` : String(k + 1),
        kind: q.kind,
        parentLabel: parent?.label ?? null,
        reiterates: q.reiterates !== null && reiterable.length > 0 ? reiterable[q.reiterates % reiterable.length] : null,
      });
    });
    const signers = uniqueBy(
      r.signers.map((s) => ({ person: s.person % people.length, role: s.lead ? ('lead' as const) : ('cosigner' as const) })),
      (s) => s.person,
    );
    const recipients = uniqueBy(
      r.recipients.map((x): RecipientSpec => (x.organization ? { organization: x.index % organizations.length } : { person: x.index % people.length })),
      (x) => ('person' in x ? `p${x.person}` : `o${x.organization}`),
    );
    letters.push({
      sentOn,
      statedDueOn: r.stated === null ? null : addDays(sentOn, r.stated),
      followUpOf,
      signers,
      recipients,
      committee: r.committee !== null && committees.length > 0 ? committees[r.committee % committees.length] : null,
      tags: r.tags,
      questions,
    });
  });

  const descendants = (i: number) => letters.flatMap((l, j) => (isUpChain(letters, j, i) ? [j] : []));
  const eventDate = (d: RawDate, letter: number, earlier: IsoDate[]): IsoDate => {
    const sentOn = letters[letter].sentOn;
    if (d.mode === 1 && earlier.length > 0) return earlier[d.pick % earlier.length];
    if (d.mode === 2) {
      const later = descendants(letter);
      if (later.length > 0) return letters[later[d.pick % later.length]].sentOn;
    }
    if (d.mode === 3) return addDays(sentOn, 29 + (d.pick % 3));
    return addDays(sentOn, d.gap);
  };

  // Events, each after its letter is written; their place among later letters varies.
  const n = letters.length;
  const keyed: { key: number; op: Op }[] = letters.map((_, i) => ({ key: i, op: { op: 'letter', letter: i } }));
  const responseDates = letters.map((): IsoDate[] => []);
  const grantDates = letters.map((): IsoDate[] => []);
  const withdrawn = new Set<string>();
  let responses = 0;
  let extensions = 0;
  let lastExtended: number | null = null;
  // Questions that a later letter reiterates, with that letter.
  const reiterated = letters.flatMap((l, j) => l.questions.flatMap((q) => (q.reiterates ? [{ ...q.reiterates, by: j }] : [])));
  for (const e of raw.events) {
    const target = e.type === 'response' && e.reiterated && reiterated.length > 0 ? reiterated[e.reiterated.pick % reiterated.length] : null;
    const letter: number = target ? target.letter : e.type === 'extension' && e.again && lastExtended !== null ? lastExtended : e.letter % n;
    const key = letter + 0.5 + (e.at % (n - letter));
    const questionCount = letters[letter].questions.length;
    if (e.type === 'response') {
      if (responses >= MAX_RESPONSES) continue;
      responses += 1;
      const receivedOn = target && e.reiterated ? addDays(letters[target.by].sentOn, e.reiterated.gap) : eventDate(e.date, letter, responseDates[letter]);
      responseDates[letter].push(receivedOn);
      const disposition = (i: number) => (e.items.length ? e.items[i % e.items.length].disposition : ('answered' as const));
      const items =
        questionCount === 0
          ? []
          : e.everything
            ? letters[letter].questions.map((_, question) => ({ question, disposition: disposition(question) }))
            : uniqueBy(
                [
                  ...(target ? [{ question: target.question, disposition: disposition(0) }] : []),
                  ...e.items.map((x) => ({ question: x.question % questionCount, disposition: x.disposition })),
                ],
                (x) => x.question,
              );
      keyed.push({ key, op: { op: 'response', letter, receivedOn, items, keepSuperseded: e.keepSuperseded } });
    } else if (e.type === 'withdraw') {
      if (questionCount === 0) continue;
      const question = e.question % questionCount;
      if (withdrawn.has(`${letter}/${question}`)) continue;
      withdrawn.add(`${letter}/${question}`);
      keyed.push({ key, op: { op: 'withdraw', letter, question, withdrawnOn: eventDate(e.date, letter, responseDates[letter]) } });
    } else {
      if (extensions >= MAX_EXTENSIONS) continue;
      extensions += 1;
      lastExtended = letter;
      const grantedOn = e.again && grantDates[letter].length > 0 ? grantDates[letter][grantDates[letter].length - 1] : eventDate(e.date, letter, grantDates[letter]);
      grantDates[letter].push(grantedOn);
      keyed.push({ key, op: { op: 'extension', letter, grantedOn, newDueOn: addDays(letters[letter].sentOn, e.due) } });
    }
  }
  const ops = keyed.map((k, i) => ({ ...k, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((k) => k.op);

  // Archives: after the last write to the letter and after its direct follow-ups
  // are written (a follow-up of an archived letter is refused).
  const archived = new Set<number>();
  for (const a of raw.archives) {
    const letter = a.letter % n;
    if (archived.has(letter)) continue;
    archived.add(letter);
    let last = -1;
    ops.forEach((op, i) => {
      if (op.op !== 'archive' && op.op !== 'restore' && (op.letter === letter || (op.op === 'letter' && letters[op.letter].followUpOf === letter))) last = i;
    });
    const at = last + 1 + (a.at % (ops.length - last));
    ops.splice(at, 0, { op: 'archive', letter });
    if (a.restoreAt !== null) ops.splice(at + 1 + (a.restoreAt % (ops.length - at)), 0, { op: 'restore', letter });
  }

  return { organizations, people, letters, ops, asOfs: asOfDates(letters, ops, raw.asOfs), pageSize: raw.pageSize };
}

/** The day before the first letter, the day well after everything, and picks on and around the facts' dates. */
function asOfDates(letters: LetterSpec[], ops: Op[], picks: { pick: number; shift: number }[]): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const l of letters) {
    dates.add(l.sentOn);
    // Due by policy, overdue from the day after, long overdue more than 30 days after.
    for (const days of [30, 31, 60, 61]) dates.add(addDays(l.sentOn, days));
    if (l.statedDueOn) for (const days of [0, 1, 31]) dates.add(addDays(l.statedDueOn, days));
  }
  for (const op of ops) {
    if (op.op === 'response') dates.add(op.receivedOn);
    if (op.op === 'withdraw') dates.add(op.withdrawnOn);
    if (op.op === 'extension') {
      dates.add(op.grantedOn);
      for (const days of [0, 1, 31]) dates.add(addDays(op.newDueOn, days));
    }
  }
  const sorted = [...dates].sort();
  const first = letters.map((l) => l.sentOn).sort()[0];
  const chosen = new Set<IsoDate>([addDays(first, -1), addDays(sorted[sorted.length - 1], 40)]);
  for (const p of picks) chosen.add(addDays(sorted[p.pick % sorted.length], p.shift));
  return [...chosen].sort();
}

/** True when `ancestor` is up the follow-up chain of `letter`. */
export function isUpChain(letters: readonly LetterSpec[], letter: number, ancestor: number): boolean {
  for (let j = letters[letter].followUpOf; j !== null; j = letters[j].followUpOf) if (j === ancestor) return true;
  return false;
}

function uniqueBy<T>(values: T[], key: (value: T) => string | number): T[] {
  const seen = new Set<string | number>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
