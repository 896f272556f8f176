import { OmitType } from '@nestjs/swagger';
import { Problems } from '../../common/problems.js';
import { ListLettersQuery } from '../../letters/dto/list-letters.query.js';

/** Every filter of `GET /letters`, `asOf` and `sort`; no `limit` or `cursor`: an export has every matching row. */
export class ExportQuery extends OmitType(ListLettersQuery, ['limit', 'cursor'] as const) {}

/**
 * PostgreSQL text cannot hold NUL, and a parameter carrying one fails the
 * whole query: refuse it up front as a 400 naming the parameter.
 */
export function refuseNulCharacters(query: object): void {
  const problems = new Problems();
  for (const [field, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.includes('\u0000')) problems.add(field, `${field} must not contain NUL characters`);
  }
  problems.throwBadRequest();
}
