import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../common/page.query.js';
import { IsId } from '../common/validators.js';

export const AUDITED_ENTITIES = [
  'organization', 'person', 'letter', 'letter_signer', 'letter_recipient', 'question', 'response', 'response_item', 'extension', 'api_key',
] as const;

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IsIn(AUDITED_ENTITIES, { message: `entity must be one of: ${AUDITED_ENTITIES.join(', ')}` })
  entity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  /** Changes made with this API key. */
  @IsOptional()
  @IsId()
  keyId?: string;

  /** From this time (ISO 8601), inclusive. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  /** Up to this time (ISO 8601), exclusive. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
}
