import { type Line, joinHyphenated, stripPageFurniture, vocabularyOf } from './layout.js';

/** One logical paragraph of the letter: wrapped lines are joined, list items stand alone. */
export interface Paragraph {
  text: string;
}

const BULLET_OR_ENUM_START =
  /^\s*(?:[•*·▪◦○●■□►➢‣⁃❖➤✓→–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8-]\s+|o\s{1,4}(?=\S)|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s|\((?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)|(?:Question|QUESTION|Request|REQUEST)\s+\d|Q\s?\d{1,3}[.:)]\s)/;
const LONE_ENUMERATOR = /^(?:[•*·▪◦○●■□►➢❖➤✓→–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8-]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)])$/;
const TERMINAL = /[.?!:;]["'”’)\]]*$/;
/** Sentence-final punctuation, possibly followed by a footnote number (`agency.3`). */
const SENTENCE_END = /[.?!]["'”’)\]]*(?:\d{1,3})?$/;
const INLINE_MARK = /^\(?(\d{1,2}|[a-z]|[ivx]{1,4})\)\s/;

const PARAGRAPH_OPENER =
  /^(?:in addition|additionally|finally|lastly|moreover|furthermore|thank you|sincerely|(?:we|I) (?:also|further|appreciate|look forward|remain|(?:respectfully |therefore )?(?:ask|request|urge)))\b/i;
const indentOf = (line: string) => line.length - line.trimStart().length;
const firstWord = (line: string) => line.trim().split(/\s/, 1)[0]!.length;

/**
 * Letters arrive either with one paragraph per line (press releases, web pages) or
 * hard-wrapped at a fixed width (PDF exports), with or without blank lines between paragraphs.
 * The two need different rules for deciding whether a line continues the previous one.
 */
function isHardWrapped(lines: string[], wraps: number): boolean {
  const filled = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (filled.length < 8) return false;
  const max = filled.reduce((a, n) => Math.max(a, n), 0);
  const nearMax = filled.filter((n) => n >= max - 18).length;
  if (max <= 110 && nearMax / filled.length >= 0.25) return true;
  // A few over-long lines (a URL, a signature row) hide the margin; many open lines followed by
  // lower-case ones still show the wrap.
  return percentile(filled, 0.9) <= 110 && wraps >= 3 && wraps / filled.length >= 0.15;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))] ?? 0;
}

/** Pairs of lines that certainly belong together: an open line followed by a lower-case one. */
function certainWraps(lines: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trimEnd();
    const b = lines[i + 1]!;
    if (a.length < 20 || !/[A-Za-z,]$/.test(a) || !/^\s*[a-z]/.test(b) || BULLET_OR_ENUM_START.test(b)) continue;
    out.push([a, b]);
  }
  return out;
}

/**
 * The wrap width and how far short of it a wrapped line may end: a fixed-pitch export wraps
 * exactly, a proportional font leaves lines of uneven length, so the slack is measured on lines
 * that certainly wrap.
 */
function wrapGeometry(lines: string[], pairs: [string, string][]): { width: number; slack: number } {
  const all = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (pairs.length < 4) return { width: percentile(all, 0.95), slack: 2 };
  const width = percentile(
    pairs.map(([a]) => a.length),
    0.98,
  );
  const slacks = pairs.map(([a, b]) => width - (a.length + 1 + firstWord(b)));
  const slack = Math.min(Math.max(percentile(slacks, 0.9) + 1, 0), Math.round(width * 0.12));
  return { width, slack };
}

export function toParagraphs(raw: string): Paragraph[] {
  const lines = stripPageFurniture(raw);
  const texts = lines.map((l) => l.text);
  const pairs = certainWraps(texts);
  const wrapped = isHardWrapped(texts, pairs.length);
  const { width, slack } = wrapped ? wrapGeometry(texts, pairs) : { width: 0, slack: 0 };
  let vocabulary: Set<string> | null = null;
  const out: Paragraph[] = [];
  // The paragraph's lines so far; only the last is ever edited (a hyphenated word rejoined).
  let parts: string[] = [];
  let lineCount = 0;
  let first = '';
  let itemColumn = -1;
  let hanging = false;
  // Once a list item has shown a hanging indent, the letter's other items are taken to use one too.
  let hangingSeen = false;
  let prevLine = '';
  const flush = () => {
    if (lineCount) out.push({ text: parts.join(' ').replace(/\s+/g, ' ').trim() });
    parts = [];
    lineCount = 0;
  };
  const start = (line: string) => {
    flush();
    parts = [line.trim()];
    lineCount = 1;
    first = line;
    const m = BULLET_OR_ENUM_START.exec(line);
    itemColumn = m ? m[0].length + (line.slice(m[0].length).match(/^\s*/)?.[0].length ?? 0) : -1;
    hanging = false;
  };
  const append = (line: string) => {
    const t = line.trim();
    const lastPart = parts[parts.length - 1]!;
    const hy = lastPart.endsWith('-') ? /([A-Za-z]+)-$/.exec(lastPart) : null;
    const tail = /^([a-z]+)/.exec(t);
    if (lastPart.endsWith('\u00ad')) {
      // A soft hyphen marks a word the layout broke: always one word.
      parts[parts.length - 1] = lastPart.slice(0, -1) + t;
    } else if (hy && tail) {
      vocabulary ??= vocabularyOf(texts);
      const joined = joinHyphenated(hy[1]!, tail[1]!, vocabulary);
      parts[parts.length - 1] = lastPart.slice(0, lastPart.length - hy[0].length) + joined + t.slice(tail[1]!.length);
    } else parts.push(t);
    if (itemColumn >= 0 && lineCount === 1 && indentOf(line) === itemColumn && itemColumn > indentOf(first)) hanging = hangingSeen = true;
    lineCount++;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!.text;
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      prevLine = '';
      continue;
    }
    // An enumerator printed alone on its line belongs to the text on the next one.
    const loneEnumerator = lineCount === 1 && LONE_ENUMERATOR.test(parts[0]!);
    const para = { parts, itemColumn, hanging: hanging || (hangingSeen && lineCount === 1 && itemColumn > indentOf(first)), first };
    if (lineCount && (loneEnumerator || continues(prevLine, lines[li]!, lines[li + 1]?.text ?? '', wrapped, width, slack, para))) append(line);
    else start(line);
    prevLine = line.trimEnd();
  }
  flush();
  return out;
}

interface Para {
  parts: string[];
  itemColumn: number;
  hanging: boolean;
  first: string;
}

function continues(prev: string, current: Line, next: string, wrapped: boolean, width: number, slack: number, para: Para): boolean {
  const line = current.text;
  const p = prev.trim();
  const t = line.trim();
  const full = prev.length + 1 + firstWord(t) > width - slack;
  if (BULLET_OR_ENUM_START.test(line) || /^\s*\[\d+\]/.test(line)) return inlineMarkContinues(p, t, next, para.parts, wrapped ? full : !TERMINAL.test(p));
  const startsLower = /^[a-z]/.test(t);
  if (!wrapped) {
    const prevOpen = !TERMINAL.test(p) || /[,\-–]$/.test(p);
    // A sentence cut by a page break ("no later than January" / header / "10, 2025.").
    if (current.afterBreak && !TERMINAL.test(p) && p.length >= 40) return true;
    return prevOpen && (startsLower || (/,$/.test(p) && p.length >= 40));
  }
  if (startsLower) return true;
  // Signature columns, and the label of an enclosure, never run on.
  if (/\S {6,}\S/.test(p) || /^(?:enclosures?|attachments?|appendix|cc|bcc)\b/i.test(t)) return false;
  // A short title-like line right before a list is that list's heading ("Section 5 Questions").
  // Not when the line plainly carries on an open line ("minors, 29" / "U.S.C. § 203(l); and").
  if (
    t.length <= 60 &&
    /^[A-Z]/.test(t) &&
    !TERMINAL.test(t) &&
    !/(?:\b(?:and|or)|,)$/.test(t) &&
    !(/[,;]$|\d$/.test(p) && prev.length >= width * 0.6) &&
    BULLET_OR_ENUM_START.test(next) &&
    !BULLET_OR_ENUM_START.test(line)
  ) {
    return false;
  }
  const ended = SENTENCE_END.test(p);
  if (/:["'”’)\]]*(?:\d{1,3})?$/.test(p)) return false;
  if (!ended) {
    // "January" / "10, 2025." and wraps before a capitalised word; short open lines are headings or addresses.
    if (full || (/^[\d$(“"'‘]/.test(t) && prev.length >= width * 0.5)) return true;
    return prev.length >= width * 0.6;
  }
  const pi = indentOf(prev);
  const ni = indentOf(line);
  // A first-line indent opens a paragraph; so does a line back at the margin after a hanging list item.
  if (ni > pi + 1 && !(para.itemColumn >= 0 && ni === para.itemColumn)) return false;
  if (para.hanging && (ni < para.itemColumn || (ni > pi && ni !== para.itemColumn))) return false;
  const opener = para.itemColumn >= 0 && PARAGRAPH_OPENER.test(t);
  // A first-line indent that happens to equal the items' hanging indent: the line after it is back at the margin.
  if (para.itemColumn > 0 && ni === para.itemColumn && indentOf(next) < ni && /^\s*[a-z]/.test(next) && /^[A-Z]/.test(t)) {
    return false;
  }
  // A finished list item is not continued by a sentence that opens a new paragraph of the letter.
  if (opener) return false;
  // A line at an item's established hanging indent carries on the item, however short the line before.
  if (para.hanging && ni === para.itemColumn && ni > 0) return true;
  return full;
}

/** `(2) the justification ...` wrapped to a line start continues a sentence that enumerated `(1)` inline. */
function inlineMarkContinues(prev: string, line: string, next: string, parts: string[], full: boolean): boolean {
  const m = INLINE_MARK.exec(line);
  if (!m || SENTENCE_END.test(prev)) return false;
  const raw = m[1]!;
  // "... provide:" / "(1) the plan; (2) the audit": a run written inline that wrapped just before its first mark.
  if (/^(?:1|a|i)$/.test(raw)) {
    const value = raw === '1' ? '2' : raw === 'a' ? 'b' : 'ii';
    const second = line.startsWith('(') ? `(${value})` : ` ${value})`;
    return (full || /:$/.test(prev)) && (line.indexOf(second) > 3 || (!BULLET_OR_ENUM_START.test(next) && ` ${next}`.indexOf(second) > 0));
  }
  if (/:$/.test(prev)) return false;
  const before = /^\d+$/.test(raw) ? String(Number(raw) - 1) : String.fromCharCode(raw.charCodeAt(0) - 1);
  // The earlier mark sits inside the paragraph, not at its start (where it would be a list item).
  const mark = line.startsWith('(') ? `(${before})` : ` ${before})`;
  return parts.some((part, k) => (k === 0 ? part.indexOf(mark, 1) > 0 : ` ${part}`.indexOf(mark) >= 0));
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen rep gen col lt sgt capt adm gov hon jr sr st no nos inc co corp ltd dept ave blvd vs v ' +
    'e.g i.e u.s d.c u.n u.k jan feb mar apr jun jul aug sep sept oct nov dec fig sec pub stat id al approx ' +
    'mt ft pp p ch art cf resp messrs mmes'
  ).split(' '),
);

/** Splits prose into sentences; keeps abbreviations, initials and quoted questions inside their sentence. */
const sentenceMemo = new Map<string, string[]>();

export function splitSentences(text: string): string[] {
  if (text.length > 2000) return splitUncached(text);
  let cached = sentenceMemo.get(text);
  if (!cached) {
    if (sentenceMemo.size > 2000) sentenceMemo.clear();
    cached = splitUncached(text);
    sentenceMemo.set(text, cached);
  }
  return cached.slice();
}

/** How far ahead a quotation may close for a break inside it to be ignored. */
const QUOTE_REACH = 300;

function splitUncached(text: string): string[] {
  const out: string[] = [];
  const re = /(?<![.?!])[.?!]+["'”’)\]]*(?:\[\d+\])?\d{0,2}\s+(?=["“'‘(\[]?[A-Z0-9])/g;
  let start = 0;
  // Quotation marks seen so far, counted incrementally: open curly quotes and straight ones.
  let scanned = 0;
  let curly = 0;
  let straight = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    const word = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? '';
    const isAbbrev = text[m.index] === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word));
    if (isAbbrev) continue;
    for (; scanned < end; scanned++) {
      const c = text[scanned];
      if (c === '“') curly++;
      else if (c === '”') curly = Math.max(0, curly - 1);
      else if (c === '"') straight++;
    }
    // A break inside a quotation that closes soon after ("“Who Pays? The Hidden Cost,” The Ledger")
    // is part of a quoted title or question, not the end of the letter's sentence.
    const ahead = text.slice(end, end + QUOTE_REACH);
    if ((curly > 0 && ahead.includes('”')) || (straight % 2 === 1 && ahead.includes('"'))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  if (start < text.length) out.push(text.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/** Text with quoted passages removed, so a quoted poll question is not taken for an ask. */
export function unquoted(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, ' ');
}

export function hasOwnQuestion(text: string): boolean {
  return /\?/.test(unquoted(text));
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
