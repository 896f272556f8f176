import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested, IsObject,
} from 'class-validator';
import { IsId, IsIsoDate, IsOptionalNotNull, Trim } from '../../common/validators.js';
import { TAG } from './create-letter.dto.js';
import { NormalizeTags, RecipientDto, SignerDto } from './letter-parts.dto.js';

/** Fields to change; absent fields stay, `null` clears an optional one. Signers and recipients are replaced whole. */
export class UpdateLetterDto {
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(2_000_000)
  fullText?: string | null;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @MaxLength(2000)
  sourceUrl?: string | null;

  @IsOptionalNotNull()
  @IsIsoDate()
  sentOn?: string;

  @IsOptional()
  @IsIsoDate()
  statedDueOn?: string | null;

  @IsOptional()
  @IsId()
  committeeId?: string | null;

  @IsOptional()
  @IsId()
  followUpOfId?: string | null;

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'signers must name at least one person' })
  @ArrayMaxSize(600)
  @IsObject({ each: true, message: '$property must hold objects' })
  @ValidateNested({ each: true })
  @Type(() => SignerDto)
  signers?: SignerDto[];

  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'recipients must name at least one person or organization' })
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: '$property must hold objects' })
  @ValidateNested({ each: true })
  @Type(() => RecipientDto)
  recipients?: RecipientDto[];

  @IsOptionalNotNull()
  @NormalizeTags()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(TAG, { each: true, message: 'each tag must be 1 to 60 characters without control characters' })
  tags?: string[];
}
