/** What an ask wants back: an answer, existing records, a meeting with staff, or an action. */
export type AskKind = 'question' | 'document_request' | 'briefing_request' | 'other';

export interface ExtractedQuestion {
  /** The enumerator as printed (`3`, `2(a)`, `II.1`), or null for bullets and prose. */
  label: string | null;
  /** The ask as written, without its enumerator, whitespace collapsed. */
  text: string;
  kind: AskKind;
}

export interface ExtractionResult {
  questions: ExtractedQuestion[];
  /** The response-by date the letter states (YYYY-MM-DD), or null. */
  dueOn: string | null;
}

export interface ExtractionOptions {
  /** The letter's date (YYYY-MM-DD); the base for relative deadlines and year-less dates. */
  sentOn?: string;
}
