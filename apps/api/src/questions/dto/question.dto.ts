import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsId, IsIsoDate, IsOptionalNotNull, Trim } from '../../common/validators.js';
import { QUESTION_KINDS, type QuestionKind } from '../question.entity.js';
import { QuestionFieldsDto } from './question-fields.dto.js';

export class CreateQuestionDto extends QuestionFieldsDto {
  /** The question of this letter that this one is a sub-part of. */
  @IsOptional()
  @IsId()
  parentId?: string | null;

  /** 1-based place in the letter; later questions move down. Default: last. */
  @IsOptional()
  @IsInt({ message: 'position must be a whole number from 1' })
  @Min(1, { message: 'position must be a whole number from 1' })
  position?: number;
}

/** Fields to change; `withdrawnOn` withdraws the question as of that date (`null` undoes it). */
export class UpdateQuestionDto {
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  label?: string | null;

  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text?: string;

  @IsOptionalNotNull()
  @IsIn(QUESTION_KINDS, { message: `kind must be one of: ${QUESTION_KINDS.join(', ')}` })
  kind?: QuestionKind;

  @IsOptional()
  @IsId()
  parentId?: string | null;

  @IsOptional()
  @IsId()
  reiteratesId?: string | null;

  /** The date the letter's signers withdrew the question; not before the letter was sent, not in the future. */
  @IsOptional()
  @IsIsoDate()
  withdrawnOn?: string | null;
}

/** Every question of the letter, in the new order. */
export class ReorderQuestionsDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsId({ each: true })
  questionIds: string[];
}
