import { extractQuestions } from './index.js';
import { letter } from './sample-letter.spec-helper.js';

const labels = (text: string) => extractQuestions(text).questions.map((q) => q.label);
const texts = (text: string) => extractQuestions(text).questions.map((q) => q.text);
const kinds = (text: string) => extractQuestions(text).questions.map((q) => q.kind);

describe('extractQuestions: numbered items', () => {
  it('reads "1." items after an introducing request, without the enumerator', () => {
    const r = extractQuestions(letter(['Please answer the following questions:', '1. How many grants were made?', '2. Who approved them?']));
    expect(r.questions).toEqual([
      { label: '1', text: 'How many grants were made?', kind: 'question' },
      { label: '2', text: 'Who approved them?', kind: 'question' },
    ]);
  });

  it('reads "1)" and "(1)" items', () => {
    expect(labels(letter(['Our questions are below.', '1) When did staff learn of it?', '2) What was done?']))).toEqual(['1', '2']);
    expect(labels(letter(['Our questions are below.', '(1) When did staff learn of it?', '(2) What was done?']))).toEqual(['1', '2']);
  });

  it('keeps an item whose number lost its period ("10 What ...")', () => {
    const items = Array.from({ length: 9 }, (_, i) => `${i + 1}. Question number ${i + 1} about the grants?`);
    const r = extractQuestions(letter(['Please answer these questions:', ...items, '10 What will the agency do next year?']));
    expect(r.questions).toHaveLength(10);
    expect(r.questions[9]).toEqual({ label: '10', text: 'What will the agency do next year?', kind: 'question' });
  });

  it('keeps a multi-sentence item as one entry', () => {
    expect(texts(letter(['Please answer:', '1. Was the data released? If so, when? Please explain the delay.']))).toEqual([
      'Was the data released? If so, when? Please explain the delay.',
    ]);
  });
});

describe('extractQuestions: sub-parts and sections', () => {
  it.each([
    ['a.', 'b.'],
    ['(a)', '(b)'],
    ['a)', 'b)'],
  ])('labels %s sub-parts under a parent that asks as 2(a), 2(b) and keeps the parent', (a, b) => {
    const r = extractQuestions(
      letter(['Please answer the following:', '1. Who decided?', '2. Has the office investigated? If so:', `${a} What did it find?`, `${b} When will it finish?`, '3. Why not?']),
    );
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2', '2(a)', '2(b)', '3']);
  });

  it('gives no entry to a parent that is only background', () => {
    const r = extractQuestions(letter(['Please answer the following:', '1. With respect to the waiver:', 'a. Who approved it?', 'b. On what basis?']));
    expect(r.questions.map((q) => q.label)).toEqual(['1(a)', '1(b)']);
  });

  it('labels items under Roman-numeral sections whose numbering restarts', () => {
    const r = extractQuestions(
      letter(['Please respond to these questions.', 'I. Staffing', '1. How many staff?', '2. How many vacancies?', 'II. Budget', '1. What was spent?']),
    );
    expect(r.questions.map((q) => q.label)).toEqual(['I.1', 'I.2', 'II.1']);
  });

  it('labels items under lettered section headings as A.1', () => {
    const r = extractQuestions(letter(['Please respond to these questions.', 'A. Telephone Service', '1. How many calls?', 'B. Backlogs', '1. How many returns?']));
    expect(r.questions.map((q) => q.label)).toEqual(['A.1', 'B.1']);
  });

  it.each(['*', '-', '•'])('reads "%s" bullets under unnumbered headings with null labels', (bullet) => {
    const r = extractQuestions(
      letter(['Please respond to the questions below.', 'Staffing Levels', `${bullet} How many controllers are on board?`, 'Training', `${bullet} How long does certification take?`]),
    );
    expect(r.questions).toEqual([
      { label: null, text: 'How many controllers are on board?', kind: 'question' },
      { label: null, text: 'How long does certification take?', kind: 'question' },
    ]);
  });

  it('labels items of a list written inline in a paragraph', () => {
    const r = extractQuestions(letter(['Please provide: (1) all memoranda on the licence; (2) a description of its conditions; and (3) an explanation of its monitoring.']));
    expect(r.questions.map((q) => [q.label, q.kind])).toEqual([
      ['1', 'document_request'],
      ['2', 'question'],
      ['3', 'question'],
    ]);
  });
});

describe('extractQuestions: prose', () => {
  it('takes each unnumbered question paragraph after an intro as one entry', () => {
    const r = extractQuestions(
      letter(['I request the following information:', 'Which offices collect this data? Under what authority?', 'How long is the data kept?']),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['Which offices collect this data? Under what authority?', 'How long is the data kept?']);
  });

  it('finds requests in prose and classifies them', () => {
    const r = extractQuestions(
      letter([
        'Please provide copies of the inspection reports for each plant. We also ask that you brief Committee staff on the recall.',
        'Finally, we urge you to restore unannounced inspections. Did the agency consider doing so earlier?',
      ]),
    );
    expect(r.questions.map((q) => q.kind)).toEqual(['document_request', 'briefing_request', 'other', 'question']);
  });

  it('skips reply logistics and statements of purpose', () => {
    const r = extractQuestions(
      letter([
        'We write to request information about the program.',
        'Please provide your answers to these questions by June 1, 2025. If you have any questions, please contact my staff.',
      ]),
    );
    expect(r.questions).toEqual([]);
  });

  it('drops soft prose that only previews a list, but keeps prose asks after it', () => {
    const r = extractQuestions(
      letter([
        'We would like to know how many grants were made and to whom.',
        'Accordingly, please answer the following:',
        '1. How many grants were made in 2024?',
        'We also ask that you brief our staff on the audit.',
      ]),
    );
    expect(r.questions.map((q) => q.kind)).toEqual(['question', 'briefing_request']);
  });
});

describe('extractQuestions: attachments and non-asks', () => {
  it('reads questions in an attachment after the signatures', () => {
    const r = extractQuestions(letter(['Please answer the questions in the attachment.'], ['Attachment: Questions', '1. How many work orders are open?', '2. What fees were paid?']));
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2']);
  });

  it('leaves out numbered findings and background lists', () => {
    const r = extractQuestions(
      letter(['Our review found that:', '1. Referrals waited nineteen days.', '2. Staff lacked guidance.', 'Please answer the following:', '1. Why were referrals delayed?']),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['Why were referrals delayed?']);
  });

  it('leaves out quoted poll questions', () => {
    const r = extractQuestions(letter(['Asked "Do you trust the agency?", 52 percent said yes.', 'A survey reported the following:', '• Asked "Is it safe?", 71 percent agreed.']));
    expect(r.questions).toEqual([]);
  });

  it('leaves out addresses, signatures, cc lines, footnotes and response instructions', () => {
    const r = extractQuestions(
      letter(['Please answer: 1) Why was it late? 2) Who knew?'], ['cc: The Honorable Ann Lee', 'Responding to Committee Document Requests', '1. Produce all responsive documents in electronic form.', '2. Provide a privilege log.', '1 See GAO-24-101, at 3.']),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['Why was it late?', 'Who knew?']);
  });

  it('handles empty and list-free text', () => {
    expect(extractQuestions('')).toEqual({ questions: [], dueOn: null });
    expect(extractQuestions('Thank you for your service.').questions).toEqual([]);
  });

  it('reads hard-wrapped paragraphs separated by blank lines', () => {
    const text = [
      'March 3, 2025', '', 'Dear Commissioner Grant:', '',
      'We write to follow up on the hearing about the filing season. Taxpayers waited',
      'for hours on the telephone and the agency has not explained why this happened.', '',
      'Please respond to the following questions on or before March 31, 2025.', '',
      '1. What was the level of service on the main line for each week of the filing',
      '   season in 2025?', '',
      '2. How many amended returns were awaiting processing at the end of April in',
      '   that year?', '',
      'Sincerely,', '', 'Harold Whitcomb',
    ].join('\n');
    const r = extractQuestions(text);
    expect(r.questions.map((q) => q.text)).toEqual([
      'What was the level of service on the main line for each week of the filing season in 2025?',
      'How many amended returns were awaiting processing at the end of April in that year?',
    ]);
    expect(r.dueOn).toBe('2025-03-31');
  });

  it('keeps document requests written as noun phrases under a documents intro', () => {
    expect(kinds(letter(['Please produce the following documents:', 'a. Employment contracts;', 'b. Severance plan details; and', 'c. Board minutes.']))).toEqual([
      'document_request',
      'document_request',
      'document_request',
    ]);
  });
});

describe('extractQuestions: questions for the record', () => {
  it('keeps items that follow a page break in a document with no salutation', () => {
    const text = [
      'Questions for the Record',
      'Senator Lee',
      '',
      '1. How many inspections did the agency conduct in 2024, and how many found',
      '   violations that required corrective action by the operator?',
      '',
      '2. How many inspectors does the agency employ today?',
      '',
      '                                Page 1 of 2',
      '\f3. What is the agency\'s target for the number of inspectors it needs?',
      '',
      'Senator Roe',
      '',
      '4. When will the agency publish its inspection data?',
      '',
      '                                Page 2 of 2',
    ].join('\n');
    expect(labels(text)).toEqual(['1', '2', '3', '4']);
  });

  const qfr = [
    'Senate Committee on Commerce',
    'Questions for the Record',
    'Responses due: March 19, 2025',
    'Please restate each question in full, followed by your answer.',
    'Chair Morales',
    '1. How many communities lost service in 2024?',
    '2. Has the Department evaluated the subsidy cap? Please explain.',
    'Senator Pruitt',
    '3. You testified that guidance would be published this summer. When will it be released?',
    '4. Some communities have asked to convert their subsidy into a grant.',
    'a) How many have applied?',
    'b) How many were approved?',
    'Senator Okafor',
    '5. Please provide the Department\'s analysis of pilot requirements.',
  ].join('\n');

  it('continues the numbering across members\' name headings as one list', () => {
    const r = extractQuestions(qfr, { sentOn: '2025-03-05' });
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2', '3', '4(a)', '4(b)', '5']);
  });

  it('keeps background-then-question items and "please explain" items whole', () => {
    const r = extractQuestions(qfr, { sentOn: '2025-03-05' });
    expect(r.questions[1]!.text).toBe('Has the Department evaluated the subsidy cap? Please explain.');
    expect(r.questions[2]!.text).toBe('You testified that guidance would be published this summer. When will it be released?');
    expect(r.questions[5]!.kind).toBe('document_request');
  });

  it('reads the "Responses due:" field and leaves out the answer-format instruction', () => {
    const r = extractQuestions(qfr, { sentOn: '2025-03-05' });
    expect(r.dueOn).toBe('2025-03-19');
    expect(r.questions.some((q) => /restate/i.test(q.text))).toBe(false);
  });

  it.each([
    'Please number each answer to correspond to the question it answers.',
    'Please provide answers in a Word document, with each answer directly below the question it responds to.',
    'All responses should be submitted in a single document in the order the questions appear.',
    'Please repeat each question before your response.',
    'Please limit each answer to 300 words.',
    'Please send your responses to the Committee clerk at clerk@example.gov.',
    'Please identify the question number with each answer.',
  ])('treats "%s" as an instruction, not an ask', (instruction) => {
    const r = extractQuestions(['Questions for the Record', instruction, 'Senator Lee', '1. How many staff?'].join('\n'));
    expect(r.questions.map((q) => q.text)).toEqual(['How many staff?']);
  });

  it('still restarts numbering that restarts under a heading', () => {
    const r = extractQuestions(['Questions for the Record', 'Senator Lee', '1. How many staff?', '2. Why?', 'Senator Roe', '1. When?', '2. Who decided?'].join('\n'));
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2', '1', '2']);
  });

  it('continues numbering after an interrupting paragraph of background', () => {
    const r = extractQuestions(
      letter(['Please answer the following:', '1. How many staff?', '2. How many vacancies?', 'We are also concerned about the plan to move the office.', '3. When will the office move?']),
    );
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2', '3']);
  });
});

describe('extractQuestions: lettered parents and sections', () => {
  it('labels roman sub-parts of a lettered lead-in as B(i), not B.i', () => {
    const r = extractQuestions(
      letter(['Please answer the following:', 'A. Regarding staffing:', 'i. How many staff?', 'ii. How many vacancies?', 'B. For the programs that ended:', 'i. Which ended?', 'C. Will the office reopen?']),
    );
    expect(r.questions.map((q) => q.label)).toEqual(['A(i)', 'A(ii)', 'B(i)', 'C']);
  });

  it('keeps A.1 for items under a lettered section title', () => {
    expect(labels(letter(['Please answer the following:', 'A. Staffing', '1. How many staff?', 'B. Budget', '1. What was spent?']))).toEqual(['A.1', 'B.1']);
  });
});

describe('extractQuestions: background lists', () => {
  it('leaves out recommendations a report makes ("the report recommends that the Department:")', () => {
    const r = extractQuestions(
      letter([
        'The report recommends that the Department:',
        '• consider whether to require schedulers to record the date of the request;',
        '• develop a recruitment plan; and',
        '• establish a monthly review of referrals.',
        'Please answer the following questions:',
        '1. When will the corrective actions be complete?',
      ]),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['When will the corrective actions be complete?']);
  });

  it.each([
    ['Among other things, the statute requires the Office to:'],
    ['The Act directs the Secretary to:'],
    ['Under section 1013, the Bureau must:'],
  ])('leaves out the statutory duties listed after "%s"', (intro) => {
    const r = extractQuestions(
      letter([
        intro,
        '(a) develop initiatives to educate consumers, 12 U.S.C. § 5493(d)(1);',
        '(b) coordinate its work with the Commission, 12 U.S.C. § 5493(d)(3); and',
        '(c) provide opportunities for financial counseling, 12 U.S.C. § 5493(d)(2).',
        'Please answer the following:',
        '1. How many staff work in the Office?',
      ]),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['How many staff work in the Office?']);
  });

  it('keeps a list the letter itself recommends or demands', () => {
    expect(kinds(letter(['In addition, we recommend that you:', '• extend the filing deadline;', '• publish plain-language guidance.']))).toEqual(['other', 'other']);
    expect(kinds(letter(['We request that the Bureau:', '• publish its enforcement data;', '• restore the hotline.']))).toEqual(['other', 'other']);
  });
});

describe('extractQuestions: citations and answered questions', () => {
  it('leaves out endnotes whose cited titles ask questions', () => {
    const r = extractQuestions(
      letter(
        ['Please answer the following questions:', '1. How many complaints were received?', '2. How many cases were brought?'],
        [
          '1 Maya Lind, “Why Is It So Hard to Cancel? Inside the Subscription Trap,” The Ledger, Jan. 12, 2025, https://ledger.example/cancel.',
          '2 Consumer Alliance, “Is Anyone Enforcing the Rules? After the Ruling,” Policy Brief No. 14, Nov. 2024.',
          '3 Jane Roe, Who Pays? The Hidden Cost of Skimming (Policy Institute, 2024).',
          '4 “Are Our Bridges Safe? A Review of Inspections,” The Courier, Mar. 2, 2025, https://courier.example/bridges.',
        ],
      ),
    );
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2']);
  });

  it('does not cut a sentence at a question mark inside a quoted title', () => {
    const r = extractQuestions(
      letter(['At the hearing entitled "Who Is Watching the Watchers? Oversight of Inspectors General," you said audits would resume. When will they resume?']),
    );
    expect(r.questions.map((q) => q.text)).toEqual(['When will they resume?']);
  });

  it.each([
    ['Who bears the cost when a train blocks a crossing? Too often it is a child who cannot get to school.'],
    ['Is that acceptable? It is not.'],
    ['What did the Department do once the error was found? Very little, at first.'],
    ['Has the agency told the public which offices will close? It has not.'],
  ])('leaves out a question the writers answer themselves: "%s"', (para) => {
    expect(extractQuestions(letter([para])).questions).toEqual([]);
  });

  it('leaves out a question answered at the start of the next paragraph ("Because ...")', () => {
    const r = extractQuestions(letter(['Why does this matter?', 'Because families cannot wait for their benefits. Please explain when payments will resume.']));
    expect(r.questions.map((q) => q.text)).toEqual(['Please explain when payments will resume.']);
  });

  it('keeps a question followed by context that does not answer it', () => {
    const r = extractQuestions(letter(['Who authorized the payments? No one at the agency could tell our staff when we asked in March.']));
    expect(r.questions.map((q) => q.text)).toEqual(['Who authorized the payments?']);
  });
});

describe('extractQuestions: kinds', () => {
  it('reads the object of "provide" past an interjected deadline ("provide, by May 1, 2025, the data")', () => {
    expect(kinds(letter(['We also ask that you provide, by May 1, 2025, the Department\'s data on replaced benefits in each state.']))).toEqual(['document_request']);
  });
});

describe('extractQuestions: attachments', () => {
  it('reads a document list whose lead-in after the signature gives a date range', () => {
    const r = extractQuestions(
      letter(
        ['Please produce the documents listed in the attachment by May 30, 2025.'],
        [
          'Attachment',
          'Please produce the following documents for the period from January 1, 2022, to the present:',
          '- All policies used to set reimbursement amounts.',
          '- All contracts with the ten largest plan sponsors.',
        ],
      ),
    );
    expect(r.questions.map((q) => q.kind)).toEqual(['document_request', 'document_request']);
  });
});

describe('extractQuestions: worded labels', () => {
  it('reads "Question 2:" and "Q2." as items labelled by their number, and labels sub-parts under them', () => {
    expect(labels(letter(['Please answer the following questions:', 'Question 1: How many inspectors were hired?', 'Question 2: Why was the office closed?']))).toEqual([
      '1',
      '2',
    ]);
    expect(
      labels(letter(['Please answer the following questions:', 'Q1. How many inspectors were hired?', 'Q2. Was the office closed? If so:', '(i) Who decided?', '(ii) When?'])),
    ).toEqual(['1', '2', '2(i)', '2(ii)']);
  });

  it('joins a label printed alone to its background paragraph and the question that follows it', () => {
    const r = extractQuestions(
      letter([
        'Our questions follow.',
        'Question 1:',
        'How many inspectors were hired in 2024?',
        'Question 2:',
        'Last spring the regional office stopped answering its hotline after 3 p.m.',
        'Why was the schedule changed, and who approved it?',
        'Finally, we urge you to restore the full hotline schedule.',
      ]),
    );
    expect(r.questions).toEqual([
      { label: '1', text: 'How many inspectors were hired in 2024?', kind: 'question' },
      {
        label: '2',
        text: 'Last spring the regional office stopped answering its hotline after 3 p.m. Why was the schedule changed, and who approved it?',
        kind: 'question',
      },
      { label: null, text: 'Finally, we urge you to restore the full hotline schedule.', kind: 'other' },
    ]);
  });
});

describe('extractQuestions: more kinds', () => {
  it.each([
    ['Will the agency commit to briefing my staff on the new rule before it is issued?', 'briefing_request'],
    ['Can the Bureau commit to providing our offices with a briefing on the audit?', 'briefing_request'],
    ['I request that an official of the Bureau meet with me to discuss the closures.', 'briefing_request'],
    ['I request a copy of the most recent inspection report for the depot.', 'document_request'],
    ['The Committee also requests transcribed interviews of the two regional directors.', 'other'],
    ['Please provide for the record a table showing the number of claims denied in each state.', 'document_request'],
    ['Please provide monthly on-time delivery rates by region from March 1, 2023, to the present.', 'document_request'],
  ])('reads "%s" as %s', (sentence, kind) => {
    expect(kinds(letter([sentence]))).toEqual([kind]);
  });

  it('asks for an opinion with "I would appreciate your views on whether ..."', () => {
    expect(extractQuestions(letter(['I would also appreciate your views on whether the current fee schedule is sufficient.'])).questions).toEqual([
      { label: null, text: 'I would also appreciate your views on whether the current fee schedule is sufficient.', kind: 'question' },
    ]);
  });

  it('lets each item decide its kind under "the following documents and information"', () => {
    const r = extractQuestions(
      letter(['Please provide the following documents and information:', '1. All memoranda on the depot closures.', '2. A description of the criteria used to select the depots.']),
    );
    expect(r.questions.map((q) => q.kind)).toEqual(['document_request', 'question']);
  });

  it('asks for a briefing worded "brief our staff ... and answer the questions below"', () => {
    const r = extractQuestions(letter(['We ask that you brief our staff by June 2, 2025, and answer the questions below by June 16, 2025:', '1. How many depots closed?']));
    expect(r.questions.map((q) => q.kind)).toEqual(['briefing_request', 'question']);
  });

  it('asks for a briefing in the lead-in to a list of questions', () => {
    const r = extractQuestions(
      letter(['We request a briefing for our staff by June 2, 2025, and written answers to the following questions by June 16, 2025:', '1. How many depots closed?', '2. Who decided?']),
    );
    expect(r.questions.map((q) => [q.label, q.kind])).toEqual([
      [null, 'briefing_request'],
      ['1', 'question'],
      ['2', 'question'],
    ]);
    expect(r.dueOn).toBe('2025-06-16');
  });
});

describe('extractQuestions: background that looks like asks', () => {
  it('drops delivery logistics for a production', () => {
    expect(extractQuestions(letter(['Please produce all records of the closures.', 'When producing documents, please deliver three sets to the Committee clerk.'])).questions).toHaveLength(1);
  });

  it('drops reported findings placed among numbered questions', () => {
    const r = extractQuestions(
      letter([
        'We have the following questions and concerns:',
        '1. The agency\'s own audit reported 40 missed inspections at the Dayton depot in 2024.',
        '2. Why were those inspections missed?',
        '3. Drivers told our staff that they were never trained on the new scanners.',
        '4. What training do drivers now receive?',
      ]),
    );
    expect(r.questions.map((q) => q.label)).toEqual(['2', '4']);
  });

  it.each([
    ['Under the settlement, the agency agreed to: (1) close the old landfill; (2) test the wells each quarter; and (3) report the results to the county.'],
    ['Among other things, the statute and the implementing rules require each carrier to:\n1. maintain a written safety plan;\n2. train every driver on it.'],
    ['Under the law, each carrier must:\n1. publish a safety plan;\n2. consult the states.'],
    ['We were pleased that the agency accepted the audit\'s recommendations, which call on it to:\n1. Develop a staffing plan for each depot;\n2. Establish milestones for hiring.'],
  ])('drops a list of commitments, duties or recommendations: %s', (para) => {
    expect(extractQuestions(letter(para.split('\n'))).questions).toEqual([]);
  });

  it('keeps the items of what the recipient agreed to provide', () => {
    const r = extractQuestions(letter(['At the briefing, your staff agreed to provide the following:', '1. The depot closure schedule.', '2. The cost estimate for each closure.']));
    expect(r.questions.map((q) => q.label)).toEqual(['1', '2']);
  });

  it('reads "meet with us" as a briefing only when the writers ask for the meeting', () => {
    expect(kinds(letter(['Please explain why the regional director declined to meet with us in March.']))).toEqual(['question']);
  });

  it.each(['Is there any excuse for leaving travelers stranded overnight?', 'Who among us has not waited hours on hold with the agency?'])(
    'drops the rhetorical question "%s"',
    (q) => {
      expect(extractQuestions(letter([`Travelers deserve better than this. ${q}`])).questions).toEqual([]);
    },
  );

  it('takes the topics of a GAO review as kind other and drops the request the list restates', () => {
    const text = [
      'June 1, 2025',
      'The Honorable Alex Doe',
      'Comptroller General of the United States',
      'U.S. Government Accountability Office',
      'Dear Mr. Doe:',
      'Veterans in our states have waited months for replacement hearing aids.',
      'We therefore request that GAO review the supply of hearing aids to veterans. Specifically, we ask that GAO examine:',
      '1. the extent to which clinics track the time from order to delivery; and',
      '2. the processes by which veterans may report a faulty device.',
      'Sincerely,',
      'Pat Senator',
    ].join('\n');
    expect(extractQuestions(text).questions.map((q) => [q.label, q.kind])).toEqual([
      ['1', 'other'],
      ['2', 'other'],
    ]);
  });
});
