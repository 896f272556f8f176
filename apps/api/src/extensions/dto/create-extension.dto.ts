import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../common/validators.js';

export class CreateExtensionDto {
  /** The new due date. */
  @IsIsoDate()
  newDueOn: string;

  /** When it was granted or announced; it counts from that date on. Not before the letter was sent, not in the future. */
  @IsIsoDate()
  grantedOn: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string | null;
}
