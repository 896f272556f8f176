import { ApiProperty } from '@nestjs/swagger';

export const ASK_KINDS = ['question', 'document_request', 'briefing_request', 'other'] as const;

/** One proposed question or request, for a staffer to review. */
export class ExtractedQuestionResponse {
  /** The enumerator as printed in the letter (`3`, `2(a)`, `II.1`), or null for bullets and prose. */
  @ApiProperty({
    description: 'The enumerator as printed in the letter (`3`, `2(a)`, `II.1`), or null for bullets and prose.',
    type: String,
    nullable: true,
    example: '2(a)',
  })
  label: string | null;

  /** The question or request as written, without its enumerator. */
  @ApiProperty({ description: 'The question or request as written, without its enumerator.' })
  text: string;

  /** What the ask wants back: an answer, documents, a staff briefing, or an action ("we urge you to ..."). */
  @ApiProperty({
    description: 'What the ask wants back: an answer, documents, a staff briefing, or an action ("we urge you to ...").',
    enum: ASK_KINDS,
  })
  kind: (typeof ASK_KINDS)[number];
}

/** The asks proposed for a letter, in the order they appear, and its response deadline. */
export class ExtractionResponse {
  /** The proposed questions and requests, in letter order. */
  @ApiProperty({ description: 'The proposed questions and requests, in letter order.', type: [ExtractedQuestionResponse] })
  questions: ExtractedQuestionResponse[];

  /** The response-by date the letter states (YYYY-MM-DD), or null when it states none or it cannot be dated. */
  @ApiProperty({
    description: 'The response-by date the letter states (YYYY-MM-DD), or null when it states none or it cannot be dated.',
    type: String,
    nullable: true,
    example: '2025-04-15',
  })
  dueOn: string | null;
}
