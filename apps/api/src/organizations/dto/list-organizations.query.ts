import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { PageQuery } from '../../common/page.query.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../organization.entity.js';
import { IsId } from '../../common/validators.js';

export class ListOrganizationsQuery extends PageQuery {
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS, { message: `kind must be one of: ${ORGANIZATION_KINDS.join(', ')}` })
  kind?: OrganizationKind;

  /** Exact code, any case. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @MaxLength(12)
  code?: string;

  /** Part of the name or acronym, any case. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsId()
  parentId?: string;
}
