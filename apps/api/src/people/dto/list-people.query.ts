import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/page.query.js';
import { PERSON_KINDS, type PersonKind } from '../person.entity.js';
import { UpperTrim } from './person-fields.js';
import { IsId } from '../../common/validators.js';

export class ListPeopleQuery extends PageQuery {
  @IsOptional()
  @IsIn(PERSON_KINDS, { message: `kind must be one of: ${PERSON_KINDS.join(', ')}` })
  kind?: PersonKind;

  @IsOptional()
  @UpperTrim()
  @IsString()
  @MaxLength(10)
  bioguideId?: string;

  /** Part of the name, any case. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsId()
  organizationId?: string;
}
