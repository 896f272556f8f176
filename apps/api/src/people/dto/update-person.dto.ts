import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsId, IsOptionalNotNull, Trim } from '../../common/validators.js';
import { CHAMBERS, PERSON_KINDS, type Chamber, type PersonKind } from '../person.entity.js';
import { BIOGUIDE_ID, BIOGUIDE_MESSAGE, STATE, UpperTrim } from './person-fields.js';

/** Fields to change; absent fields stay, `null` clears an optional one. */
export class UpdatePersonDto {
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName?: string;

  @IsOptionalNotNull()
  @IsIn(PERSON_KINDS, { message: `kind must be one of: ${PERSON_KINDS.join(', ')}` })
  kind?: PersonKind;

  @IsOptional()
  @UpperTrim()
  @Matches(BIOGUIDE_ID, { message: BIOGUIDE_MESSAGE })
  bioguideId?: string | null;

  @IsOptional()
  @IsIn(CHAMBERS, { message: `chamber must be one of: ${CHAMBERS.join(', ')}` })
  chamber?: Chamber | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  party?: string | null;

  @IsOptional()
  @UpperTrim()
  @Matches(STATE, { message: 'state must be a two-letter code such as NY' })
  state?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @IsOptional()
  @IsId()
  organizationId?: string | null;
}
