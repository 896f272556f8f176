import type { IsoDate } from '@app/rules';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import type { StatusChange } from '../counting/current-state.js';
import { letterEventDataSql, wantedSql } from './event-data.js';

/*
 * The outbox: events are rows of webhook_events written by the transaction of
 * the change they report, so an event is recorded if and only if its change
 * commits, with no broker to run. The worker (apps/worker) fans them out.
 * While no active subscription wants a type, its events are not recorded at
 * all: nobody could receive them, and the outbox stays empty.
 */

/** `letter.created`: the letter as it stands once created, as of today. */
export async function enqueueLetterCreated(manager: EntityManager, letterId: string, today: IsoDate, longOverdueDays: number): Promise<void> {
  const params = new SqlParams();
  const type = params.add('letter.created');
  const data = letterEventDataSql(`SELECT ${params.add(letterId)}::uuid`, params, today, longOverdueDays);
  await manager.query(
    `INSERT INTO webhook_events (type, letter_id, data) SELECT ${type}, x.id, x.data FROM (${data}) x WHERE ${wantedSql(type)}`,
    params.values,
  );
}

/** `response.logged`: the response as its 201 answers it, and the title of its letter. */
export async function enqueueResponseLogged(manager: EntityManager, response: { letterId: string }): Promise<void> {
  await manager.query(
    `INSERT INTO webhook_events (type, letter_id, data)
     SELECT $1, $2, $3::jsonb || jsonb_build_object('letterTitle', (SELECT title FROM letters WHERE id = $2)) WHERE ${wantedSql('$1')}`,
    ['response.logged', response.letterId, JSON.stringify(response)],
  );
}

/**
 * `question.status_changed`, one event per question whose status moved. A
 * question's first status (from none, when it is added) is not a change: the
 * letter's own events report new questions. The worker adds `asOf`, the day
 * the change was recorded in the tracker's time zone.
 */
export async function enqueueStatusChanges(manager: EntityManager, changes: StatusChange[]): Promise<void> {
  const moved = changes.filter((c) => c.from !== null);
  if (moved.length === 0) return;
  await manager.query(
    `INSERT INTO webhook_events (type, letter_id, data)
     SELECT $1, c.letter_id, jsonb_build_object('questionId', c.question_id, 'letterId', c.letter_id, 'label', q.label,
       'position', q.position, 'from', c.from_status, 'to', c.to_status)
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[]) WITH ORDINALITY AS c(question_id, letter_id, from_status, to_status, n)
     JOIN questions q ON q.id = c.question_id
     WHERE ${wantedSql('$1')}
     ORDER BY c.n`,
    ['question.status_changed', moved.map((c) => c.questionId), moved.map((c) => c.letterId), moved.map((c) => c.from), moved.map((c) => c.to)],
  );
}
