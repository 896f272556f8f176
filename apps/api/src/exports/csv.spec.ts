import { csvField, csvLine } from './csv.js';
import { prefersCsv } from './csv-negotiation.js';

describe('CSV cells', () => {
  it.each([
    ['=1+2', "'=1+2"], ['+1', "'+1"], ['-1', "'-1"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', "\"'\rx\""],
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'], [' padded ', '" padded "'], ['', ''],
  ])('%j is written %j', (value, written) => expect(csvField(value)).toBe(written));

  it('writes numbers as numbers, nulls as empty cells, dates in ISO 8601', () => {
    expect(csvLine([-3, null, undefined, new Date('2025-04-17T12:00:00Z'), 0])).toBe('-3,,,2025-04-17T12:00:00.000Z,0\r\n');
  });
});

describe('Accept negotiation', () => {
  it.each([
    ['text/csv', true], ['text/csv, application/json', false], ['application/json;q=0.5, text/csv', true], ['text/*', true],
    ['*/*', false], ['application/json', false], [undefined, false], ['text/csv;q=0', false], ['text/html, */*;q=0.1', false],
  ])('%s prefers CSV: %s', (accept, csv) => expect(prefersCsv(accept)).toBe(csv));
});
