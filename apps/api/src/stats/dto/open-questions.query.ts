import { IsIn, IsOptional } from 'class-validator';
import { IsIsoDate } from '../../common/validators.js';

export const GROUP_BYS = ['recipientOrganization', 'recipientPerson', 'signer', 'committee', 'tag'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export class OpenQuestionsQuery {
  @IsIn(GROUP_BYS, { message: `groupBy must be one of: ${GROUP_BYS.join(', ')}` })
  groupBy: GroupBy;

  /** Count as of this date (default: today). */
  @IsOptional()
  @IsIsoDate()
  asOf?: string;

  /** Only letters sent on or after this date. */
  @IsOptional()
  @IsIsoDate()
  sentFrom?: string;

  /** Only letters sent on or before this date. */
  @IsOptional()
  @IsIsoDate()
  sentTo?: string;
}
