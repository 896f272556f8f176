import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../organization.entity.js';
import { IsId, IsOptionalNotNull, Trim } from '../../common/validators.js';

/** Fields to change; absent fields stay, `null` clears an optional one. */
export class UpdateOrganizationDto {
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  acronym?: string | null;

  @IsOptionalNotNull()
  @IsIn(ORGANIZATION_KINDS, { message: `kind must be one of: ${ORGANIZATION_KINDS.join(', ')}` })
  kind?: OrganizationKind;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9]{2,12}$/, { message: 'code must be 2 to 12 letters and digits, like HSFA07' })
  code?: string | null;

  @IsOptional()
  @IsId()
  parentId?: string | null;
}
