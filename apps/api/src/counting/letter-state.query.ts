import type { DueOnSource, LetterStatus, Timeliness } from '@app/rules';
import type { SqlParams } from '../common/sql-params.js';

/** One letter's computed state as of a date, as the SQL below answers it. */
export interface LetterStateRow {
  id: string;
  sent_on: string;
  due_on: string;
  due_on_source: DueOnSource;
  extension_granted_on: string | null;
  status: LetterStatus;
  timeliness: Timeliness | null;
  days_overdue: number | null;
  days_outstanding: number | null;
  first_response_on: string | null;
  total: number;
  open: number;
  unanswered: number;
  answered: number;
  partially_answered: number;
  acknowledged: number;
  non_responsive: number;
  declined: number;
  referred: number;
  withdrawn: number;
  superseded: number;
}

export const OPEN_STATUS_SQL = `('open', 'acknowledged', 'non_responsive', 'partially_answered')`;

/**
 * Each question's status, for the questions of the letters in `letters` (a
 * relation with `id`, `sent_on` and the date `as_of` to judge it at) that are
 * sent by that date, by the spec's rules in order: withdrawn, superseded by a
 * newer member of its thread, else its latest response item (same day: the
 * later logged), else open.
 */
export function questionStatusSql(letters: string, asOf?: string): string {
  // With one date for all, the letters relation gets it as its `as_of`.
  if (asOf) letters = `(SELECT lx.*, ${asOf} AS as_of FROM ${letters} lx)`;
  // Set-based, so one statement serves one letter or every letter alike: a question is superseded from the
  // first day a newer member of its thread was sent (found once per question), and its latest item as of each
  // date is one DISTINCT ON over the items received by then.
  return `
    WITH dated AS (SELECT lt.id, lt.sent_on, lt.as_of FROM ${letters} lt WHERE lt.sent_on <= lt.as_of),
    asked AS (SELECT DISTINCT d.id, d.sent_on FROM dated d),
    superseded AS (
      SELECT q.id, min(tl.sent_on) AS since
      FROM asked a JOIN questions q ON q.letter_id = a.id
      JOIN questions t ON t.thread_id = q.thread_id JOIN letters tl ON tl.id = t.letter_id
      WHERE tl.archived_at IS NULL AND tl.sent_on > a.sent_on
      GROUP BY q.id),
    latest AS (
      SELECT DISTINCT ON (ri.question_id, d.as_of) ri.question_id, d.as_of, ri.disposition
      FROM dated d JOIN questions q ON q.letter_id = d.id JOIN response_items ri ON ri.question_id = q.id AND ri.received_on <= d.as_of
      ORDER BY ri.question_id, d.as_of, ri.received_on DESC, ri.seq DESC)
    SELECT q.id, q.letter_id, d.as_of,
      CASE
        WHEN q.withdrawn_on <= d.as_of THEN 'withdrawn'
        WHEN s.since <= d.as_of THEN 'superseded'
        ELSE coalesce(i.disposition, 'open')
      END AS status
    FROM dated d JOIN questions q ON q.letter_id = d.id
    LEFT JOIN superseded s ON s.id = q.id
    LEFT JOIN latest i ON i.question_id = q.id AND i.as_of = d.as_of`;
}

/** What a letter's state is made of at a date: counts, first response, due date. Status and timeliness follow from it and the date. */
const STATE_COLUMNS = `sent_on, due_on, due_on_source, extension_granted_on, first_response_on,
      total, open, unanswered, answered, partially_answered, acknowledged, non_responsive, declined, referred, withdrawn, superseded`;

/**
 * The state of each (letter, date) pair that `pairs` (SQL answering `id`,
 * `as_of`) names, replayed from the facts, in one statement: counts, first
 * response, due date as of that date.
 */
export function letterFactsAtSql(pairs: string): string {
  const count = (status: string) => `count(*) FILTER (WHERE status = '${status}')::int`;
  return `
    WITH lt AS MATERIALIZED (
      SELECT l.id, p.as_of, l.sent_on, l.stated_due_on, l.policy_due_on, l.committee_id, l.tags FROM (${pairs}) p JOIN letters l ON l.id = p.id
    ),
    qs AS (${questionStatusSql('lt')}),
    qc AS (
      SELECT letter_id, as_of, count(*)::int AS total,
        count(*) FILTER (WHERE status IN ${OPEN_STATUS_SQL})::int AS open,
        count(*) FILTER (WHERE status IN ${OPEN_STATUS_SQL} OR status = 'declined')::int AS unanswered,
        ${count('answered')} AS answered, ${count('partially_answered')} AS partially_answered,
        ${count('acknowledged')} AS acknowledged, ${count('non_responsive')} AS non_responsive,
        ${count('declined')} AS declined, ${count('referred')} AS referred,
        ${count('withdrawn')} AS withdrawn, ${count('superseded')} AS superseded
      FROM qs GROUP BY letter_id, as_of
    )
    SELECT lt.id, lt.as_of, lt.sent_on, lt.committee_id, lt.tags,
      coalesce(ext.new_due_on, lt.stated_due_on, lt.policy_due_on) AS due_on,
      CASE WHEN ext.new_due_on IS NOT NULL THEN 'extension' WHEN lt.stated_due_on IS NOT NULL THEN 'stated' ELSE 'policy' END AS due_on_source,
      ext.granted_on AS extension_granted_on,
      (SELECT min(r.received_on) FROM responses r WHERE r.letter_id = lt.id AND r.received_on <= lt.as_of) AS first_response_on,
      coalesce(qc.total, 0) AS total, coalesce(qc.open, 0) AS open, coalesce(qc.unanswered, 0) AS unanswered,
      coalesce(qc.answered, 0) AS answered, coalesce(qc.partially_answered, 0) AS partially_answered,
      coalesce(qc.acknowledged, 0) AS acknowledged, coalesce(qc.non_responsive, 0) AS non_responsive,
      coalesce(qc.declined, 0) AS declined, coalesce(qc.referred, 0) AS referred,
      coalesce(qc.withdrawn, 0) AS withdrawn, coalesce(qc.superseded, 0) AS superseded
    FROM lt
    LEFT JOIN qc ON qc.letter_id = lt.id AND qc.as_of = lt.as_of
    LEFT JOIN LATERAL (
      SELECT e.new_due_on, e.granted_on FROM extensions e
      WHERE e.letter_id = lt.id AND e.granted_on <= lt.as_of ORDER BY e.granted_on DESC, e.seq DESC LIMIT 1) ext ON true`;
}

/** Status, timeliness and day counts as of `d`, from a relation `s` of {@link STATE_COLUMNS} for letters sent by `d`. */
function judgedSql(d: string, long: string): string {
  return `
      CASE WHEN NOT p.pending THEN 'closed' WHEN s.first_response_on IS NULL THEN 'awaiting_response' ELSE 'partially_answered' END AS status,
      CASE WHEN NOT p.pending THEN NULL WHEN ${d} <= s.due_on THEN 'on_time'
           WHEN ${d} - s.due_on > ${long} THEN 'long_overdue' ELSE 'overdue' END AS timeliness,
      CASE WHEN p.pending AND ${d} > s.due_on THEN ${d} - s.due_on END AS days_overdue,
      CASE WHEN p.pending THEN ${d} - s.sent_on END AS days_outstanding`;
}

const PENDING = `CROSS JOIN LATERAL (SELECT s.open > 0 OR (s.total = 0 AND s.first_response_on IS NULL) AS pending) p`;

/**
 * Every letter of `scope` (SQL answering letter ids) with its counts, due date,
 * status and timeliness as of a date, replayed from the facts. Letters not
 * sent by the date are left out. Used for archived letters and to build the
 * maintained states; reads go through {@link maintainedStatesSql}.
 */
export function letterStatesSql(scope: string, params: SqlParams, asOf: string, longOverdueDays: number): string {
  const d = `${params.add(asOf)}::date`;
  const long = `${params.add(longOverdueDays)}::int`;
  return `
    SELECT s.id, ${STATE_COLUMNS.replace(/(\w+)/g, 's.$1')}, ${judgedSql(d, long)}
    FROM (${letterFactsAtSql(`SELECT x.id, ${d} AS as_of FROM (${scope}) x(id) JOIN letters sl ON sl.id = x.id WHERE sl.sent_on <= ${d}`)}) s
    ${PENDING}`;
}

/**
 * The same rows, read from `letter_states`: each letter's state over each span
 * of days in which no fact of it changes, kept exact by every write's own
 * transaction (counting/current-state.ts). Only sent, unarchived letters have
 * spans, so a letter without one as of the date is not in the answer.
 */
export function maintainedStatesSql(
  scope: string | null,
  params: SqlParams,
  asOf: string,
  longOverdueDays: number,
  timeliness?: Timeliness,
): string {
  const d = `${params.add(asOf)}::date`;
  const long = `${params.add(longOverdueDays)}::int`;
  return `
    SELECT s.letter_id AS id, ${STATE_COLUMNS.replace(/(\w+)/g, 's.$1')}, s.committee_id, s.tags, ${judgedSql(d, long)}
    FROM letter_states s ${PENDING}
    WHERE s.valid_from <= ${d} AND s.valid_to > ${d}${scope ? ` AND s.letter_id IN (${scope})` : ''}${dueRangeSql(timeliness, d, long)}`;
}

/**
 * The due dates a timeliness allows as of `d`. The timeliness filter itself
 * still decides (pending letters only); this range is implied by it and
 * spelled out so the index on `due_on` can narrow the spans read.
 */
function dueRangeSql(timeliness: Timeliness | undefined, d: string, long: string): string {
  switch (timeliness) {
    case 'on_time':
      return ` AND s.due_on >= ${d}`;
    case 'overdue':
      return ` AND s.due_on < ${d} AND s.due_on >= ${d} - ${long}`;
    case 'long_overdue':
      return ` AND s.due_on < ${d} - ${long}`;
    default:
      return '';
  }
}


/** The maintained states as of today (or later): each unarchived letter's open-ended span. */
export const currentLetterStatesSql = maintainedStatesSql;
