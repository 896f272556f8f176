import { addBusinessDays } from '@app/rules';
import type { Paragraph } from './text.js';
import { splitSentences } from './text.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
const ORD = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** `June 20, 2007`, `March 27th`, `Wednesday, June 20th`, `20 June 2007`, `6/20/2007`. */
const DATE = new RegExp(
  String.raw`${WEEKDAY}(?:${MONTH}\s+${ORD}(?:,?\s+(\d{4}))?|${ORD}\s+(?:of\s+)?${MONTH},?(?:\s+(\d{4}))?|(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}))(?![\d/])`,
  'gi',
);
/** "by June 6", "no later than noon on June 6", "prior to the hearing scheduled for June 6". */
const DEADLINE_LEAD =
  /(?:no later than|not later than|on or before|by|before|prior to|until|due(?: on)?|deadline of|(?:prior to|before|in advance of)\s+(?:the|our|your|its|this)\s+(?:[\w'-]+\s+){0,3}?(?:hearing|meeting|markup|roundtable)(?:\s+(?:scheduled|set|planned|slated))?\s+(?:for|on))(?:\s+(?:the\s+)?(?:close of business|cob|end of (?:the )?(?:business )?day|noon|midnight|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[ecmp][sd]?t|eastern(?: time)?)\)?)?))?(?:\s+(?:on|of))?,?\s*(?:the\s+)?$/i;
const RESPONSE_CONTEXT =
  /\b(?:respon|repl|answer|provid|produc|submit|brief|hear(?:ing)? from you|information|documents?|questions|request|deliver|furnish|send|appreciate|expect|schedul|meet|contact|reply)/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, 'twenty-one': 21, 'twenty one': 21, thirty: 30, 'forty-five': 45, 'forty five': 45, forty: 40,
  sixty: 60, ninety: 90,
};
const COUNT = String.raw`(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[- ]one|twenty|thirty|forty[- ]five|forty|sixty|ninety)(?:\s*\(\d{1,3}\))?`;
const UNIT = String.raw`(calendar\s+|business\s+|working\s+)?(day|week|month)s?`;
const ANCHOR = String.raw`(?:of|from|after|following)\s+(?:the\s+)?(?:receipt|receiving|(?:the\s+)?date\s+of\s+(?:this|the|our)\s+(?:letter|request)|this\s+letter|today|the\s+date\s+hereof)`;
const RELATIVE = new RegExp(String.raw`\bwithin\s+(?:the\s+next\s+)?${COUNT}\s+${UNIT}(?:\s+${ANCHOR})?|\b${COUNT}\s+${UNIT}\s+${ANCHOR}`, 'gi');
/**
 * A deadline is a date by which the recipient is asked to respond, provide or brief: the sentence
 * speaks to the reader ("please", "you", "we ask"), not about others' obligations ("manufacturers
 * must comply by ...").
 */
const ADDRESSED =
  /\b(?:please|kindly|you|your|(?:we|I)\s+(?:\w+\s+)?(?:ask|request|expect|look forward|would appreciate|appreciate)|(?:request|ask)s?\s+that|(?:request|ask|expect)s?\s+(?:a|an|your|the)\s+(?:[\w-]+\s+)?(?:response|responses|reply|answers?|briefing)|expects? (?:a|your|the) (?:response|reply|answers?)|(?:responses?|answers?|replies|documents|information|materials|briefing)\s+(?:are|is|should be|must be|shall be)\s+(?:requested|due|expected|provided|submitted|sent|delivered|produced|returned|answered))\b/i;
const LEGAL = /\b(?:require[sd]?|must|shall|law|statute|regulations?|rules?|standard)\b/i;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const iso = (t: Ymd) => `${t.y}-${String(t.m).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
const toUtc = (t: Ymd) => new Date(Date.UTC(t.y, t.m - 1, t.d));
const fromUtc = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });

function valid(t: Ymd): boolean {
  const back = fromUtc(toUtc(t));
  return back.y === t.y && back.m === t.m && back.d === t.d && t.y >= 1900 && t.y <= 2200;
}

export function parseIso(s: string | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return valid(t) ? t : null;
}

function readDate(m: RegExpExecArray): { m: number; d: number; y: number | null } | null {
  if (m[1]) return { m: MONTHS[m[1].toLowerCase()]!, d: Number(m[2]), y: m[3] ? Number(m[3]) : null };
  if (m[5]) return { m: MONTHS[m[5].toLowerCase()]!, d: Number(m[4]), y: m[6] ? Number(m[6]) : null };
  if (m[7]) {
    const y = Number(m[9]);
    return { m: Number(m[7]), d: Number(m[8]), y: y < 100 ? 2000 + y : y };
  }
  return null;
}

/** The letter's own date: a dated line above the salutation, as letters are laid out. */
export function findLetterDate(paras: Paragraph[]): Ymd | null {
  const head = paras.slice(0, Math.min(paras.length, 15));
  const salutation = head.findIndex((p) => /^dear\b/i.test(p.text));
  const zone = salutation >= 0 ? head.slice(0, salutation) : head;
  let fallback: Ymd | null = null;
  for (const p of zone) {
    if (p.text.length > 80) continue;
    DATE.lastIndex = 0;
    const m = DATE.exec(p.text);
    const r = m ? readDate(m) : null;
    if (!m || !r || r.y === null) continue;
    const t = { y: r.y, m: r.m, d: r.d };
    if (!valid(t)) continue;
    const rest = p.text.replace(m[0], '').replace(/^[\s,.:—–-]*(?:dated|date)?[\s,.:—–-]*/i, '');
    if (/\b(?:due|deadline|respon\w*|by)\b/i.test(p.text.slice(0, m.index))) continue;
    if (rest.length <= 25 && !/\b(?:re|subject|letter|dated)\b/i.test(p.text.slice(0, m.index))) return t;
    fallback ??= t;
  }
  return fallback;
}

function addRelative(base: Ymd, n: number, unit: string, business: boolean): Ymd {
  // Business days skip weekends and observed federal holidays, as the due-date policy counts them.
  if (unit === 'day' && business) return parseIso(addBusinessDays(iso(base), n))!;
  const d = toUtc(base);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * n);
  else {
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + n);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  return fromUtc(d);
}

/**
 * A deadline given as a field of a header block: "Responses due: March 19, 2025", "Response
 * Deadline: Friday, May 9, 2025", "Due date for responses: ...".
 */
const FIELD =
  /(?:^|[\s.;])(?:(?:(?:written|qfr|final)\s+)?(?:responses?|answers?|replies|submissions?)\s+(?:are\s+)?(?:due|requested)(?:\s+(?:by|on|no later than))?|(?:response|reply|answer|submission)\s+(?:deadline|due date|date)|deadline(?:\s+for\s+(?:responses?|answers?|replies|submissions?))?|due date(?:\s+for\s+(?:responses?|answers?|replies))?|date due|due(?:\s+(?:by|on))?|return by|please respond by)\s*[:–—-]\s*$/i;

/** Words of a request to brief or meet, as opposed to answering in writing or producing records. */
const BRIEFING_WORDS = /\b(?:brief(?:ed|ing|ings)?|meet(?:ing)?|call|discuss|testify|appear|hearing|available)\b/i;
/** Asking to deliver something in writing; nouns ("the agency's response to ...") may be the briefing's topic. */
const WRITTEN_WORDS = /\b(?:respond\w*|answer(?:s|ed|ing)?|written|in writing|provid(?:e|ed|ing)|produc(?:e|ed|ing)|submit\w*|send|furnish|reply|documents|records)\b/i;
/** "provide a briefing", "schedule a meeting": the delivery verb governs the briefing itself. */
const DELIVER_BRIEFING = /\b(?:provide|give|schedule|arrange|hold|conduct|receive)\s+(?:\w+\s+){0,3}?(?:briefings?|meetings?|calls?)\b/gi;

/**
 * The response-by date: a date in a sentence about replying that is introduced by "by", "no later
 * than" and the like, a period counted from the letter's date, or a header field ("Responses due:").
 * Dates before the letter was sent are history, not deadlines. When a letter asks for a briefing
 * by one date and for written answers or documents by another, the written deadline is the
 * response deadline; otherwise the first stated date is.
 */
export function findDueDate(paras: Paragraph[], base: Ymd | null): string | null {
  let briefing: string | null = null;
  for (const p of paras) {
    if (!/\d|\b(?:one|two|three|four|five|six|seven|ten|fourteen|twenty|thirty|a)\s+(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)/i.test(p.text)) continue;
    const field = fieldDate(p.text, base);
    if (field) return field;
    for (const s of splitSentences(p.text)) {
      for (const hit of dueInSentence(s, base)) {
        if (!hit.briefing) return iso(hit.date);
        briefing ??= iso(hit.date);
      }
    }
  }
  return briefing;
}

function fieldDate(text: string, base: Ymd | null): string | null {
  if (text.length > 200 || !/\b(?:due|deadline|return by|respond by)\b/i.test(text)) return null;
  // "Hearing date: March 3, 2025 | Responses due: March 17, 2025": the date whose label says due.
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = DATE.exec(text))) {
    const label = text.slice(from, m.index).replace(/\s+/g, ' ').trim();
    from = m.index + m[0].length;
    if (!FIELD.test(label)) continue;
    const t = resolve(m, base);
    if (t) return iso(t);
  }
  return null;
}

/** A date read from the text, its year taken from the letter's date when it has none. */
function resolve(m: RegExpExecArray, base: Ymd | null): Ymd | null {
  const r = readDate(m);
  if (!r) return null;
  let t: Ymd;
  if (r.y !== null) t = { y: r.y, m: r.m, d: r.d };
  else {
    if (!base) return null;
    t = { y: base.y, m: r.m, d: r.d };
    // A year-less date well before the letter's date means the following year ("by January 5" in December).
    if (valid(t) && toUtc(t).getTime() < toUtc(base).getTime() - 30 * 864e5) t = { ...t, y: base.y + 1 };
  }
  if (!valid(t)) return null;
  if (base && toUtc(t).getTime() < toUtc(base).getTime()) return null;
  return t;
}

/** Cheap test before the date patterns: a month name, a numeric date or a period of days, weeks or months. */
const MAY_HOLD_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\/\d|\b(?:days?|weeks?|months?)\b/i;

interface Hit {
  at: number;
  date: Ymd;
  /** The date is for a briefing or meeting, not for a written response or documents. */
  briefing: boolean;
}

/** The deadlines a sentence states, in order. */
function dueInSentence(s: string, base: Ymd | null): Hit[] {
  if (!MAY_HOLD_DATE.test(s)) return [];
  const hits: { at: number; date: Ymd }[] = [];
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(s))) {
    if (!DEADLINE_LEAD.test(s.slice(Math.max(0, m.index - 70), m.index))) continue;
    const t = resolve(m, base);
    if (!t) continue;
    if (!RESPONSE_CONTEXT.test(s) && !/no later than|not later than|on or before/i.test(s)) continue;
    if (!ADDRESSED.test(s)) continue;
    hits.push({ at: m.index, date: t });
  }
  if (base && !LEGAL.test(s) && RESPONSE_CONTEXT.test(s) && ADDRESSED.test(s)) {
    RELATIVE.lastIndex = 0;
    while ((m = RELATIVE.exec(s))) {
      const count = (m[1] ?? m[4])!.toLowerCase().replace(/\s+/g, ' ');
      const n = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count] ?? NUMBER_WORDS[count.replace(' ', '-')]);
      if (!n) continue;
      const business = /business|working/i.test(m[2] ?? m[5] ?? '');
      const unit = (m[3] ?? m[6])!.toLowerCase();
      hits.push({ at: m.index, date: addRelative(base, n, unit, business) });
    }
  }
  if (!hits.length) return [];
  hits.sort((a, b) => a.at - b.at);
  // Each date is read with the words since the previous date: "brief our staff by June 6, and
  // provide written answers by June 20" gives a briefing date, then a written one.
  let from = 0;
  return hits.map((h) => {
    const clause = s.slice(from, h.at);
    from = h.at + 1;
    return { ...h, briefing: BRIEFING_WORDS.test(clause) && !WRITTEN_WORDS.test(clause.replace(DELIVER_BRIEFING, ' briefing ')) };
  });
}
