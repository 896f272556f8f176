import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId, Trim } from '../../common/validators.js';
import { QUESTION_KINDS, type QuestionKind } from '../question.entity.js';

/** What a new question says, however it is added: inside a letter-create request or on its own. */
export class QuestionFieldsDto {
  /** The label as printed: 3, 2(a), II.1. Unique within the letter. */
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  label?: string | null;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text: string;

  /** `question` (default), `document_request`, `briefing_request` or `other`. */
  @IsOptional()
  @IsIn(QUESTION_KINDS, { message: `kind must be one of: ${QUESTION_KINDS.join(', ')}` })
  kind?: QuestionKind;

  /** A question of a letter up this letter's follow-up chain that this one asks again. */
  @IsOptional()
  @IsId()
  reiteratesId?: string | null;
}
