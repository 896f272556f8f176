import { findLetterDate } from './due-date.js';
import { extractQuestions } from './index.js';

const due = (body: string, opts: { sentOn?: string; dated?: string | null } = {}) => {
  const head = opts.dated === null ? [] : [opts.dated ?? 'March 3, 2025'];
  const text = [...head, 'Dear Secretary Smith:', 'We are concerned about the program.', body, 'Sincerely,', 'A. Member'].join('\n');
  return extractQuestions(text, opts.sentOn ? { sentOn: opts.sentOn } : {}).dueOn;
};

describe('dueOn', () => {
  it.each([
    ['Please respond no later than April 15, 2025.', '2025-04-15'],
    ['Please provide the documents by March 31.', '2025-03-31'],
    ['Please answer these questions no later than March 27th.', '2025-03-27'],
    ['We ask that the answers be provided by Wednesday, March 19, 2025.', '2025-03-19'],
    ['Please reply by Friday, September 12th.', '2025-09-12'],
    ['Please respond by 5:00 p.m. on April 4, 2025.', '2025-04-04'],
    ['Please produce the records by close of business on Monday, March 10, 2025.', '2025-03-10'],
    ['Please respond on or before 4/1/2025.', '2025-04-01'],
    ['We ask for a response within 14 days of receipt of this letter.', '2025-03-17'],
    ['Please answer two weeks from the date of this letter.', '2025-03-17'],
    ['Please respond within thirty (30) days of the date of this letter.', '2025-04-02'],
    ['We request a written response within ten business days.', '2025-03-17'],
    ['Please respond within one month.', '2025-04-03'],
    ['I would appreciate your answers prior to the hearing scheduled for March 20, at which the panel will meet.', '2025-03-20'],
  ])('reads "%s"', (sentence, expected) => {
    expect(due(sentence)).toBe(expected);
  });

  it('takes the year of a year-less date from sentOn, and rolls into the next year when needed', () => {
    expect(due('Please respond by March 27th.', { sentOn: '2006-03-20', dated: null })).toBe('2006-03-27');
    expect(due('Please respond by January 5.', { sentOn: '2024-12-18', dated: null })).toBe('2025-01-05');
  });

  it('prefers sentOn over the dated header as the base for relative deadlines', () => {
    expect(due('Please respond within 14 days of receipt.', { sentOn: '2025-06-01' })).toBe('2025-06-15');
  });

  it('is null for relative or year-less deadlines without any base date', () => {
    expect(due('Please respond within 14 days of receipt.', { dated: null })).toBeNull();
    expect(due('Please respond by March 31.', { dated: null })).toBeNull();
  });

  it('ignores history and dates without a deadline phrase', () => {
    expect(due('The agency promised on January 5, 2025 to finish the review.')).toBeNull();
    expect(due('The report was due by February 1, 2025 but never arrived.')).toBeNull();
    expect(due('Thank you for your letter of March 1, 2025.')).toBeNull();
  });

  it('returns the first stated deadline', () => {
    expect(due('Please provide the documents by April 1, 2025, and brief our staff by April 15, 2025.')).toBe('2025-04-01');
  });

  it.each([
    ['We ask that staff brief our offices by March 10, 2025. Please answer the questions below by March 24, 2025.', '2025-03-24'],
    ['Please brief Committee staff no later than March 10, 2025, and provide written responses by March 24, 2025.', '2025-03-24'],
    ['We ask that your representatives meet with our staff by March 12, 2025. We also ask that you provide, by March 28, 2025, the data.', '2025-03-28'],
    ['The documents should be produced by March 28, 2025, and officials should brief our staff by March 14, 2025.', '2025-03-28'],
  ])('prefers the date for written answers or documents over a briefing date: "%s"', (body, expected) => {
    expect(due(body)).toBe(expected);
  });

  it('falls back to the briefing date when no written deadline is given', () => {
    expect(due('Please brief our staff by March 14, 2025, on the recall.')).toBe('2025-03-14');
    expect(due('Please provide a briefing to our staff by March 14, 2025.')).toBe('2025-03-14');
  });

  it('reads a briefing on "the agency\'s response" as a briefing, not a written answer', () => {
    expect(
      due('We request that officials brief our staff on the agency\'s response to the outages no later than March 14, 2025. Please provide written answers by March 28, 2025.'),
    ).toBe('2025-03-28');
  });

  it.each([
    ['Responses due: March 19, 2025', '2025-03-19'],
    ['Response Deadline: Friday, May 9, 2025', '2025-05-09'],
    ['RESPONSES DUE: April 4, 2025', '2025-04-04'],
    ['Deadline for responses: 3/31/2025', '2025-03-31'],
    ['Questions for the Record Responses due by: March 21, 2025', '2025-03-21'],
    ['Hearing date: March 3, 2025 | Responses due: March 17, 2025', '2025-03-17'],
  ])('reads a header field "%s"', (field, expected) => {
    const text = ['Questions for the Record', 'Hearing of March 3, 2025', field, 'Senator Lee', '1. How many staff?'].join('\n');
    expect(extractQuestions(text, { sentOn: '2025-03-05' }).dueOn).toBe(expected);
  });

  it('does not take a header field for the letter\'s own date', () => {
    const paras = ['Questions for the Record', 'Responses due: March 19, 2025', 'March 5, 2025', 'Dear Director Lee:'].map((text) => ({ text }));
    expect(findLetterDate(paras)).toEqual({ y: 2025, m: 3, d: 5 });
  });
});
