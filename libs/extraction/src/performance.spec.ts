import { pdfLetter } from '../eval/long-letter.js';
import { extractQuestions } from './index.js';

describe('extractQuestions on a long letter', () => {
  it('handles a ~20-page letter (60,000+ characters) quickly', () => {
    const background =
      'The agency awarded several contracts during the period under review, and our staff has examined the records that were made available to the Committee. ';
    const parts = ['June 2, 2025', 'Dear Director Lee:'];
    for (let s = 1; s <= 12; s++) {
      parts.push(background.repeat(23));
      parts.push(`Section ${s} Questions`);
      for (let q = 1; q <= 15; q++) parts.push(`${q}. How many contracts in group ${s} were modified after award, and why? Please provide the modification files.`);
    }
    parts.push('Please respond within 30 days.', 'Sincerely,', 'Committee Chair');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(60000);
    const started = performance.now();
    const r = extractQuestions(text);
    const elapsed = performance.now() - started;
    expect(r.questions).toHaveLength(180);
    expect(r.dueOn).toBe('2025-07-02');
    // Generous bound only to catch pathological regressions (e.g. catastrophic regex backtracking).
    expect(elapsed).toBeLessThan(500);
  });
});

describe('extractQuestions on a long PDF-converted letter', () => {
  it('handles ~20 pages with form feeds, running headers, footers and footnotes quickly', () => {
    const text = pdfLetter();
    expect(text.length).toBeGreaterThan(70000);
    expect(text.split('\f').length).toBeGreaterThanOrEqual(20);
    extractQuestions(text);
    const started = performance.now();
    const r = extractQuestions(text);
    const elapsed = performance.now() - started;
    expect(r.questions).toHaveLength(180);
    expect(r.questions.every((q) => /^\d+$/.test(q.label ?? '') && q.text.endsWith('Please provide the modification files.'))).toBe(true);
    expect(r.dueOn).toBe('2025-07-02');
    // Generous bound only to catch pathological regressions; see eval/bench-extraction.ts for timings.
    expect(elapsed).toBeLessThan(500);
  });
});

describe('extractQuestions on hostile input', () => {
  it.each([
    ['a run of question marks', '?'.repeat(100_000)],
    ['a run of "by"', 'by '.repeat(40_000)],
    ['unbalanced quotes', '"'.repeat(100_000)],
    ['many enumerators on one line', '1. '.repeat(50_000)],
    ['many short lines', 'a\n'.repeat(100_000)],
    ['many form feeds and page numbers', '- 1 -\n\f'.repeat(20_000)],
    ['many footnote-like lines', 'x1\n1 See y\n'.repeat(20_000)],
    ['many hyphenated line ends', 'abc-\ndef\n'.repeat(30_000)],
    ['many running headers', 'Page 2\nThe Honorable X\nMarch 3, 2025\n'.repeat(15_000)],
    ['many items all numbered 1.', '1. Some background.\n\n'.repeat(40_000)],
    ['many labels printed alone', 'Question 1:\n\nSome background.\n\n'.repeat(20_000)],
    ['a long briefing lead-in', 'Please brief us ' + 'and '.repeat(30_000) + 'the following:'],
    ['one long wrapped paragraph', ('word '.repeat(15) + '\n').repeat(20_000)],
  ])('stays linear on %s', (_name, text) => {
    const started = performance.now();
    expect(() => extractQuestions(text)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
