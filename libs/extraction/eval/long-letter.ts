/**
 * Synthetic long letters for timing: a ~20-page letter as a PDF converter gives it (hard wraps
 * at 80 columns, form feeds, running headers, centred footers, footnotes at page bottoms,
 * hyphenated line ends) and the same content one paragraph per line.
 */

const BACKGROUND = [
  'The agency awarded several contracts during the period under review, and our staff has examined the records that were made available to the Committee.',
  'Those records include correspondence with contractors, the results of inspections conducted by regional offices, and the agency\'s own audit reports.',
  'In several cases the contracting officer approved a modification on the same day it was requested, without the independent cost estimate that agency policy requires.',
  'Contractors told our staff that they were encouraged to submit modifications rather than new proposals because the review took less time.',
  'We are concerned that these practices have increased costs to taxpayers and weakened competition for agency work.',
];

function wrap(text: string, width: number, first = '', cont = ''): string[] {
  const out: string[] = [];
  let line = first;
  let has = false;
  for (const word of text.split(' ')) {
    if (has && line.length + 1 + word.length > width) {
      out.push(line);
      line = cont + word;
    } else line += (has ? ' ' : '') + word;
    has = true;
  }
  if (has) out.push(line);
  return out;
}

/** Paragraphs of the letter: each section has background, a heading and fifteen numbered questions. */
function paragraphs(sections: number): { text: string; item?: string }[] {
  const out: { text: string; item?: string }[] = [{ text: 'June 2, 2025' }, { text: 'The Honorable Lee Park' }, { text: 'Dear Director Park:' }];
  for (let s = 1; s <= sections; s++) {
    for (let k = 0; k < 5; k++) {
      const sentences = [0, 1, 2, 3].map((j) => BACKGROUND[(j + k + s) % BACKGROUND.length]!);
      out.push({ text: `${sentences.join(' ')} Our review of group ${s} found problems${k === 0 ? ` like these.${s}` : '.'}` });
    }
    out.push({ text: `Section ${s} Questions` });
    for (let q = 1; q <= 15; q++) {
      out.push({
        item: `${q}.`,
        text: `How many contracts in group ${s} were modified after award, and why were those modifications approved without the documentation required by agency policy? Please provide the modification files.`,
      });
    }
  }
  out.push({ text: 'Please respond within 30 days.' }, { text: 'Sincerely,' }, { text: 'Committee Chair' });
  return out;
}

/** About 70,000 characters over ~20 pages with all the page furniture a PDF export carries. */
export function pdfLetter(sections = 12, width = 80, pageLines = 52): string {
  const lines: string[] = [];
  for (const p of paragraphs(sections)) {
    if (p.item) lines.push(...wrap(p.text, width, `${p.item} `, ' '.repeat(p.item.length + 1)));
    else lines.push(...wrap(p.text, width));
  }
  // A word processor's hyphenation on some line ends.
  for (let i = 7; i < lines.length; i += 11) {
    const m = /^(.*\s)(\w{4})(\w{4,})$/.exec(lines[i]!);
    if (m && lines[i]!.length > 60 && lines[i + 1] && !/^\d+\. /.test(lines[i + 1]!)) {
      lines[i] = `${m[1]}${m[2]}-`;
      lines[i + 1] = `${m[3]} ${lines[i + 1]!.trimStart()}`;
    }
  }
  const pages: string[] = [];
  let footnote = 0;
  for (let start = 0, page = 1; start < lines.length; start += pageLines, page++) {
    const body = lines.slice(start, start + pageLines);
    const header = page > 1 ? ['The Honorable Lee Park', 'June 2, 2025', `Page ${page}`, ''] : [];
    const notes = body.some((l) => /problems\.\d+/.test(l))
      ? ['', '____________________', `${++footnote} See Office of Inspector General, Review of Contract Modifications, Report 24-${footnote} (2024).`]
      : [];
    pages.push([...header, ...body, ...notes, '', `${' '.repeat(36)}- ${page} -`].join('\n'));
  }
  return pages.join('\n\f');
}

/** The same letter with one paragraph per line, as press releases give it. */
export function plainLetter(sections = 12): string {
  return paragraphs(sections)
    .map((p) => (p.item ? `${p.item} ${p.text}` : p.text))
    .join('\n');
}
