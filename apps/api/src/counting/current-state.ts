import type { QuestionStatus } from '@app/rules';
import type { EntityManager } from 'typeorm';
import { enqueueStatusChanges } from '../webhooks/outbox.js';
import { COUNTS_CHANNEL } from './aggregate-cache.js';
import { letterFactsAtSql, questionStatusSql } from './letter-state.query.js';

export interface StatusChange {
  questionId: string;
  letterId: string;
  from: QuestionStatus | null;
  to: QuestionStatus;
}

/** Every recorded fact counts: none may be dated after today, so this is the state as of today and later. */
const ALL_FACTS = `'infinity'::date`;

/** The letters whose counts can move when these letters' facts change: they and every letter sharing a reiteration thread with them. */
export async function lettersSharingThreads(manager: EntityManager, letterIds: string[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT DISTINCT t.letter_id AS id FROM questions q JOIN questions t ON t.thread_id = q.thread_id WHERE q.letter_id = ANY($1::uuid[])
     UNION SELECT unnest($1::uuid[])`,
    [letterIds],
  );
  return rows.map((r) => r.id);
}

/**
 * Recomputes what is kept of these letters (and of every letter sharing a
 * thread with them) from their facts, inside the caller's transaction: each
 * question's current status and each letter's state spans. Answers the
 * question statuses that changed.
 */
export async function refreshCurrentState(manager: EntityManager, letterIds: string[]): Promise<StatusChange[]> {
  if (letterIds.length === 0) return [];
  const affected = await lettersSharingThreads(manager, letterIds);
  // An UPDATE ... RETURNING answers [rows, row count] through TypeORM's query().
  const [changes]: [{ id: string; letter_id: string; before: QuestionStatus | null; after: QuestionStatus }[], number] = await manager.query(
    `WITH lt AS (SELECT id, sent_on FROM letters WHERE id = ANY($1::uuid[])),
          st AS (${questionStatusSql('lt', ALL_FACTS)}),
          old AS (SELECT q.id, q.current_status FROM questions q WHERE q.letter_id = ANY($1::uuid[]))
     UPDATE questions q SET current_status = st.status
     FROM st JOIN old ON old.id = st.id
     WHERE q.id = st.id AND q.current_status IS DISTINCT FROM st.status
     RETURNING q.id, q.letter_id, old.current_status AS before, st.status AS after`,
    [affected],
  );
  await rebuildLetterStates(manager, affected);
  // Delivered when (and only if) this transaction commits: other processes drop their cached aggregates then.
  await manager.query(`SELECT pg_notify('${COUNTS_CHANNEL}', '')`);
  const statusChanges = changes.map((c) => ({ questionId: c.id, letterId: c.letter_id, from: c.before, to: c.after }));
  await enqueueStatusChanges(manager, statusChanges);
  return statusChanges;
}

/**
 * Rewrites the `letter_states` spans of these letters from their facts: one
 * span from each date on which one of their facts falls (sent, a response, a
 * withdrawal, an extension granted, a newer letter of one of their threads
 * sent) to the next. Between two such dates nothing of theirs changes, so the
 * state replayed at a span's first day holds for all of it.
 */
export async function rebuildLetterStates(manager: EntityManager, letterIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM letter_states WHERE letter_id = ANY($1::uuid[])`, [letterIds]);
  await manager.query(
    `WITH live AS (SELECT id, sent_on FROM letters WHERE id = ANY($1::uuid[]) AND archived_at IS NULL),
     points AS (
       SELECT id, sent_on AS as_of FROM live
       UNION SELECT r.letter_id, r.received_on FROM responses r JOIN live ON live.id = r.letter_id
       UNION SELECT q.letter_id, q.withdrawn_on FROM questions q JOIN live ON live.id = q.letter_id WHERE q.withdrawn_on IS NOT NULL
       UNION SELECT e.letter_id, e.granted_on FROM extensions e JOIN live ON live.id = e.letter_id
       UNION SELECT q.letter_id, tl.sent_on FROM questions q JOIN live ON live.id = q.letter_id
         JOIN questions t ON t.thread_id = q.thread_id JOIN letters tl ON tl.id = t.letter_id
         WHERE tl.archived_at IS NULL AND tl.sent_on > live.sent_on
     ),
     facts AS (${letterFactsAtSql(`SELECT p.id, p.as_of FROM points p JOIN live ON live.id = p.id WHERE p.as_of >= live.sent_on`)})
     INSERT INTO letter_states (letter_id, valid_from, valid_to, sent_on, committee_id, tags, due_on, due_on_source, extension_granted_on,
       first_response_on, total, open, unanswered, answered, partially_answered, acknowledged, non_responsive, declined,
       referred, withdrawn, superseded)
     SELECT id, as_of, coalesce(lead(as_of) OVER (PARTITION BY id ORDER BY as_of), 'infinity'), sent_on, committee_id, tags, due_on, due_on_source,
       extension_granted_on, first_response_on, total, open, unanswered, answered, partially_answered, acknowledged,
       non_responsive, declined, referred, withdrawn, superseded
     FROM facts`,
    [letterIds],
  );
}
