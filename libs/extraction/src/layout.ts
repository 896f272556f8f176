/**
 * Pre-pass for letters converted from PDF: removes page furniture (running headers, footers,
 * page numbers, form feeds, footnotes at the bottom of a page) so that the text on either side of
 * a page break reads on as one, and repairs words hyphenated at a line end.
 */

/** A physical line of the letter that survived the pre-pass. */
export interface Line {
  /** The line as printed, indentation kept, trailing spaces removed. */
  text: string;
  /** A page break (and whatever header, footer or footnotes it carried) was removed just above this line. */
  afterBreak: boolean;
}

const FORM_FEED = '\f';
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };
/** `- 2 -`, `Page 2`, `Page 2 of 5`, `2 of 5`, `2/5`, `Page | 2`, `2 | Page`. */
const PAGE_NUMBER =
  /^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|pg\.?)\s*\|?\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s*(?:of|\/)\s*\d{1,3}|\d{1,3}\s*\|\s*page)\s*$/i;
/** A header that names the page at its end: `Mr. Raymond Okoro - Page 2`, `Secretary Lee, March 3, 2025, Page 2`. */
const TRAILING_PAGE = /^(.{3,80}?)[\s,;|–—-]+page\s*\d{1,3}(?:\s*of\s*\d{1,3})?\s*$/i;
const LEADING_PAGE = /^\s*page\s*\d{1,3}(?:\s*of\s*\d{1,3})?[\s,;|–—-]+(.{3,80})$/i;
/** What a footnote says: a source, not a sentence of the letter. */
const CITATION =
  /^\s*\d{1,3}\s+(?:See\b|Id\.|Ibid|https?:|www\.|U\.S\.|Cf\.)|\b(?:U\.S\.C\.|C\.F\.R\.|Fed\. Reg\.|Pub\. L\.|GAO-\d|OIG-|https?:\/\/|No\. \d|at \d+|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\. \d{4}\)|\((?:19|20)\d{2}\))/;
const BARE_NUMBER = /^\s*\d{1,3}\s*$/;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const DATE_ONLY = new RegExp(
  String.raw`^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:${MONTHS})\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*$`,
  'i',
);
const HONORIFIC =
  /^\s*(?:the\s+honorable|honorable|hon\.|mr\.?|ms\.?|mrs\.?|dr\.?|messrs\.?|secretary|administrator|director|commissioner|chair(?:man|woman)?|chief|(?:lieutenant\s+|major\s+)?general|admiral|inspector\s+general|attorney\s+general|acting|deputy|under\s+secretary|assistant\s+secretary|governor|mayor|president|ceo)\s+[A-Z]/i;
const SEPARATOR = /^\s*[_―—–-]{5,}\s*$/;
const FOOTNOTE_START = /^\s*(?:(\d{1,3})\s+(?=\S)|\[(\d{1,3})\]\s*)/;
const BULLET_START = /^\s*(?:[•*·▪◦○●■□►➢‣⁃❖➤✓→–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8-]\s|o\s{1,4}(?=\S))/;

const squash = (s: string) => s.trim().replace(/\s+/g, ' ');
const key = (s: string) => squash(s).toLowerCase().replace(/\d+/g, '#');

/** A short line that could be the name or title in a running header. */
function nameLike(text: string, address: Set<string>): boolean {
  const t = squash(text).replace(/^(?:letter to|re:|to:)\s+/i, '');
  if (!t || t.length > 80) return false;
  if (address.has(t.toLowerCase())) return true;
  const words = t.split(' ');
  if (words.length > 9 || /[?!:;]$/.test(t) || /[a-z]{3,}\.$/.test(t)) return false;
  return HONORIFIC.test(t) && words.every((w) => /^[A-Z(&]|^(?:and|of|the|for|on|de|van|von|la|le|du)$/.test(w));
}

/** Footnote numbers cited in the text: `agency.3`, `found3 `, `[3]`. */
function citedNumbers(lines: string[]): Set<number> {
  const out = new Set<number>();
  const re = /(?:[A-Za-z.,;:)”"’]|\])(\d{1,3})(?=[\s.,;:)]|$)|\[(\d{1,3})\]/g;
  for (const l of lines) {
    if (l.length < 20) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(l))) out.add(Number(m[1] ?? m[2]));
  }
  return out;
}

/**
 * Splits the raw text into lines and drops page furniture. A page break is anchored by a form
 * feed or a page-number line; around each anchor, blank lines, repeated lines, dates and
 * addressee names (a running header) and the footnotes at the page bottom are removed.
 */
export function stripPageFurniture(raw: string): Line[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    // Ligatures and soft hyphens from PDF text layers: "ofﬁce", "organiza\u00ad" at a line end.
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\u00ad[ \t]*\n/g, '\u00ad\n')
    .replace(/\u00ad(?!\n)/g, '')
    .replace(/\t/g, '    ')
    .replace(/\f/g, '\n\f\n')
    .split('\n')
    .map((l) => (l === FORM_FEED ? l : l.trimEnd()));
  const n = lines.length;
  const blank = (i: number) => lines[i] === '';
  const ff = (i: number) => lines[i] === FORM_FEED;

  // The address block (before the salutation) tells which names a running header may repeat.
  const address = new Set<string>();
  let salutation = n;
  for (let i = 0; i < Math.min(n, 60); i++) {
    if (/^\s*dear\b/i.test(lines[i]!)) {
      salutation = i;
      break;
    }
  }
  for (let i = 0; i < Math.min(salutation, 60); i++) {
    const t = squash(lines[i]!);
    // Without a salutation (questions for the record, memoranda) only the opening block of short
    // lines can be an address; the body's items and headings must not pass for a running header.
    if (salutation === n && (t.length > 60 || BULLET_START.test(t) || /^\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[.)]\s/i.test(t))) break;
    if (t) address.add(t.toLowerCase());
  }
  const anchor = new Array<boolean>(n).fill(false);
  let anchors = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (ff(i)) anchor[i] = true;
    else if (PAGE_NUMBER.test(l)) anchor[i] = true;
    else if (l.length > 160) continue;
    else if (/page/i.test(l) && TRAILING_PAGE.test(l) && nameOrDate(TRAILING_PAGE.exec(l)![1]!, address)) anchor[i] = true;
    else if (/page/i.test(l) && LEADING_PAGE.test(l) && nameOrDate(LEADING_PAGE.exec(l)![1]!, address)) anchor[i] = true;
    // A running header with no page number: the addressee's name next to the letter's date.
    else if (i > salutation && l.length <= 80 && (DATE_ONLY.test(lines[i + 1] ?? '') || DATE_ONLY.test(lines[i - 1] ?? '')) && nameLike(l, address)) {
      anchor[i] = true;
    }
    else if (BARE_NUMBER.test(l) && (/^\s{8,}/.test(l) || nearFormFeed(i) || interrupts(i))) anchor[i] = true;
    if (anchor[i]) anchors++;
  }
  if (!anchors) {
    const plain = lines.filter((l) => l !== FORM_FEED);
    while (plain.length && plain[plain.length - 1] === '') plain.pop();
    return plain.map((text) => ({ text, afterBreak: false }));
  }

  /** A number alone on a line in the middle of a sentence: a page number. */
  function interrupts(i: number): boolean {
    let a = i - 1;
    while (a >= 0 && blank(a)) a--;
    let b = i + 1;
    while (b < n && blank(b)) b++;
    return a >= 0 && b < n && !/[.?!:;]["'”’)\]]*$/.test(lines[a]!) && /^\s*[a-z]/.test(lines[b]!);
  }

  function nearFormFeed(i: number): boolean {
    for (const dir of [-1, 1]) {
      let j = i + dir;
      while (j >= 0 && j < n && blank(j)) j += dir;
      if (j < 0 || j >= n || ff(j)) return true;
    }
    return false;
  }

  // Lines that recur next to page breaks (a committee name in every footer) are furniture too.
  const near = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!anchor[i]) continue;
    for (const dir of [-1, 1]) {
      for (let j = i + dir, seen = 0; j >= 0 && j < n && seen < 4 && !anchor[j]; j += dir) {
        if (blank(j)) continue;
        seen++;
        if (lines[j]!.length <= 90) near.add(j);
      }
    }
  }
  const counts = new Map<string, number>();
  for (const j of near) counts.set(key(lines[j]!), (counts.get(key(lines[j]!)) ?? 0) + 1);
  // Running headers and footers are labels: no sentence punctuation at the end, no lower-case start (but a web address).
  const labelLike = (l: string) => !/[.?!;:,]["'”’)\]]*$/.test(l.trim()) && (/^\s*[^a-z]/.test(l) || /^\s*(?:www\.|https?:|[a-z.-]+\.(?:gov|com|org|us)\b)/.test(l));
  const repeated = (i: number) =>
    (counts.get(key(lines[i]!)) ?? 0) >= 2 && lines[i]!.trim().length <= 64 && squash(lines[i]!).split(' ').length <= 10 && labelLike(lines[i]!);

  const cited = citedNumbers(lines);
  let lastFootnote = 0;
  const removed = new Array<boolean>(n).fill(false);
  /** Whether line i can belong to a page break: `header` admits running-header lines, `footer` a capitals-only footer line. */
  const furniture = (i: number, header: boolean, footer = false): boolean => {
    const l = lines[i]!;
    if (blank(i) || anchor[i]) return true;
    // A page number printed alone, next to a footer or header.
    if (BARE_NUMBER.test(l)) return true;
    if (repeated(i) && !BULLET_START.test(l) && !FOOTNOTE_START.test(l)) return true;
    if (footer && /^\s*(?:printed on recycled paper|(?:https?:\/\/)?(?:www\.)?[\w-]+\.(?:senate|house)\.gov\/?)\s*$/i.test(l)) return true;
    // "PRINTED ON RECYCLED PAPER", a committee's name: capitals only, touching the anchor.
    if (footer && /^[^a-z]*[A-Z]{3}[^a-z]*$/.test(l) && squash(l).split(' ').length <= 8 && !/[.?:]$/.test(l.trim())) return true;
    return header && (DATE_ONLY.test(l) || nameLike(l, address));
  };

  for (let i = 0; i < n; i++) {
    if (!anchor[i] || removed[i]) continue;
    let top = i;
    let bottom = i;
    // Upward: footer lines; a running header line only when it touches the anchor (no form feed, `Mr. X` over `Page 2`).
    for (let j = i - 1, taken = 0; j >= 0 && taken < 6 && !removed[j]; j--) {
      const touching = !blank(j + 1) && !ff(i);
      // The last printed line of a page, just above its page number or form feed.
      const lastLine = taken === 0 || (taken === 1 && BARE_NUMBER.test(lines[j + 1] ?? ''));
      if (!furniture(j, touching, lastLine && !blank(j))) break;
      if (!blank(j)) taken++;
      top = j;
    }
    const fn = footnotesAbove(top);
    if (fn >= 0) top = fn;
    // Downward: the next page's running header (and, without form feeds, the footer-to-header run).
    for (let j = i + 1, taken = 0; j < n && taken < 6; j++) {
      if (!furniture(j, true)) break;
      if (!blank(j)) taken++;
      bottom = j;
    }
    for (let j = top; j <= bottom; j++) removed[j] = true;
    i = bottom;
  }

  /** The first line of a footnote block that ends just above line `end`, or -1. */
  function footnotesAbove(end: number): number {
    let j = end - 1;
    while (j >= 0 && blank(j)) j--;
    if (j < 0) return -1;
    const last = j;
    let top = -1;
    let expected: number | null = null;
    let loose = 0;
    for (let k = last; k >= 0 && last - k < 30; k--) {
      const l = lines[k]!;
      if (ff(k) || anchor[k] || removed[k]) break;
      if (SEPARATOR.test(l)) {
        if (k < last) top = k;
        break;
      }
      const m = FOOTNOTE_START.exec(l);
      const num = m ? Number(m[1] ?? m[2]) : null;
      const source = () => CITATION.test(lines.slice(k, Math.min(last + 1, k + 3)).join(' '));
      if (num !== null && num > lastFootnote && (expected === null || num === expected) && (cited.has(num) || (num === lastFootnote + 1 && source()))) {
        top = k;
        expected = num - 1;
        loose = 0;
        if (num === lastFootnote + 1) break;
        continue;
      }
      if (blank(k) || BULLET_START.test(l) || ++loose > 5) break;
    }
    if (top < 0) return -1;
    // The rule printed above the footnotes goes with them.
    for (let k = top - 1; k >= 0 && k >= top - 3 && !removed[k]; k--) {
      if (SEPARATOR.test(lines[k]!)) {
        top = k;
        break;
      }
      if (!blank(k)) break;
    }
    for (let k = top; k <= last; k++) {
      const m = FOOTNOTE_START.exec(lines[k]!);
      if (m) lastFootnote = Math.max(lastFootnote, Number(m[1] ?? m[2]));
    }
    return top;
  }

  const out: Line[] = [];
  let broke = false;
  for (let i = 0; i < n; i++) {
    if (removed[i] || ff(i)) {
      broke = true;
      continue;
    }
    // Blank lines next to a removed page break say nothing about paragraphs.
    if (broke && blank(i)) continue;
    if (broke) while (out.length && out[out.length - 1]!.text === '') out.pop();
    out.push({ text: lines[i]!, afterBreak: broke && out.length > 0 });
    broke = false;
  }
  while (out.length && out[out.length - 1]!.text === '') out.pop();
  return out;
}

function nameOrDate(text: string, address: Set<string>): boolean {
  const t = text.replace(/[\s,;|–—-]+$/, '');
  if (DATE_ONLY.test(t) || nameLike(t, address)) return true;
  // `Secretary Lee, March 3, 2025`
  const parts = t.split(/\s*[,;|–—]\s*(?=[A-Z0-9])|\s{3,}/);
  return parts.length > 1 && parts.every((p) => DATE_ONLY.test(p) || /^\d{4}$/.test(p) || nameLike(p, address) || /^[A-Z][a-z]+\.? \d{1,2}$/.test(p));
}

const COMPOUND_FIRST = new Set(
  'self well ill all cross half full long short high low first second third one two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred non anti multi mid ex post pre co re sub'.split(' '),
);
const COMPOUND_SECOND = new Set(
  'based term party related level wide owned operated up making time year day free led run specific only like sized scale funded focused driven income aged old month week funded oriented sponsored wide making'.split(
    ' ',
  ),
);

/**
 * Joins a word hyphenated across a line end: `organiza-` + `tions` is one word, `risk-` +
 * `based` keeps its hyphen. Words seen elsewhere in the letter decide when they can.
 */
export function joinHyphenated(head: string, tail: string, vocabulary: Set<string>): string {
  const a = head.toLowerCase();
  const b = tail.toLowerCase();
  if (vocabulary.has(a + b)) return head + tail;
  if (vocabulary.has(`${a}-${b}`)) return `${head}-${tail}`;
  if (COMPOUND_SECOND.has(b) || (COMPOUND_FIRST.has(a) && b.length > 3 && vocabulary.has(b))) return `${head}-${tail}`;
  if (vocabulary.has(a) && vocabulary.has(b) && a.length > 2 && b.length > 3) return `${head}-${tail}`;
  return head + tail;
}

/** Lower-cased words of the letter's lines, hyphenated compounds included, for {@link joinHyphenated}. */
export function vocabularyOf(lines: string[]): Set<string> {
  const out = new Set<string>();
  let brokenBefore = false;
  for (const line of lines) {
    const words = line.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];
    // The two halves of a word broken at a line end are not evidence of themselves.
    const brokenAfter = /[a-z][-\u00ad]$/i.test(line);
    for (let k = brokenBefore ? 1 : 0; k < words.length - (brokenAfter ? 1 : 0); k++) {
      const word = words[k]!;
      out.add(word);
      if (word.includes('-')) for (const part of word.split('-')) out.add(part);
    }
    brokenBefore = brokenAfter;
  }
  return out;
}
