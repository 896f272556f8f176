import type { IsoDate } from '@app/rules';
import type { EntityManager } from 'typeorm';
import type { ChainLinkView } from './letter.view.js';

/** The letters a letter follows up (nearest first) and the letters that follow it up, directly or in turn. */
export async function followUpChain(manager: EntityManager, letterId: string): Promise<{ predecessors: ChainLinkView[]; successors: ChainLinkView[] }> {
  const rows: (ChainLinkView & { direction: 'up' | 'down' })[] = await manager.query(
    `WITH RECURSIVE
       up(id, follow_up_of_id, depth) AS (
         SELECT l.id, l.follow_up_of_id, 1 FROM letters l WHERE l.id = (SELECT follow_up_of_id FROM letters WHERE id = $1)
         UNION ALL SELECT l.id, l.follow_up_of_id, up.depth + 1 FROM letters l JOIN up ON l.id = up.follow_up_of_id WHERE up.depth < 1000),
       down(id, depth) AS (
         SELECT l.id, 1 FROM letters l WHERE l.follow_up_of_id = $1
         UNION ALL SELECT l.id, down.depth + 1 FROM letters l JOIN down ON l.follow_up_of_id = down.id WHERE down.depth < 1000)
     SELECT 'up' AS direction, l.id, l.title, l.sent_on AS "sentOn", up.depth, l.archived_at IS NOT NULL AS archived
       FROM up JOIN letters l ON l.id = up.id
     UNION ALL
     SELECT 'down', l.id, l.title, l.sent_on, down.depth, l.archived_at IS NOT NULL FROM down JOIN letters l ON l.id = down.id
     ORDER BY 5, 4`,
    [letterId],
  );
  const strip = ({ direction: _direction, ...link }: ChainLinkView & { direction: string }) => link;
  return {
    predecessors: rows.filter((r) => r.direction === 'up').map(strip),
    successors: rows.filter((r) => r.direction === 'down').map(strip),
  };
}

/** For each question of a letter: the later questions that reiterate it, and (when superseded as of the date) the ones carrying it now. */
export async function reiterationLinks(
  manager: EntityManager,
  letterId: string,
  asOf: IsoDate,
): Promise<{ reiteratedBy: Map<string, string[]>; carriedBy: Map<string, string[]> }> {
  const rows: { id: string; reiterated_by: string[] | null; carried_by: string[] | null }[] = await manager.query(
    `SELECT q.id,
       (SELECT array_agg(r.id ORDER BY rl.sent_on, r.position) FROM questions r JOIN letters rl ON rl.id = r.letter_id
         WHERE r.reiterates_id = q.id AND rl.archived_at IS NULL) AS reiterated_by,
       (SELECT array_agg(c.id ORDER BY c.position) FROM questions c JOIN letters cl ON cl.id = c.letter_id
         WHERE c.thread_id = q.thread_id AND cl.archived_at IS NULL AND cl.sent_on <= $2
           AND cl.sent_on = (SELECT max(tl.sent_on) FROM questions t JOIN letters tl ON tl.id = t.letter_id
                             WHERE t.thread_id = q.thread_id AND tl.archived_at IS NULL AND tl.sent_on <= $2)
           AND cl.sent_on > l.sent_on) AS carried_by
     FROM questions q JOIN letters l ON l.id = q.letter_id WHERE q.letter_id = $1`,
    [letterId, asOf],
  );
  return {
    reiteratedBy: new Map(rows.map((r) => [r.id, r.reiterated_by ?? []])),
    carriedBy: new Map(rows.map((r) => [r.id, r.carried_by ?? []])),
  };
}
