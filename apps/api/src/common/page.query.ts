import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from './pagination.js';
import { QueryInt } from './validators.js';

export class PageQuery {
  /** Page size, 1 to 100 (default 50). */
  @IsOptional()
  @QueryInt()
  @IsInt({ message: 'limit must be a whole number from 1 to 100' })
  @Min(1, { message: 'limit must be a whole number from 1 to 100' })
  @Max(MAX_PAGE_SIZE, { message: 'limit must be a whole number from 1 to 100' })
  limit?: number;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}
