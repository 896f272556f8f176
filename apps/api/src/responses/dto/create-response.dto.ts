import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength, ValidateNested, IsObject } from 'class-validator';
import { DISPOSITIONS, type Disposition } from '@app/rules';
import { IsId, IsIsoDate } from '../../common/validators.js';

export class RespondentDto {
  @IsOptional()
  @IsId()
  personId?: string;

  @IsOptional()
  @IsId()
  organizationId?: string;
}

export class ResponseItemDto {
  /** A question of this letter. */
  @IsId()
  questionId: string;

  @IsIn(DISPOSITIONS, { message: `disposition must be one of: ${DISPOSITIONS.join(', ')}` })
  disposition: Disposition;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  note?: string | null;
}

export class CreateResponseDto {
  /** The date the response arrived; not before the letter was sent, not in the future. */
  @IsIsoDate()
  receivedOn: string;

  /** Who answered: a person or an organization (optional). */
  @IsOptional()
  @IsObject({ message: '$property must be an object' })
  @ValidateNested()
  @Type(() => RespondentDto)
  respondent?: RespondentDto | null;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @MaxLength(2000)
  sourceUrl?: string | null;

  /** For each question the response addresses: what it did with it. May be empty (a reply that addresses none). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsObject({ each: true, message: '$property must hold objects' })
  @ValidateNested({ each: true })
  @Type(() => ResponseItemDto)
  items?: ResponseItemDto[];
}
