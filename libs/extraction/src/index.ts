export { extractQuestions } from './extract.js';
export type { AskKind, ExtractedQuestion, ExtractionOptions, ExtractionResult } from './types.js';
