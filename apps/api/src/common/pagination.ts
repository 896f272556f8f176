import { isIsoDate } from '@app/rules';
import { badRequest } from './problem.js';
import { isUuid } from './uuid.pipe.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;


export interface Page<T> {
  data: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** Cursors are opaque to clients: the sort values of the last row, base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The sort values a cursor carries, each checked by its own test (a date, a
 * number, a UUID...), so a forged cursor is refused rather than sent to SQL.
 */
export function decodeCursor(cursor: string, checks: ((value: unknown) => boolean)[]): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === checks.length && checks.every((check, i) => check(values[i]))) return values;
  } catch {
    // fall through to the refusal below
  }
  throw badRequest('cursor is not one this service issued for this listing', [
    { field: 'cursor', message: 'cursor is not valid for this listing; start again without it' },
  ]);
}

/** Cuts one extra row fetched to learn whether another page follows. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => unknown[]): Page<T> {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? encodeCursor(cursorOf(data[data.length - 1])) : null };
}

export const CURSOR_CHECKS = {
  text: (value: unknown) => typeof value === 'string' && value.length <= 1000,
  date: (value: unknown) => isIsoDate(value),
  integer: (value: unknown) => Number.isSafeInteger(value),
  number: (value: unknown) => typeof value === 'number' && Number.isFinite(value),
  uuid: (value: unknown) => isUuid(value),
};
