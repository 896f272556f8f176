import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsId, Trim } from '../../common/validators.js';
import { CHAMBERS, PERSON_KINDS, type Chamber, type PersonKind } from '../person.entity.js';
import { BIOGUIDE_ID, BIOGUIDE_MESSAGE, STATE, UpperTrim } from './person-fields.js';

export class CreatePersonDto {
  /** e.g. Gregory W. Meeks. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  fullName: string;

  /** `member` of Congress, executive-branch `official`, or `other`. */
  @IsIn(PERSON_KINDS, { message: `kind must be one of: ${PERSON_KINDS.join(', ')}` })
  kind: PersonKind;

  /** Members: Biographical Directory id such as M001137; unique. */
  @IsOptional()
  @UpperTrim()
  @Matches(BIOGUIDE_ID, { message: BIOGUIDE_MESSAGE })
  bioguideId?: string | null;

  @IsOptional()
  @IsIn(CHAMBERS, { message: `chamber must be one of: ${CHAMBERS.join(', ')}` })
  chamber?: Chamber | null;

  /** Party letter or name, e.g. D, R, I. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  party?: string | null;

  /** Two-letter state or territory code, e.g. NY. */
  @IsOptional()
  @UpperTrim()
  @Matches(STATE, { message: 'state must be a two-letter code such as NY' })
  state?: string | null;

  /** Officials: their title, e.g. Secretary of State. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  /** The organization the person belongs to or leads. */
  @IsOptional()
  @IsId()
  organizationId?: string | null;
}
