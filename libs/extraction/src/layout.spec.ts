import { joinHyphenated, stripPageFurniture, vocabularyOf } from './layout.js';
import { toParagraphs } from './text.js';

const kept = (raw: string) => stripPageFurniture(raw).map((l) => l.text.trim());
const paras = (raw: string) => toParagraphs(raw).map((p) => p.text);

/** Two pages of a hard-wrapped letter around whatever page furniture `brk` holds. */
function twoPages(brk: string[]): string {
  return [
    'March 3, 2025',
    '',
    'The Honorable Daniel Okafor',
    'Administrator',
    'Example Agency',
    'Washington, DC 20001',
    '',
    'Dear Administrator Okafor:',
    '',
    'We write about the agency\'s handling of the grant program described in recent',
    'reports from several states and ask that you answer the following questions:',
    '',
    '1. How many grants did the agency award in each of the last three fiscal years,',
    '   and how many of those grants went to applicants that had not submitted',
    ...brk,
    '   their required financial reports for earlier awards?',
    '2. Why has the agency not recovered any of the funds identified in the audit?',
    '',
    'Sincerely,',
    '',
    'Pat Senator',
  ].join('\n');
}

describe('stripPageFurniture', () => {
  it('drops a centred footer, form feed and a running header of name, date and page', () => {
    const lines = stripPageFurniture(
      twoPages(['', '                                     - 1 -', '\fThe Honorable Daniel Okafor', 'March 3, 2025', 'Page 2', '']),
    );
    const texts = lines.map((l) => l.text.trim());
    expect(texts).not.toContain('- 1 -');
    expect(texts).not.toContain('Page 2');
    expect(texts.filter((t) => t === 'The Honorable Daniel Okafor')).toHaveLength(1);
    expect(texts.filter((t) => t === 'March 3, 2025')).toHaveLength(1);
    const resumed = lines.find((l) => l.text.includes('their required financial reports'))!;
    expect(resumed.afterBreak).toBe(true);
  });

  it('drops "Page N of M" footers and headers when the converter kept no form feeds', () => {
    const texts = kept(twoPages(['', 'Page 1 of 2', 'Administrator Okafor', 'March 3, 2025', 'Page 2', '']));
    for (const gone of ['Page 1 of 2', 'Administrator Okafor', 'Page 2']) expect(texts).not.toContain(gone);
  });

  it('drops a header with no page number (the addressee and the date) after a form feed', () => {
    const texts = kept(twoPages(['\fThe Honorable Daniel Okafor', 'March 3, 2025', '']));
    expect(texts.filter((t) => t === 'The Honorable Daniel Okafor')).toHaveLength(1);
  });

  it('drops one-line headers and footers: "Name   Page 2", "Page 2 - Name", capitals-only footers', () => {
    expect(kept(twoPages(['', '       PRINTED ON RECYCLED PAPER', '\fThe Honorable Daniel Okafor                 Page 2', '']))).toEqual(
      expect.not.arrayContaining(['PRINTED ON RECYCLED PAPER', 'The Honorable Daniel Okafor                 Page 2']),
    );
    expect(kept(twoPages(['\fPage 2 - Administrator Okafor', '']))).not.toContain('Page 2 - Administrator Okafor');
    expect(kept(twoPages(['', 'Printed on Recycled Paper', '\f']))).not.toContain('Printed on Recycled Paper');
  });

  it('drops the footnotes at the bottom of a page, with or without a rule above them', () => {
    const cited = twoPages(['', '____________________', '1 See U.S. Gov\'t Accountability Office, GAO-24-1234, at 7', '(Mar. 2024).', '', '- 1 -', '\f']).replace(
      'several states and',
      'several states.1 We',
    );
    const texts = kept(cited);
    expect(texts.some((t) => t.includes('GAO-24-1234'))).toBe(false);
    expect(texts).not.toContain('(Mar. 2024).');
    const bare = twoPages(['', '1 Id. at 14.', '- 1 -', '\f']).replace('several states and', 'several states.1 We');
    expect(kept(bare)).not.toContain('1 Id. at 14.');
  });

  it('keeps numbered list items that merely sit at the bottom of a page', () => {
    const texts = kept(twoPages(['', '- 1 -', '\f']));
    expect(texts.some((t) => t.startsWith('1. How many grants'))).toBe(true);
    expect(texts.some((t) => t.startsWith('2. Why has the agency'))).toBe(true);
  });

  it('treats a bare number that interrupts a sentence as a page number', () => {
    expect(kept(twoPages(['', '1', '']))).not.toContain('1');
  });

  it('leaves text without page furniture alone', () => {
    const raw = 'Dear Sir:\nPlease answer.\n1. Why?\n';
    expect(kept(raw)).toEqual(['Dear Sir:', 'Please answer.', '1. Why?']);
  });
});

describe('joinHyphenated', () => {
  const vocab = vocabularyOf(['risk based review; organizations; the well-known rule; decision', 'an organiza-', 'tions list']);
  it.each([
    ['organiza', 'tions', 'organizations'],
    ['inspec', 'tions', 'inspections'],
    ['risk', 'based', 'risk-based'],
    ['well', 'known', 'well-known'],
    ['decision', 'making', 'decision-making'],
  ])('%s- + %s gives %s', (head, tail, want) => {
    expect(joinHyphenated(head, tail, vocab)).toBe(want);
  });
});

describe('toParagraphs on PDF text', () => {
  const wrapped = (body: string[]) =>
    [
      'Dear Secretary Lee:',
      'We write about the agency\'s handling of the grant program described in recent',
      'reports from several states. Please answer the following questions about it:',
      ...body,
      'Sincerely,',
    ].join('\n');

  it('ends a list item where the next paragraph starts, with no blank line between them', () => {
    const p = paras(
      wrapped([
        '1. How many grants did the agency award in each of the last three fiscal years?',
        '2. Why has the agency not recovered any of the funds identified by the audit?',
        'We also request that agency officials brief our staff on the audit findings and',
        'urge you to recover the funds without delay.',
      ]),
    );
    expect(p).toContain('2. Why has the agency not recovered any of the funds identified by the audit?');
    expect(p).toContain('We also request that agency officials brief our staff on the audit findings and urge you to recover the funds without delay.');
  });

  it('starts a paragraph at a first-line indent', () => {
    const p = paras([
      'Dear Secretary Lee:',
      '     We write about the agency\'s handling of the grant program described in recent',
      'reports from several states, which raise concerns about how awards were made.',
      '     Please provide the audit reports for each state and the agency\'s responses to',
      'each of them.',
      'Sincerely,',
    ].join('\n'));
    expect(p[2]).toMatch(/^Please provide the audit reports/);
  });

  it('rejoins hyphenated words, soft hyphens and ligatures', () => {
    const p = paras(
      wrapped([
        '1. How many grants went to organiza-',
        '   tions that had not filed reports with the of\ufb01ce of grants manage\u00ad',
        '   ment?',
      ]),
    );
    expect(p).toContain('1. How many grants went to organizations that had not filed reports with the office of grants management?');
  });

  it('keeps an inline (1), (2), (3) run in its paragraph when the wrap puts a mark at a line start', () => {
    const p = paras(
      wrapped([
        'In addition, please provide the records the agency used to make these awards:',
        '(1) the scoring sheets for each application, (2) the panel recommendations, and',
        '(3) the final decision memoranda.',
      ]),
    );
    expect(p.some((t) => t.startsWith('In addition, please provide') && t.includes('(3) the final decision memoranda.'))).toBe(true);
  });

  it('keeps an inline 1), 2) run together when "2)" wraps to a line start', () => {
    const p = paras(
      wrapped([
        'In addition, please provide the records the agency used to make the awards: 1) the',
        'scoring sheets for each application, the reviewers\' notes and their comments,',
        '2) the panel recommendations, and 3) the final decision memoranda for each award.',
      ]),
    );
    expect(p.some((t) => t.startsWith('In addition') && t.endsWith('for each award.'))).toBe(true);
  });

  it('carries a wrapped citation line on into its item, even when the next line starts an item', () => {
    const p = paras(
      wrapped([
        '1. investigate and gather data regarding the wages, hours and other conditions',
        '   of employment, 29 U.S.C. § 211(a);',
        '2. issue orders declaring occupations particularly hazardous for minors, 29',
        '   U.S.C. § 203(l); and',
        '3. assess civil money penalties for child labor violations, 29 U.S.C. § 216(e).',
      ]),
    );
    expect(p).toContain('2. issue orders declaring occupations particularly hazardous for minors, 29 U.S.C. § 203(l); and');
    expect(p).toContain('3. assess civil money penalties for child labor violations, 29 U.S.C. § 216(e).');
  });

  it('still reads a short title line right before a list as that list\'s heading', () => {
    const p = paras(wrapped(['1. How many grants did the agency award in each of the last three fiscal years?', 'Senator Okafor', '2. Why were the funds not recovered?']));
    expect(p).toContain('Senator Okafor');
  });

  it('joins a deadline broken across a page: "January" / header / "10, 2025."', () => {
    const p = paras(
      [
        'Dear Secretary Lee:',
        'We write about the agency\'s handling of the grant program described in recent',
        'reports. Please provide the requested documents and answers no later than January',
        '',
        '                                     - 1 -',
        '\fSecretary Lee',
        'Page 2',
        '',
        '10, 2025. Thank you for your attention to this matter.',
        'Sincerely,',
      ].join('\n'),
    );
    expect(p.some((t) => t.includes('no later than January 10, 2025.'))).toBe(true);
  });
});
