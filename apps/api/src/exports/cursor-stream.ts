import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';

/** Rows fetched per round trip: enough to keep the socket busy, few enough to keep memory flat. */
const BATCH = 1000;

/**
 * Streams the rows of one query through a server-side cursor, formatted a
 * batch at a time, inside a read-only transaction (one consistent snapshot
 * from the first row to the last). The first batch is fetched before this
 * answers, so a failing query is still an ordinary error response; after that,
 * a client that goes away ends the transaction and frees the connection.
 */
export async function streamQuery<Row>(
  dataSource: DataSource,
  statementTimeoutMs: number,
  sql: string,
  params: unknown[],
  header: string,
  format: (rows: Row[]) => string,
): Promise<Readable> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let first: Row[];
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Every row will be read: plan for the whole result, not (as for a cursor by default) for its first tenth.
    await runner.query('SET LOCAL cursor_tuple_fraction = 1');
    await runner.query(`SET LOCAL statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
    await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
    first = await runner.query(`FETCH ${BATCH} FROM export_rows`);
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
    throw error;
  }
  async function* chunks(): AsyncGenerator<string> {
    try {
      yield header;
      for (let rows = first; rows.length > 0; rows = await runner.query(`FETCH ${BATCH} FROM export_rows`)) {
        yield format(rows);
        if (rows.length < BATCH) break;
      }
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
