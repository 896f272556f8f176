import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested, IsObject,
} from 'class-validator';
import { IsId, IsIsoDate, Trim } from '../../common/validators.js';
import { NewQuestionDto, NormalizeTags, RecipientDto, SignerDto } from './letter-parts.dto.js';

export const TAG = /^[^\p{Cc}]{1,60}$/u;

export class CreateLetterDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  /** The letter's full text. With `extractQuestions`, its questions are found in it. */
  @IsOptional()
  @IsString()
  @MaxLength(2_000_000)
  fullText?: string | null;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @MaxLength(2000)
  sourceUrl?: string | null;

  /** The date the letter was sent; not in the future. */
  @IsIsoDate()
  sentOn: string;

  /** The response date the letter asks for, if it states one. */
  @IsOptional()
  @IsIsoDate()
  statedDueOn?: string | null;

  /** The committee or subcommittee on whose behalf it was sent. */
  @IsOptional()
  @IsId()
  committeeId?: string | null;

  /** The earlier letter this one follows up; only a follow-up may reiterate questions. */
  @IsOptional()
  @IsId()
  followUpOfId?: string | null;

  /** At least one; each a person with role `lead` or `cosigner`. */
  @IsArray()
  @ArrayMinSize(1, { message: 'signers must name at least one person' })
  @ArrayMaxSize(600)
  @IsObject({ each: true, message: '$property must hold objects' })
  @ValidateNested({ each: true })
  @Type(() => SignerDto)
  signers: SignerDto[];

  /** At least one; people and/or organizations. */
  @IsArray()
  @ArrayMinSize(1, { message: 'recipients must name at least one person or organization' })
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: '$property must hold objects' })
  @ValidateNested({ each: true })
  @Type(() => RecipientDto)
  recipients: RecipientDto[];

  @IsOptional()
  @NormalizeTags()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(TAG, { each: true, message: 'each tag must be 1 to 60 characters without control characters' })
  tags?: string[];

  /** The questions, in order, created with the letter in the same transaction. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsObject({ each: true, message: '$property must hold objects' })
  @ValidateNested({ each: true })
  @Type(() => NewQuestionDto)
  questions?: NewQuestionDto[];

  /** Find the questions in `fullText` instead of listing them (a staffer reviews them afterwards). */
  @IsOptional()
  @IsBoolean({ message: 'extractQuestions must be true or false' })
  extractQuestions?: boolean;
}
