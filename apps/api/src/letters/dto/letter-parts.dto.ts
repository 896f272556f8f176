import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { QuestionFieldsDto } from '../../questions/dto/question-fields.dto.js';
import { IsId, Trim } from '../../common/validators.js';
import { SIGNER_ROLES, type SignerRole } from '../letter-signer.entity.js';

export class SignerDto {
  @IsId()
  personId: string;

  /** `lead` or `cosigner` (default `cosigner`). */
  @IsOptional()
  @IsIn(SIGNER_ROLES, { message: `role must be one of: ${SIGNER_ROLES.join(', ')}` })
  role?: SignerRole;
}

/** A person or an organization; exactly one of the two ids. */
export class RecipientDto {
  @IsOptional()
  @IsId()
  personId?: string;

  @IsOptional()
  @IsId()
  organizationId?: string;
}

/** A question written inside a letter-create request. */
export class NewQuestionDto extends QuestionFieldsDto {
  /** Makes this a sub-part of the question with that label earlier in the same request. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  parentLabel?: string | null;
}

/** Tags are trimmed and lower-cased; duplicates collapse. */
export const NormalizeTags = () =>
  Transform(({ value }) =>
    Array.isArray(value) && value.every((t) => typeof t === 'string')
      ? [...new Set(value.map((t: string) => t.trim().toLowerCase()))]
      : value,
  );
