import type { IsoDate } from '@app/rules';
import type { DataSource } from 'typeorm';
import { SqlParams } from '../../api/src/common/sql-params.js';
import { letterEventDataSql, wantedSql } from '../../api/src/webhooks/event-data.js';

export interface OverdueResult {
  /** Letters newly seen overdue on their current due date. */
  noticed: number;
  /** `letter.overdue` events written (none while no subscription wants them). */
  events: number;
}

/**
 * Records, once per letter and due date, that a letter is overdue as of
 * `today`, and writes its `letter.overdue` event in the same statement. The
 * notice's primary key (letter, due date) is what makes the event fire once:
 * a second worker, or the same one after a restart, finds the notice and
 * inserts nothing. Letters that became overdue while no worker ran are
 * found at the next look, since the test is "past due and still pending",
 * not "the day turned".
 */
export async function recordOverdue(dataSource: DataSource, today: IsoDate, longOverdueDays: number, batch = 500): Promise<OverdueResult> {
  const total: OverdueResult = { noticed: 0, events: 0 };
  for (;;) {
    const params = new SqlParams();
    const day = `${params.add(today)}::date`;
    const type = params.add('letter.overdue');
    const limit = params.add(batch);
    const data = letterEventDataSql('SELECT letter_id FROM noticed', params, today, longOverdueDays);
    const [row] = await dataSource.query(
      `WITH candidates AS (
         SELECT s.letter_id AS id, s.due_on FROM letter_states s
         WHERE s.valid_to = 'infinity' AND s.valid_from <= ${day} AND s.due_on < ${day}
           AND (s.open > 0 OR (s.total = 0 AND s.first_response_on IS NULL))
           AND NOT EXISTS (SELECT 1 FROM letter_overdue_notices n WHERE n.letter_id = s.letter_id AND n.due_on = s.due_on)
         ORDER BY s.letter_id LIMIT ${limit}
       ),
       noticed AS (
         INSERT INTO letter_overdue_notices (letter_id, due_on, event_id)
         SELECT c.id, c.due_on, CASE WHEN ${wantedSql(type)} THEN gen_random_uuid() END FROM candidates c
         ON CONFLICT (letter_id, due_on) DO NOTHING
         RETURNING letter_id, due_on, event_id
       ),
       events AS (
         INSERT INTO webhook_events (id, type, letter_id, data)
         SELECT n.event_id, ${type}, n.letter_id, d.data || jsonb_build_object('dueOn', n.due_on)
         FROM noticed n JOIN (${data}) d ON d.id = n.letter_id
         WHERE n.event_id IS NOT NULL
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM candidates)::int AS candidates, (SELECT count(*) FROM noticed)::int AS noticed,
              (SELECT count(*) FROM events)::int AS events`,
      params.values,
    );
    total.noticed += row.noticed;
    total.events += row.events;
    if (row.candidates < batch) return total;
  }
}
