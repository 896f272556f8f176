import { isAnswer, isCitation, isNarrative, isReportedFact, isRhetorical, isStatutoryDuty, polarity } from './background.js';
import { type SentenceClass, classifySentence, contextKind, docPhrase, isAskLike, isReviewRequest, kindOf, objectKind } from './classifier.js';
import { findDueDate, findLetterDate, parseIso } from './due-date.js';
import { findInlineList, parseEnumerator } from './enumerators.js';
import { type Block, segment } from './segmenter.js';
import { type Paragraph, hasOwnQuestion, splitSentences, toParagraphs } from './text.js';
import type { ExtractedQuestion, ExtractionOptions, ExtractionResult } from './types.js';

interface Entry extends ExtractedQuestion {
  at: number;
  /** Prose asks that only restate or preface a list are dropped when a list follows them. */
  soft: boolean;
}

/**
 * Proposes the questions and requests of an oversight letter, in order, with the date a
 * response is due. Deterministic and local: paragraphs are segmented, enumerated items are
 * placed in an outline, and each item or prose sentence is judged by its wording and by the
 * sentence that introduces its list.
 */
export function extractQuestions(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const paras = attachLoneLabels(toParagraphs(text ?? ''));
  const blocks = segment(paras);
  const entries: Entry[] = [];
  markAskingEnclosures(blocks);
  const ctx: LetterContext = {
    review: isReviewRequest(
      blocks.filter((b) => b.role === 'header' || b.role === 'salutation').map((b) => b.text).join('\n'),
      blocks.filter((b) => b.role === 'prose' || b.role === 'heading').map((b) => b.text).join('\n'),
    ),
    lists: listsOf(blocks),
    closing: blocks.findIndex((b) => b.role === 'closing'),
  };
  for (const b of blocks) if (b.role === 'item') for (const e of itemEntries(b, ctx)) entries.push(e);
  // With no list at all (-1), soft prose asks are the only asks and are all kept.
  const firstList = entries.length ? entries.reduce((a, e) => Math.min(a, e.at), Infinity) : -1;
  let quoted = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.role !== 'prose') continue;
    // Block quotes span paragraphs: skip from an opening quote mark until it closes.
    const marks = (b.text.match(/["“”]/g) ?? []).length;
    if (quoted || (/^["“]/.test(b.text) && marks % 2 === 1)) {
      if (marks % 2 === 1) quoted = !quoted;
      continue;
    }
    if (isCitation(b.text, ctx.closing >= 0 && b.index > ctx.closing)) continue;
    const next = blocks[i + 1]?.role === 'prose' ? blocks[i + 1]!.text : '';
    for (const e of proseEntries(b, next)) if (!(e.soft && e.at < firstList)) entries.push(e);
  }
  entries.sort((a, b) => a.at - b.at);
  const base = parseIso(options.sentOn) ?? findLetterDate(paras);
  return {
    questions: entries.map(({ label, text: t, kind }) => ({ label, text: t, kind })),
    dueOn: findDueDate(paras, base) ?? null,
  };
}

/** A label printed on a line of its own above its question: "Question 3:", "Q3.". */
const LONE_LABEL = /^(?:(?:Question|QUESTION|Request|REQUEST|Item|ITEM)\s+|Q\s?)\d{1,3}\s*[.:)–—-]?$/;

/**
 * A label standing alone ("Question 3:") takes the paragraphs below it as its item: background
 * paragraphs run on until the first that asks something, as a question set out at length does.
 */
function attachLoneLabels(paras: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  // The next paragraph can belong to the label: not another label or item, not the closing.
  const free = (k: number) =>
    k < paras.length && !LONE_LABEL.test(paras[k]!.text) && !parseEnumerator(paras[k]!.text) && !/^(?:sincerely|respectfully|thank you)\b/i.test(paras[k]!.text);
  for (let i = 0; i < paras.length; i++) {
    const label = paras[i]!.text;
    if (!LONE_LABEL.test(label) || !free(i + 1)) {
      out.push(paras[i]!);
      continue;
    }
    const body = [paras[++i]!.text];
    while (body.length < 4 && !isAskLike(body.join(' ')) && free(i + 1)) body.push(paras[++i]!.text);
    out.push({ text: `${label.replace(/[.:)–—-]?$/, ':')} ${body.join(' ')}` });
  }
  return out;
}

/**
 * A list right after "Enclosure" is a list of enclosed documents, unless it asks questions: then
 * it is the enclosure's list of asks, and its noun-phrase items are requests too.
 */
function markAskingEnclosures(blocks: Block[]): void {
  let run: Block[] = [];
  const settle = () => {
    if (run.some((b) => hasOwnQuestion(b.text))) for (const b of run) b.enclosure = 'asks';
    run = [];
  };
  for (const b of blocks) {
    if (b.role === 'item' && b.enclosure) run.push(b);
    else if (b.role !== 'item') settle();
  }
  settle();
}

function cleanItem(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface LetterContext {
  /** The letter asks an inspector general or GAO for a review. */
  review: boolean;
  /** The items of the list each item belongs to. */
  lists: Map<Block, Block[]>;
  /** Where the closing ("Sincerely,") is, or -1: endnotes and attachments come after it. */
  closing: number;
}

/** Groups list items: siblings share a parent (or section) and a numbering style, and no prose comes between. */
function listsOf(blocks: Block[]): Map<Block, Block[]> {
  const out = new Map<Block, Block[]>();
  let open = new Map<string, Block[]>();
  for (const b of blocks) {
    if (b.role !== 'item') {
      if (b.role === 'prose' || b.role === 'heading') open = new Map();
      continue;
    }
    const key = `${b.parent?.index ?? -1}:${b.reading?.style}`;
    let list = open.get(key);
    if (!list) open.set(key, (list = []));
    list.push(b);
    out.set(b, list);
  }
  return out;
}

/** Review topics worded as clauses ("whether ...", "the extent to which ...") ask for the review itself. */
const REVIEW_TOPIC = /^(?:whether|the extent to which|to what extent|how|if|what|why|when|the (?:adequacy|effectiveness|reasons?|causes?|circumstances))\b/i;

function itemEntries(b: Block, ctx: LetterContext): Entry[] {
  // An endnote ("1 Jane Roe, “Who Pays? ...,” The Ledger, Jan. 5, 2025, https://...") cites a source.
  if (isCitation(b.text, ctx.closing >= 0 && b.index > ctx.closing)) return [];
  // A list after "Enclosures:" names documents sent with the letter, unless its items plainly ask.
  if (b.enclosure === true && !hasOwnQuestion(b.text) && !/\b(?:please|we|I)\b|^(?:all|any|each|every|copies|a copy)\b/i.test(b.text)) return [];
  const inline = findInlineList(b.text);
  const ownText = inline ? inline.intro : b.text;
  const out: Entry[] = [];
  if (acceptItem(b, ownText, !!inline, ctx)) {
    const context = contextKind(b.intro) ?? contextKind(b.outerIntro);
    let kind = kindOf(b.text, context);
    if (ctx.review && kind !== 'briefing_request' && REVIEW_TOPIC.test(b.text) && !hasOwnQuestion(b.text)) kind = 'other';
    out.push({ label: b.label, text: cleanItem(b.text), kind, at: b.index, soft: false });
  }
  if (inline && polarity(inline.intro) !== 'neg' && polarity(inline.intro) !== 'hard') {
    const ctx = contextKind(inline.intro);
    for (const it of inline.items) {
      const label = b.label ? `${b.label}(${it.raw})` : it.raw;
      out.push({ label, text: cleanItem(it.text), kind: kindOf(it.text, ctx), at: b.index + 0.001, soft: false });
    }
  }
  return out;
}

/** Whether an enumerated item is itself an entry, given its wording, its children and its list's intro. */
function acceptItem(b: Block, text: string, hasInline: boolean, ctx: LetterContext): boolean {
  const e = b.enumr!;
  const question = hasOwnQuestion(text);
  if (b.children.length || hasInline) {
    // A parent is an entry only when it asks something of its own, not when it just introduces.
    return question || (isAskLike(text) && !/:\s*$/.test(text));
  }
  if (e.form === 'bare') return isAskLike(text);
  if (b.enclosure === 'asks') return !isNarrative(text);
  if (isNarrative(text)) return false;
  let pol = polarity(b.intro);
  if (pol === 'neutral') pol = polarity(b.outerIntro);
  if (pol === 'hard') return false;
  // The statute's list of what the agency must do is background unless the letter asks for it.
  if (pol !== 'pos' && isStatutoryDuty(text)) return false;
  if (pol === 'neg') return question;
  // Among questions, what others reported is the background of the next question, not an ask.
  if (pol === 'pos' && /\b(?:questions|concerns)\b/i.test(introOf(b)) && isReportedFact(text)) return false;
  if (pol === 'pos') return true;
  if (isAskLike(text)) return true;
  // Under a title that says nothing, a record named among questions is requested like them.
  const list = ctx.lists.get(b) ?? [];
  return list.some((s) => s !== b && hasOwnQuestion(s.text)) && (docPhrase(text) || objectKind(text) === 'doc');
}

function introOf(b: Block): string {
  return polarity(b.intro) === 'neutral' ? (b.outerIntro ?? '') : (b.intro ?? '');
}

const SPECIFICALLY = /^(?:specifically|more specifically|in particular|in doing so|as part of (?:this|that|your|its) (?:review|work|audit))\b/i;

const FOLLOW_UP = /^(?:if (?:so|not|yes|no)\b|if the answer|and if so|if any\b)/i;

/**
 * Asks in running prose: consecutive questions of a paragraph form one entry (with any
 * context sentences between them); each request sentence is its own entry.
 */
function proseEntries(b: Block, next = ''): Entry[] {
  const inline = findInlineList(b.text);
  const out: Entry[] = [];
  const sentences: string[] = [];
  if (inline) {
    const introSentences = splitSentences(inline.intro);
    introSentences.pop();
    sentences.push(...introSentences);
  } else sentences.push(...splitSentences(b.text));
  const classes: SentenceClass[] = sentences.map(classifySentence);
  // Rhetorical questions are background, not asks.
  if (!inline) {
    // So is a question the writers answer themselves in the next sentence ("Is that acceptable? It is not.").
    const after = (i: number) => (i + 1 < sentences.length ? sentences[i + 1]! : (splitSentences(next)[0] ?? ''));
    classes.forEach((c, i) => {
      if (c === 'Q' && (isRhetorical(sentences[i]!, false) || isAnswer(after(i)))) classes[i] = 'N';
    });
    const last = sentences.length - 1;
    const before = classes.slice(0, last);
    const background = before.filter((c) => c === 'N').length >= 2 && !before.some((c) => c === 'Q' || c === 'R');
    if (classes[last] === 'Q' && background && isRhetorical(sentences[last]!, true)) classes[last] = 'N';
  }
  const mixed = classes.some((c) => c === 'N');
  // "We request a review of X. Specifically, we ask that you examine:": the list restates the request.
  const lastSentence = sentences[sentences.length - 1] ?? '';
  const restated = sentences[sentences.length - 2] ?? '';
  const review = /\b(?:review|audit|investigat\w*|examin\w*|evaluat\w*|assess\w*)\b/i.test(restated);
  const preface = /:\s*$/.test(lastSentence) && SPECIFICALLY.test(lastSentence) && review ? sentences.length - 2 : -1;
  let current: { texts: string[]; cls: SentenceClass; pending: string[]; start: number } | null = null;
  let n = 0;
  const close = () => {
    if (!current) return;
    const t = current.texts.join(' ');
    // A question set amid background prose before a list is usually rhetorical; the list holds the asks.
    const soft = current.cls === 'S' || current.cls === 'G' || (current.cls === 'Q' && mixed) || current.start === preface;
    out.push({ label: null, text: cleanItem(t), kind: kindOf(t), at: b.index + n++ * 1e-6, soft });
    current = null;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const c = classes[i]!;
    if (c === 'Q' || c === 'R' || c === 'S' || c === 'G') {
      if (current && current.cls === 'Q' && (c === 'Q' || FOLLOW_UP.test(s))) {
        current.texts.push(...current.pending, s);
        current.pending = [];
        continue;
      }
      close();
      current = { texts: [s], cls: c, pending: [], start: i };
      if (c === 'G') close();
    } else if (c === 'N' && current?.cls === 'Q') current.pending.push(s);
    else close();
  }
  close();
  const kept = out.filter((e) => e.text.length > 0 && !isGenericOnly(e));
  if (inline && polarity(inline.intro) !== 'neg' && polarity(inline.intro) !== 'hard') {
    const ctx = contextKind(inline.intro);
    inline.items.forEach((it, k) =>
      kept.push({ label: it.raw, text: cleanItem(it.text), kind: kindOf(it.text, ctx), at: b.index + 0.001 + k * 1e-6, soft: false }),
    );
    if (inline.tail) {
      const tail = proseEntries({ ...b, text: inline.tail, index: b.index + 0.002 }, next);
      kept.push(...tail);
    }
  }
  return kept;
}

/** Statements of purpose ("we write to request information about ...") never stand as asks. */
function isGenericOnly(e: Entry): boolean {
  return e.soft && classifySentence(e.text) === 'G';
}

