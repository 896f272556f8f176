import { IsBoolean, IsOptional } from 'class-validator';
import { IsIsoDate, QueryBoolean } from '../../common/validators.js';

export class AsOfQuery {
  /** Compute everything as of this date (default: today in the tracker's time zone). */
  @IsOptional()
  @IsIsoDate()
  asOf?: string;
}

export class LetterReadQuery extends AsOfQuery {
  /** Also show an archived letter. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'includeArchived must be true or false' })
  includeArchived?: boolean;
}
