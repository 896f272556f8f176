import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { IsId, IsIsoDate } from '../../common/validators.js';
import { PageQuery } from '../../common/page.query.js';

export const LETTER_STATUSES = ['awaiting_response', 'partially_answered', 'closed'] as const;
export const TIMELINESS = ['on_time', 'overdue', 'long_overdue'] as const;
export const LETTER_SORTS = ['sentOn', '-sentOn', 'dueOn', '-dueOn', 'open', '-open', '-relevance'] as const;
export type LetterSort = (typeof LETTER_SORTS)[number];

export class ListLettersQuery extends PageQuery {
  @IsOptional()
  @IsIsoDate()
  asOf?: string;

  @IsOptional()
  @IsIn(LETTER_STATUSES, { message: `status must be one of: ${LETTER_STATUSES.join(', ')}` })
  status?: (typeof LETTER_STATUSES)[number];

  /** `overdue` matches letters overdue but not yet long overdue. */
  @IsOptional()
  @IsIn(TIMELINESS, { message: `timeliness must be one of: ${TIMELINESS.join(', ')}` })
  timeliness?: (typeof TIMELINESS)[number];

  @IsOptional()
  @IsId()
  signerId?: string;

  /** Letters signed by the member with this bioguide id. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z]\d{6}$/, { message: 'bioguideId must be a letter and six digits, like M001137' })
  bioguideId?: string;

  /** Letters addressed to this organization, or to a person of it. */
  @IsOptional()
  @IsId()
  recipientOrganizationId?: string;

  @IsOptional()
  @IsId()
  recipientPersonId?: string;

  @IsOptional()
  @IsId()
  committeeId?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(60)
  tag?: string;

  @IsOptional()
  @IsIsoDate()
  sentFrom?: string;

  @IsOptional()
  @IsIsoDate()
  sentTo?: string;

  /** Full-text search over titles, summaries, texts and questions. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  /**
   * `sentOn`, `dueOn` or `open`; a leading `-` sorts descending. `-relevance` (best match first) needs `q`.
   * Default `-sentOn`.
   */
  @IsOptional()
  @IsIn(LETTER_SORTS, { message: `sort must be one of: ${LETTER_SORTS.join(', ')}` })
  sort?: LetterSort;
}
