import { contextKind, kindOf, objectKind } from './classifier.js';
import { extractQuestions } from './index.js';

describe('kind of a request for an estimate or analysis', () => {
  it.each([
    [' any internal estimates or analyses the bureau has prepared since 2020 of unreported outages.'],
    [" the program's most recent life-cycle cost estimate and the schedule."],
    [' the estimate prepared by the contractor in 2023.'],
  ])('reads an estimate already on file as a record:%s', (words) => {
    expect(objectKind(words)).toBe('doc');
  });

  it.each([[' an estimate of the number of households affected.'], [' an explanation of the process developed by the vendor.']])(
    'reads information still to be composed as information:%s',
    (words) => {
      expect(objectKind(words)).toBe('info');
    },
  );

  it('gives the request sentences their kinds', () => {
    expect(kindOf('Please provide any internal estimates the agency has prepared of the backlog.')).toBe('document_request');
    expect(kindOf('Please provide an estimate of the backlog at each office.')).toBe('question');
  });
});

describe('kind of list items by their lead-in', () => {
  it('reads an indirect question item as a question even when it names records', () => {
    expect(kindOf('how long the company retains raw location data and whether users can delete their data', 'question')).toBe('question');
    expect(kindOf('whether the agency keeps the contracts on file', null)).toBe('question');
  });

  it('reads the items of a production of "documents and information" as records', () => {
    expect(contextKind('Please produce the following documents and information by May 1:')).toBe('document_request');
    expect(contextKind('Please provide the following documents and information by May 1:')).toBeNull();
  });

  it('reads what a review is asked to examine as kind other', () => {
    expect(contextKind('We request that your office review the program. In particular, we ask that the review examine:')).toBe('other');
    expect(contextKind('We also ask that your audit address:')).toBe('other');
    expect(contextKind('In particular, the evaluation should examine:')).toBe('other');
  });

  it('takes the noun-phrase topics of an inspector general review as kind other', () => {
    const text = [
      'April 1, 2025',
      'The Honorable Lee Moe',
      'Inspector General',
      'Department of Example',
      'Dear Inspector General Moe:',
      'We request that your office conduct a review of the Department\'s grant monitoring. In particular, we ask that the review examine:',
      '(1) whether grantees report their spending accurately; and',
      '(2) any changes to Department policy that would improve monitoring.',
      'Sincerely,',
      'Pat Senator',
    ].join('\n');
    expect(extractQuestions(text).questions.map((q) => [q.label, q.kind])).toEqual([
      ['1', 'other'],
      ['2', 'other'],
    ]);
  });

  it('reads noun-phrase items under "produce the following documents and information" as document requests', () => {
    const text = [
      'April 1, 2025',
      'Ms. Ann Roe',
      'Chief Executive Officer',
      'Example Schools, Inc.',
      'Dear Ms. Roe:',
      'Please produce the following documents and information within 14 days:',
      '1) All recruiting scripts used since 2022.',
      '2) For each campus, the number of enrolled veterans in each term since 2022.',
      'Sincerely,',
      'Pat Senator',
    ].join('\n');
    expect(extractQuestions(text).questions.map((q) => q.kind)).toEqual(['document_request', 'document_request']);
  });
});
