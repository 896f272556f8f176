import { diffDays, type IsoDate } from './dates.js';
import type { LetterState } from './status.js';

export interface GroupKey {
  key: string;
  name: string;
}

export interface OpenQuestionsRow extends GroupKey {
  letters: number;
  /** Questions asked, each reiterated ask counted once (superseded copies left out). */
  questions: number;
  open: number;
  unanswered: number;
  /** Letters overdue or long overdue. */
  overdueLetters: number;
}

const isOverdue = (s: LetterState) => s.timeliness === 'overdue' || s.timeliness === 'long_overdue';

/**
 * Open-question totals per group: a letter counts once under each group it
 * belongs to. Letters not yet sent as of the date are in no group.
 */
export function aggregateOpenQuestions(
  states: Iterable<LetterState>,
  groupsOf: (letterId: string) => readonly GroupKey[],
): OpenQuestionsRow[] {
  const rows = new Map<string, OpenQuestionsRow>();
  for (const state of states) {
    if (state.status === 'not_yet_sent') continue;
    // Once under each group, even when the letter reaches it twice (addressed to
    // an organization and to a person of that organization).
    const seen = new Set<string>();
    for (const group of groupsOf(state.letterId)) {
      if (seen.has(group.key)) continue;
      seen.add(group.key);
      let row = rows.get(group.key);
      if (!row) {
        row = { ...group, letters: 0, questions: 0, open: 0, unanswered: 0, overdueLetters: 0 };
        rows.set(group.key, row);
      }
      row.letters += 1;
      row.questions += state.counts.total - state.counts.superseded;
      row.open += state.counts.open;
      row.unanswered += state.counts.unanswered;
      if (isOverdue(state)) row.overdueLetters += 1;
    }
  }
  return [...rows.values()];
}

/** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont; rounded to 2 decimals. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const value = sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
  return Math.round(value * 100) / 100;
}

export interface Scorecard {
  asOf: IsoDate;
  lettersReceived: number;
  lettersWithResponse: number;
  /** Share of letters with any response, 0 to 1 (null with no letters). */
  responseRate: number | null;
  medianDaysToFirstResponse: number | null;
  p90DaysToFirstResponse: number | null;
  questions: number;
  open: number;
  unanswered: number;
  /** Letters overdue or long overdue. */
  overdueLetters: number;
  longOverdueLetters: number;
}

/** A scorecard over a set of letters (those sent to, or signed by, one party). */
export function scorecard(
  asOf: IsoDate,
  letters: Iterable<{ state: LetterState; sentOn: IsoDate }>,
): Scorecard {
  const card: Scorecard = {
    asOf, lettersReceived: 0, lettersWithResponse: 0, responseRate: null, medianDaysToFirstResponse: null,
    p90DaysToFirstResponse: null, questions: 0, open: 0, unanswered: 0, overdueLetters: 0, longOverdueLetters: 0,
  };
  const days: number[] = [];
  // Each letter once, even when it reaches the party twice (addressed to an
  // organization and to a person of that organization).
  const seen = new Set<string>();
  for (const { state, sentOn } of letters) {
    if (state.status === 'not_yet_sent' || seen.has(state.letterId)) continue;
    seen.add(state.letterId);
    card.lettersReceived += 1;
    if (state.firstResponseOn) {
      card.lettersWithResponse += 1;
      days.push(diffDays(state.firstResponseOn, sentOn));
    }
    card.questions += state.counts.total - state.counts.superseded;
    card.open += state.counts.open;
    card.unanswered += state.counts.unanswered;
    if (isOverdue(state)) card.overdueLetters += 1;
    if (state.timeliness === 'long_overdue') card.longOverdueLetters += 1;
  }
  if (card.lettersReceived > 0) card.responseRate = Math.round((card.lettersWithResponse / card.lettersReceived) * 10000) / 10000;
  card.medianDaysToFirstResponse = percentile(days, 0.5);
  card.p90DaysToFirstResponse = percentile(days, 0.9);
  return card;
}
