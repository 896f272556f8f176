import { type EnumForm, type Enumerator, type Reading, parseEnumerator } from './enumerators.js';
import type { Paragraph } from './text.js';
import { wordCount } from './text.js';

export type Role = 'header' | 'salutation' | 'closing' | 'signature' | 'skip' | 'heading' | 'item' | 'prose';

/** A paragraph with its place in the letter and, for list items, in the outline. */
export interface Block {
  index: number;
  role: Role;
  text: string;
  enumr: Enumerator | null;
  reading: Reading | null;
  parent: Block | null;
  children: Block[];
  /** The heading or prose paragraph that introduced the list this item starts or belongs to. */
  intro: string | null;
  /** The prose paragraph before the heading(s), used when the heading itself says nothing. */
  outerIntro: string | null;
  label: string | null;
  /** An item of the list right after "Enclosures:": the documents enclosed (true), or asks when the list asks questions ('asks'). */
  enclosure: boolean | 'asks';
}

const SALUTATION = /^(?:dear\b|to whom it may concern|ladies and gentlemen|gentlemen|madam|sir)[^.?!]{0,100}[:,]?$/i;
const CLOSING =
  /^(?:sincerely|respectfully(?: yours| submitted)?|very truly yours|yours (?:truly|sincerely|respectfully)|best regards|warm regards|kind regards|regards|cordially|with (?:best|warm|kind) regards|(?:with )?best wishes|all the best)\s*[,.]?\s*(?:yours\s*[,.]?)?$/i;
const CC = /^(?:cc|bcc|c\.c\.|copy to|copies to|enclosures?|attachments?|encl\.?)\s*(?::|$)/i;
/** "Enclosures:" standing alone introduces a list of the documents sent with the letter. */
const ENCLOSURE_LABEL = /^(?:enclosures?|attachments?|encl\.?|enc\.?)\s*:?\s*$/i;
const TERMINAL_END = /[.?!;,]["'”’)\]]*$/;

export function isHeadingText(text: string): boolean {
  return text.length <= 90 && wordCount(text) <= 12 && !TERMINAL_END.test(text) && /^["“(]?[A-Z0-9]/.test(text);
}

interface Level {
  style: Reading['style'];
  form: EnumForm;
  bullet: string;
  value: number;
  block: Block;
}

function compatible(a: EnumForm, b: EnumForm): boolean {
  if (a === b || a === 'bare' || b === 'bare') return true;
  return (a === 'dot' && b === 'close') || (a === 'close' && b === 'dot');
}

function bulletChar(text: string): string {
  return text.trimStart()[0] ?? '';
}

/** Where a letter's body begins and its closing sits: the address block and signatures hold no asks. */
function zones(paras: Paragraph[]): { start: number; closing: number } {
  const limit = Math.min(paras.length, 60);
  let start = 0;
  for (let i = 0; i < limit; i++) {
    if (SALUTATION.test(paras[i]!.text)) {
      start = i + 1;
      break;
    }
  }
  let closing = -1;
  for (let i = start; i < paras.length; i++) {
    if (CLOSING.test(paras[i]!.text)) {
      closing = i;
      break;
    }
  }
  return { start, closing };
}

/**
 * Assigns every paragraph a role and builds the outline of enumerated items, resolving
 * which level each enumerator continues (`II.` after `I.`, `b.` after `a.`) or opens.
 */
export function segment(paras: Paragraph[]): Block[] {
  const { start, closing } = zones(paras);
  const blocks: Block[] = paras.map((p, index) => ({
    index,
    role: index < start ? (index === start - 1 ? 'salutation' : 'header') : 'prose',
    text: p.text,
    enumr: null,
    reading: null,
    parent: null,
    children: [],
    intro: null,
    outerIntro: null,
    label: null,
    enclosure: false,
  }));
  let stack: Level[] = [];
  let section: Block | null = null;
  let lastProse: string | null = null;
  let interrupted = true;
  let inSignature = false;
  let enclosures = false;
  // A heading was passed since the last item: the next item's list is introduced by the heading.
  let afterHeading = false;

  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (i === closing) {
      b.role = 'closing';
      inSignature = true;
      stack = [];
      section = null;
      interrupted = true;
      continue;
    }
    if (CC.test(b.text)) {
      b.role = 'skip';
      enclosures = ENCLOSURE_LABEL.test(b.text);
      continue;
    }
    let e = parseEnumerator(b.text);
    // "A. Senator", "J. Smith": an initial in a signature, not item A.
    if (e && inSignature && e.form === 'dot' && /^[A-Z]$/.test(e.raw ?? '') && /^(?:[A-Z][\w.'-]*\s?){1,3}$/.test(e.rest)) e = null;
    const placed = e ? place(e, b, stack, interrupted, blocks[i + 1]?.text ?? '') : null;
    if (e && placed) {
      b.enclosure = enclosures;
      inSignature = false;
      b.role = 'item';
      b.enumr = e;
      b.reading = placed.reading;
      b.text = e.rest;
      const sibling = placed.depth >= 0 && !afterHeading ? stack[placed.depth]?.block : undefined;
      if (placed.depth < 0) stack = [];
      else if (placed.depth < stack.length) stack.length = placed.depth;
      b.parent = stack.length ? stack[stack.length - 1]!.block : section;
      if (b.parent?.role === 'item') {
        b.intro = b.parent.text;
        b.outerIntro = b.parent.intro;
      } else {
        b.intro = sibling?.intro ?? (section ? section.text : lastProse);
        b.outerIntro = sibling?.outerIntro ?? lastProse;
      }
      afterHeading = false;
      if (b.parent) b.parent.children.push(b);
      stack.push({ style: placed.reading.style, form: e.form, bullet: bulletChar(paras[i]!.text), value: placed.reading.value, block: b });
      interrupted = false;
      continue;
    }
    enclosures = false;
    const next = blocks[i + 1]?.text ?? '';
    if (isHeadingText(b.text) && (parseEnumerator(next) !== null || (!inSignature && /\?\s*$/.test(next)))) {
      b.role = 'heading';
      section = b;
      // Numbering may carry on under the heading (questions for the record: "4." after a member's
      // name continues "3."), so numbered levels stay open; bullet levels do not.
      const bullet = stack.findIndex((l) => l.style === 'bullet');
      if (bullet >= 0) stack.length = bullet;
      interrupted = true;
      afterHeading = true;
      continue;
    }
    // After the signatures, a sentence that leads into a list ("please produce ... to the present:") is prose.
    const leadIn = /:\s*$/.test(b.text) && wordCount(b.text) > 4 && parseEnumerator(next) !== null;
    if (inSignature && !leadIn && (wordCount(b.text) <= 8 || !TERMINAL_END.test(b.text))) {
      b.role = 'signature';
      continue;
    }
    inSignature = false;
    b.role = 'prose';
    lastProse = b.text;
    section = null;
    interrupted = true;
  }
  for (const b of blocks) if (b.role === 'item') b.label = labelOf(b);
  return blocks;
}

const MAX_DEPTH = 8;

function place(
  e: Enumerator,
  b: Block,
  stack: Level[],
  interrupted: boolean,
  next: string,
): { depth: number; reading: Reading } | null {
  const char = bulletChar(b.text);
  for (let d = stack.length - 1; d >= 0; d--) {
    const level = stack[d]!;
    for (const r of e.readings) {
      if (r.style !== level.style || !compatible(e.form, level.form)) continue;
      if (r.style === 'bullet' ? char === level.bullet : r.value === level.value + 1) return { depth: d, reading: r };
    }
  }
  // A bare number opens a list only when the next paragraph carries on with a bare 2.
  if (e.form === 'bare' && !(e.raw === '1' && /^2\s+[A-Z]/.test(next))) return null;
  const opener = e.readings.find((r) => r.style === 'bullet' || r.value === 1);
  if (!opener) return null;
  // Outlines are a few levels deep; a run of openers ("1." after "1." ...) must not nest without bound.
  return { depth: interrupted || stack.length >= MAX_DEPTH ? -1 : stack.length, reading: opener };
}

/**
 * A section heading (`II. Budget`, `A. Telephone Service`) whose items are labelled `II.1`, as
 * opposed to an item that introduces sub-parts (`B. Regarding the grants:` with `B(i)`): a title,
 * not a lead-in ending in a colon, over numbered or lettered items rather than roman sub-parts.
 */
function isSection(b: Block, child: Block): boolean {
  if (b.reading?.style !== 'uroman' && b.reading?.style !== 'upper') return false;
  if (!isHeadingText(b.text) || /:\s*$/.test(b.text)) return false;
  return child.reading?.style !== 'lroman';
}

function labelOf(b: Block): string | null {
  const raw = b.enumr?.raw ?? null;
  if (raw === null) return null;
  const p = b.parent;
  if (!p || p.role !== 'item' || p.label === null) return raw;
  return isSection(p, b) ? `${p.label}.${raw}` : `${p.label}(${raw})`;
}
