import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/page.query.js';

export const ATTEMPT_OUTCOMES = ['succeeded', 'retrying', 'failed'] as const;

export class ListDeliveriesQuery extends PageQuery {
  /** Only attempts with this outcome: `succeeded`, `retrying` (failed, another try is due) or `failed` (the last try failed). */
  @IsOptional()
  @IsIn(ATTEMPT_OUTCOMES, { message: `outcome must be one of: ${ATTEMPT_OUTCOMES.join(', ')}` })
  outcome?: (typeof ATTEMPT_OUTCOMES)[number];
}
