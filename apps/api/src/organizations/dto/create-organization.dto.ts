import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../organization.entity.js';
import { IsId, Trim } from '../../common/validators.js';

export class CreateOrganizationDto {
  /** Full name, e.g. House Committee on Foreign Affairs. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name: string;

  /** e.g. HFAC. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  acronym?: string | null;

  @IsIn(ORGANIZATION_KINDS, { message: `kind must be one of: ${ORGANIZATION_KINDS.join(', ')}` })
  kind: OrganizationKind;

  /** Committee or subcommittee code such as HSFA or HSFA07; unique; stored upper-case. */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9]{2,12}$/, { message: 'code must be 2 to 12 letters and digits, like HSFA07' })
  code?: string | null;

  /** The organization this one belongs to (a subcommittee's committee, an agency's department). */
  @IsOptional()
  @IsId()
  parentId?: string | null;
}
