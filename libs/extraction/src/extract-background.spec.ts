import { isNarrative, isRhetorical } from './background.js';
import { classifySentence } from './classifier.js';
import { extractQuestions } from './index.js';
import { letter } from './sample-letter.spec-helper.js';

const texts = (text: string) => extractQuestions(text, { sentOn: '2025-05-06' }).questions.map((q) => q.text);

describe('rhetorical questions by their shape', () => {
  it.each([
    'Can anyone honestly claim that the shelters are ready for another winter?',
    'How many more missed inspections will it take before the bureau acts?',
    'How many failed audits will it take before someone is held responsible?',
    'How can a tenant plan ahead when she cannot even reach the office by phone?',
    'Why should residents trust the hotline if it does not even record their calls?',
  ])('reads "%s" as asked for effect', (q) => {
    expect(isRhetorical(q, false)).toBe(true);
  });

  it.each([
    'How many months will the bureau need to finish the review?',
    'How can a shelter apply for the emergency grant?',
    'Can the bureau say when the new inspectors will start?',
  ])('keeps the plain question "%s"', (q) => {
    expect(isRhetorical(q, false)).toBe(false);
  });

  it('drops a lone rhetorical paragraph before the questions but keeps the questions', () => {
    expect(
      texts(
        letter([
          'Two shelters lost heat for a week in January.',
          'How many cold nights will it take before this is treated as an emergency?',
          'Please answer the following questions:',
          '1. How many shelters did the bureau inspect in 2024?',
          '2. What did the inspections find?',
        ]),
      ),
    ).toEqual(['How many shelters did the bureau inspect in 2024?', 'What did the inspections find?']);
  });
});

describe('timelines of dated events', () => {
  it.each([
    'January 2024: a resident was hurt when a stairway railing gave way;',
    'March 5, 2024 - the county closed the east wing after an inspection;',
    'Oct. 2023: two caseworkers resigned after complaints went unanswered.',
    'March 4: the operator closed the intake desk for the weekend;',
  ])('reads the dated entry "%s" as narrative', (t) => {
    expect(isNarrative(t)).toBe(true);
  });

  it('keeps a year-by-year data item, which tells no event', () => {
    expect(isNarrative('June 2024: the number of beds available at each shelter;')).toBe(false);
  });

  it('drops a dash-bulleted timeline that a sentence about records introduces', () => {
    expect(
      texts(
        letter([
          'Inspection records and information from former staff describe a series of events at the Eastside shelter:',
          '- January 2024: a resident was hurt when a stairway railing gave way;',
          '- April 2024: the fire marshal cited the shelter for blocked exits; and',
          '- June 2024: the operator dismissed the night manager.',
          'Please explain what the bureau did after each of these events.',
        ]),
      ),
    ).toEqual(['Please explain what the bureau did after each of these events.']);
  });
});

describe('courtesies', () => {
  it.each(['Please convey my thanks to the audit team for its careful work.', 'Please also extend our sincere appreciation to the regional staff.'])(
    'reads "%s" as no ask',
    (s) => {
      expect(classifySentence(s)).toBe('N');
    },
  );

  it('leaves a letter of thanks without asks', () => {
    expect(texts(letter(['Your report on shelter safety was thorough and timely.', 'Please pass along our gratitude to the inspectors who visited the shelters.']))).toEqual([]);
  });
});

describe('a question paragraph before a list', () => {
  it('keeps a one-question paragraph between background paragraphs, list or not', () => {
    expect(
      texts(
        letter([
          'Residents told us that the shelter turned away families on the coldest nights of the year.',
          'Has the bureau reviewed the operator\'s intake records for January?',
          'To understand what happened, we ask that you answer the following questions:',
          '1. How many families were turned away in January?',
          '2. What guidance did the bureau give the operator?',
        ]),
      ),
    ).toEqual([
      'Has the bureau reviewed the operator\'s intake records for January?',
      'How many families were turned away in January?',
      'What guidance did the bureau give the operator?',
    ]);
  });

  it('keeps such a question when the letter has no list', () => {
    expect(
      texts(
        letter([
          'Residents told us that the shelter turned away families on the coldest nights of the year.',
          'Has the bureau reviewed the operator\'s intake records?',
          'We look forward to your reply.',
        ]),
      ),
    ).toEqual(['Has the bureau reviewed the operator\'s intake records?']);
  });
});
