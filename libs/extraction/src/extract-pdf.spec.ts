import { extractQuestions } from './index.js';
import { letter as sampleLetter } from './sample-letter.spec-helper.js';

const letter = (body: string[], after: string[] = []) => sampleLetter(body, after, { street: false });

const run = (text: string, sentOn = '2025-05-06') => extractQuestions(text, { sentOn });
const kinds = (text: string) => run(text).questions.map((q) => q.kind);
const texts = (text: string) => run(text).questions.map((q) => q.text);

/** A three-page letter as a PDF converter gives it: hard wraps, headers, footers, a footnote. */
const PDF_LETTER = [
  '                              United States Senate',
  '                              WASHINGTON, DC 20510',
  'June 2, 2025',
  '',
  'The Honorable Victor Osei',
  'Secretary of Transportation',
  'Washington, DC 20590',
  '',
  'Dear Secretary Osei:',
  'The Committee continues its oversight of the transportation of hazardous',
  'materials by rail. The derailments of the past three years have shown how a',
  'single failed bearing can become a regional emergency.1 Please respond to the',
  'following questions by June 30, 2025.',
  'I. Tank Cars',
  '1. How many older tank cars remain in flammable liquid service on main lines?',
  'II. Emergency Response',
  '1. Does the Department require railroads to notify local emergency responders',
  '   before hazardous materials shipments pass through their jurisdictions? If',
  '   so:',
  '    o What information must the notice contain?',
  '',
  '____________________',
  '1 National Transportation Safety Board, Railroad Investigation Report (2024).',
  '',
  '                                     - 1 -',
  '\fThe Honorable Victor Osei',
  'June 2, 2025',
  'Page 2',
  '',
  '    o How far in advance must it be given?',
  '2. What funding has the Department provided for hazardous materials training of',
  '   volunteer firefighters in each of the last two years?',
  '3. Please provide the most recent tank car fleet composition report submitted to',
  '   the Department by the Association of American Railroads.',
  '',
  '                                     - 2 -',
  '\fThe Honorable Victor Osei',
  'June 2, 2025',
  'Page 3',
  '',
  'In addition, we ask that Department officials brief Committee staff on the',
  'status of the tank car phase-out. We also urge you to expand training grants for',
  'volunteer fire departments in rural counties.',
  'Sincerely,',
  '',
  'Josephine Albrecht',
  'Chair',
].join('\n');

describe('extractQuestions on PDF-converted letters', () => {
  it('reads a list across page breaks: section labels, "o" bullets, the item before a footer, no footer asks', () => {
    const r = run(PDF_LETTER);
    expect(r.questions.map((q) => [q.label, q.kind])).toEqual([
      ['I.1', 'question'],
      ['II.1', 'question'],
      [null, 'question'],
      [null, 'question'],
      ['II.2', 'question'],
      ['II.3', 'document_request'],
      [null, 'briefing_request'],
      [null, 'other'],
    ]);
    expect(r.questions[4]!.text).toBe(
      'What funding has the Department provided for hazardous materials training of volunteer firefighters in each of the last two years?',
    );
    expect(r.questions.some((q) => /Page|Osei|Transportation Safety Board/.test(q.text))).toBe(false);
    expect(r.dueOn).toBe('2025-06-30');
  });

  it('reads "*" bullets in an enclosure behind the signatures, a page header and title lines', () => {
    const r = run(
      letter(
        ['Please answer the questions in the enclosure by June 2, 2025.'],
        ['\fThe Honorable Jane Roe', 'May 6, 2025', 'Page 2', '', 'Enclosure', '', 'Questions for the Agency', 'Grant Oversight', '* How many grants were made?', '* Who approved them?'],
      ),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['How many grants were made?', 'Who approved them?']);
  });
});

describe('extractQuestions: background lists', () => {
  it('skips a numbered "Enclosures:" list after the signatures', () => {
    expect(texts(letter(['Please explain the delays.'], ['Enclosures:', '1. Review of Grant Delays, State Auditor (2024)', '2. Letter from grantees to the Committee (May 2, 2025)']))).toEqual([
      'Please explain the delays.',
    ]);
  });

  it('keeps the noun-phrase requests of an enclosure that also asks questions', () => {
    const r = run(letter(['Please answer the enclosed questions.'], ['Enclosure', '1. How many grants were late?', '2. All communications with grantees about late payments.']));
    expect(r.questions.map((q) => q.kind)).toEqual(['question', 'document_request']);
  });

  it('skips steps the letter commends and recommendations it supports, but keeps steps it urges', () => {
    const r = run(
      letter([
        'We commend the agency for the steps it announced in January, which include:',
        '• offering free scanning to every district;',
        '• hiring regional advisers.',
        'GAO made three recommendations, which the agency accepted:',
        '1. Develop performance measures for its services.',
        '2. Establish a process for sharing incident data.',
        'We urge you to take the following steps:',
        '1. Publish a schedule for completing each recommendation.',
      ]),
    );
    expect(r.questions).toEqual([{ label: '1', text: 'Publish a schedule for completing each recommendation.', kind: 'other' }]);
  });

  it('skips a list of dated past events', () => {
    expect(
      texts(
        letter([
          'Information from state officials shows how these outages unfold:',
          '▪ On March 4, 2024, a software update left 911 calls unanswered for three hours.',
          '▪ In June 2024, a fiber cut disconnected two call centers.',
          'Please explain what the company has changed since then.',
        ]),
      ),
    ).toEqual(['Please explain what the company has changed since then.']);
  });
});

describe('extractQuestions: rhetorical questions', () => {
  it('drops questions asked for effect, by wording or at the end of a background paragraph', () => {
    const r = run(
      letter([
        'Rural counties were undercounted again. Why should they bear the cost of errors they did nothing to cause?',
        'The outages followed a familiar pattern. Officials learned of them from residents. How are managers supposed to warn the public?',
        'Technicians flagged the expiring certificate in August. No one acted before it lapsed. Why did it take a statewide failure to replace it?',
        'How many more floods must the valley endure?',
        'How does the agency plan to improve its address list?',
      ]),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['How does the agency plan to improve its address list?']);
  });

  it('keeps a question put to the recipient at the end of a background paragraph', () => {
    expect(
      texts(letter(['One retiree was charged for eighteen months. The company staffed its line two hours a day. Is the Commission aware of how widespread these practices are?'])),
    ).toEqual(['Is the Commission aware of how widespread these practices are?']);
  });
});

describe('extractQuestions: prose asks and instructions', () => {
  it('keeps an inline (1), (2), (3) enumeration joined by commas as one document request', () => {
    const r = run(letter(['In addition, please provide (1) the contract modification, (2) the justification for the extension, and (3) any correspondence with the vendor.']));
    expect(r.questions).toEqual([
      {
        label: null,
        text: 'In addition, please provide (1) the contract modification, (2) the justification for the extension, and (3) any correspondence with the vendor.',
        kind: 'document_request',
      },
    ]);
  });

  it('leaves out response-format instructions', () => {
    expect(texts(letter(['Please answer separately for each affected agency.', 'Please explain the delays.']))).toEqual(['Please explain the delays.']);
  });

  it('keeps a request for records that refers back to the letter ("referenced above")', () => {
    expect(kinds(letter(['In addition, please provide the root cause analysis reports referenced above for each outage.']))).toEqual(['document_request']);
  });

  it('reads briefing requests worded "make ... available to brief" and "would welcome a briefing"', () => {
    expect(
      kinds(
        letter([
          'We also request that Lumina Networks make its representatives available to brief our staff on the company\'s plans for redundant call routing.',
          'We also request that the company brief our staff on its response to the outage by June 1, 2025.',
          'I would also welcome a briefing for my staff on the 2026 census test.',
          'We would also appreciate copies of the board presentations on overdraft revenue.',
        ]),
      ),
    ).toEqual(['briefing_request', 'briefing_request', 'briefing_request', 'document_request']);
  });
});

describe('extractQuestions: kinds', () => {
  it.each([
    ['Please provide the program\'s integrated master schedule and any schedule risk analysis.', 'document_request'],
    ['Because complaints are the first sign of a defect, we request that you produce all consumer complaints about ruptures.', 'document_request'],
    ['When did the Department learn of the component? Please provide a list of every office that uses the software.', 'question'],
  ])('classifies "%s" as %s', (sentence, kind) => {
    expect(kinds(letter(['Please answer the following:', `1. ${sentence}`]))).toEqual([kind]);
  });

  it('takes "If so, please provide the attestation ..." as a document request', () => {
    const r = run(letter(['Please answer the following:', '1. Did the vendor submit the required attestation?', 'a. If so, please provide the attestation and its supporting artifacts.']));
    expect(r.questions.map((q) => [q.label, q.kind])).toEqual([
      ['1', 'question'],
      ['1(a)', 'document_request'],
    ]);
  });

  it('takes "For the period from ..., all guidance ..." under a documents heading as a document request', () => {
    expect(kinds(letter(['Please respond by June 1.'], ['Documents Requested', '1. For the period from January 1, 2024, to the present, all guidance issued to servicers.']))).toEqual([
      'document_request',
    ]);
  });

  it('takes the topics of a request for an inspector general review as kind other', () => {
    const text = [
      'February 24, 2025',
      'The Honorable Lorraine Etheridge',
      'Inspector General',
      'Department of Veterans Affairs',
      'Dear Inspector General Etheridge:',
      'We request that your office conduct a review of the contract that examines the following matters:',
      '• whether the option year was supported by performance data;',
      '• the extent to which delays have affected care in rural areas.',
      'We also ask that your office brief our staff on the scope of the review.',
      'Sincerely,',
      'A. Senator',
    ].join('\n');
    expect(kinds(text)).toEqual(['other', 'other', 'briefing_request']);
  });
});

describe('dueOn in PDF letters', () => {
  it('ignores a compliance date in background prose when no response date is given', () => {
    expect(run(letter(['Under the rule, manufacturers are expected to certify compliance by March 1, 2026.', 'Please explain the delays.'])).dueOn).toBeNull();
  });

  it('reads a deadline broken by a page break', () => {
    const text = letter([
      'We ask that you provide the requested reports and responses no later than January',
      '',
      '                                     - 1 -',
      '\fThe Honorable Jane Roe',
      'Page 2',
      '',
      '10, 2026. Please explain the delays.',
    ]);
    expect(run(text).dueOn).toBe('2026-01-10');
  });
});
