import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/validators.js';
import { ROLES, type Role } from '../api-key.entity.js';

export class CreateApiKeyDto {
  /** Who or what uses the key, e.g. "Rep. Meeks oversight staff" or "newsroom dashboard". */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  /** `viewer` reads, `editor` also writes the record, `admin` also manages keys and reads the audit trail. */
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role: Role;
}
