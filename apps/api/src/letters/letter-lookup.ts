import type { EntityManager } from 'typeorm';
import { columnsOf } from '../common/entity-columns.js';
import { notFound } from '../common/problem.js';
import { Letter } from './letter.entity.js';

/**
 * The letter a nested route acts on, locked for the rest of the transaction so
 * writes to one letter's questions, responses and extensions take turns.
 * Archived letters are not found.
 */
export async function lockActiveLetter(manager: EntityManager, id: string): Promise<Letter> {
  const [row]: (Letter | undefined)[] = await manager.query(
    `SELECT ${columnsOf(Letter)} FROM letters WHERE id = $1 AND archived_at IS NULL FOR UPDATE`,
    [id],
  );
  if (!row) throw notFound('Letter', id);
  // An entity instance, since writes go on to save it.
  return Object.assign(new Letter(), row);
}

/** Ids of the letters up a letter's follow-up chain: its predecessor, that one's, and so on. */
export async function predecessorIds(manager: EntityManager, followUpOfId: string | null): Promise<string[]> {
  if (!followUpOfId) return [];
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE chain(id, follow_up_of_id, depth) AS (
       SELECT id, follow_up_of_id, 1 FROM letters WHERE id = $1
       UNION ALL
       SELECT l.id, l.follow_up_of_id, c.depth + 1 FROM letters l JOIN chain c ON l.id = c.follow_up_of_id WHERE c.depth < 1000)
     SELECT id FROM chain`,
    [followUpOfId],
  );
  return rows.map((r) => r.id);
}
