import { IsIn, IsOptional } from 'class-validator';
import { AsOfQuery } from '../../letters/dto/as-of.query.js';

export const SCORECARD_ROLES = ['recipient', 'signer'] as const;
export type ScorecardRole = (typeof SCORECARD_ROLES)[number];

export class PersonScorecardQuery extends AsOfQuery {
  /**
   * `recipient`: letters addressed to the person and what they answered;
   * `signer`: letters the person signed and what they got back.
   * Default: `signer` for members of Congress, `recipient` for everyone else.
   */
  @IsOptional()
  @IsIn(SCORECARD_ROLES, { message: `role must be one of: ${SCORECARD_ROLES.join(', ')}` })
  role?: ScorecardRole;
}
