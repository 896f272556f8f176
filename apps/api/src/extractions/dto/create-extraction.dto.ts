import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../common/validators.js';

/** A letter's text to itemize. */
export class CreateExtractionDto {
  /** Nothing of it is stored, so text with NUL characters (PDF conversions leave some) is accepted. */
  static readonly storesNothing = true;

  /** The full text of the letter, as pasted or converted from its PDF (at most 2,000,000 characters). */
  @ApiProperty({
    description: "The full text of the letter, as pasted or converted from its PDF (at most 2,000,000 characters).",
    maxLength: 2_000_000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2_000_000)
  text: string;

  /**
   * The date the letter was sent (YYYY-MM-DD). Used as the base for relative deadlines
   * ("within 14 days of receipt") and for deadlines written without a year; when omitted,
   * a dated line at the top of the letter is used.
   */
  @ApiPropertyOptional({
    description:
      'The date the letter was sent (YYYY-MM-DD). Used as the base for relative deadlines ("within 14 days of receipt") ' +
      'and for deadlines written without a year; when omitted, a dated line at the top of the letter is used.',
    example: '2025-03-28',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  })
  @IsOptional()
  @IsIsoDate()
  sentOn?: string;
}
