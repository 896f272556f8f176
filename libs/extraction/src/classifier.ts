import type { AskKind } from './types.js';
import { hasOwnQuestion, splitSentences, unquoted } from './text.js';

/**
 * Q: a question; R: a request of the recipient; S: a soft wish ("we would like to know"),
 * G: a statement of purpose ("we write to request information"); M: logistics of the reply
 * ("please respond by", "contact my staff"); N: anything else.
 */
export type SentenceClass = 'Q' | 'R' | 'S' | 'G' | 'M' | 'N';

const LEAD = String.raw`^(?:(?:in addition|additionally|also|finally|further|furthermore|lastly|in conclusion|moreover|to that end|accordingly|therefore|thus|second|first|third|next|specifically|in particular|as such|given (?:this|these concerns)|for (?:this|these) reasons?|at a minimum|at the very least|in the meantime|in light of (?:this|these \w+)|to (?:assist|help) [^,]{0,80}|to better understand [^,]{0,80}|to understand [^,]{0,80}|with respect to [^,]{0,80}|regarding [^,]{0,80}|if so|if not)\s*,?\s*)*`;
const INFO_VERBS = String.raw`explain|describe|identify|list|state|detail|specify|indicate|confirm|clarify|outline|summarize|tell|discuss|quantify|estimate|answer|advise|inform|elaborate|justify|account for|walk us through|let (?:us|me) know|include`;
const DOC_VERBS = String.raw`provide|produce|submit|send|furnish|share|forward|deliver|transmit|make available|turn over|supply|give`;
const ACTION_VERBS = String.raw`ensure|take|halt|suspend|reconsider|rescind|withdraw|reverse|schedule|hold|direct|establish|restore|develop|publish|reimburse|preserve|retain|stop|cease|investigate|review|work|finalize|implement|adopt|extend|delay|pause|appoint|testify|appear|commit|refrain|act|require|issue|release|update|reinstate|allow|permit|expand|increase|reduce|end|expedite|consider|prioritize|remove|notify|meet|make|use|protect|fix|correct|revise|clarify|keep|continue|begin|start|conduct|return|pay|refund|cancel|close|reopen`;
const IMPERATIVE = new RegExp(`${LEAD}(?:please\\s+)?(?:also\\s+)?(?:${INFO_VERBS}|${DOC_VERBS}|${ACTION_VERBS})\\b`, 'i');
const PLEASE = /\bplease\b(?!\s+(?:find|note|see|accept|do not hesitate|feel free|contact|call|let (?:us|me) know if|direct|have your staff|reach out|be advised|be assured|know))/i;
const WE_ASK =
  /\b(?:I|we|the (?:sub)?committee|the caucus)\s+(?:also\s+|further\s+|therefore\s+|respectfully\s+|strongly\s+|hereby\s+|again\s+|now\s+|formally\s+|urgently\s+)*(?:request|ask|urge|call on|call upon|encourage|implore|recommend that you|expect you to|direct you to|insist)(?:s)?\b/i;
const SOFT =
  /\b(?:I|we)\s+(?:also\s+|further\s+|still\s+)?(?:(?:would|want|need|wish)\s+(?:also\s+|further\s+)?(?:like\s+)?to\s+(?:know|understand|learn|see|receive|ask|have access)|(?:also\s+)?seek|hope (?:that )?you|trust (?:that )?you will|are interested in learning)\b/i;
const GENERIC =
  /\b(?:writ(?:e|ing) (?:to|today to)|writ(?:e|ing) (?:you )?(?:to )?(?:request|ask|seek|learn|inquire|express|raise|follow|urge|share))|\b(?:information|details|assistance|answers|clarification)\s+(?:related to|regarding|about|on|concerning)\s+(?:these|this|the) (?:programs?|matters?|issues?|concerns?)\b|\bassistance from you\b/i;
// "contact my staff", "call Jane Doe": the object decides, so "call routing" or "contact tracing" stay asks.
const META_CONTACT =
  /\b(?:direct (?:any )?questions|feel free|if you have (?:any )?questions|questions (?:about|regarding|concerning) this|with any questions|do not hesitate|find enclosed|find attached)\b/i;
const CONTACT_US =
  /\b(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Rr]each out to|[Rr]each)\s+(?:me|us|my|our|staff|the\s+(?:[Ss]ub)?[Cc]ommittee|(?:[Ss]ub)?[Cc]ommittee|(?:the\s+)?[A-Z][\w.]*)/;
/** How to answer rather than what: "please answer separately for each agency". */
const FORMAT =
  /\b(?:answer|respond|reply|responses?|answers?)\b[^.?]{0,60}?\b(?:separately|individually|question by question|in (?:the )?order|restat(?:e|ing)|in (?:writing|electronic|searchable|native))\b/i;
/**
 * How to lay out the answers, in either order: "Please restate each question in full, followed by
 * your answer", "Please number each answer to correspond to the question", "answers ... directly
 * below the question", "in a single document in the order the questions appear".
 */
const LAYOUT =
  /\b(?:restat(?:e|ing)|repeat(?:ing)?|reproduc(?:e|ing)|retyp(?:e|ing)|number(?:ing)?\s+(?:each|your|the|all)|numbered|question numbers?|(?:to|that) (?:match|correspond)|(?:include|insert|copy|paste)\s+(?:the\s+)?(?:full\s+)?(?:text\s+of\s+)?(?:each|the)\s+question|in (?:full|bold|italics)|followed by|(?:directly|immediately) (?:below|beneath|after|under|following)|in the (?:same )?order|single (?:document|file)|(?:word|electronic|searchable|pdf|separate) (?:document|format|file|page|sheet)|not exceed|no (?:longer|more) than (?:\w+ )?pages?|pages? (?:per|for each)|font|(?:double|single)-spaced)\b/i;
const LAYOUT_OF_REPLY = /\b(?:answers?|answering|responses?|responding|repl(?:y|ies|ying)|respond)\b/i;
/** Layout that needs no mention of the questions: a length limit, a font, a file format. */
const LAYOUT_STRONG =
  /\b(?:limit\w*\s+(?:each|your|all|the)\b|\d+\s+words\b|not exceed|no (?:longer|more) than (?:\w+ )?(?:pages?|words)|font|(?:double|single)-spaced|(?:word|pdf|searchable|native) (?:document|format|file))/i;
/** Where to send the reply: "Please send your responses to the clerk at ...". */
const REPLY_ROUTING =
  /\b(?:send|submit|return|transmit|e-?mail|deliver|direct)\s+(?:your\s+|the\s+|all\s+|any\s+)?(?:written\s+)?(?:responses?|answers?|replies)\s+(?:to\b|via\b|by e-?mail|electronically)/i;

/** Courtesies: "Please convey my thanks to the team", "please extend our appreciation to ...". */
const COURTESY =
  /^\W*(?:(?:also|again|finally),?\s+)?(?:please\s+)?(?:also\s+)?(?:convey|extend|pass (?:on|along)|give|send|express|offer|relay)\s+(?:my|our)\s+(?:(?:sincere|deep|deepest|warm|warmest|personal|heartfelt|special)\s+)?(?:thanks|gratitude|appreciation|congratulations|regards|condolences|best wishes)\b/i;

/** How to deliver a production: "When producing documents, please deliver two sets to ...". */
const DELIVERY = /^\W*(?:when|in) (?:producing|submitting|delivering|transmitting) (?:the |your |any |these )?(?:documents|records|materials|responses?|production)\b|\b(?:sets?|cop(?:y|ies)) to the (?:majority|minority)\b/i;
/** "I would also welcome a briefing", "we would appreciate copies of ...", "I would appreciate your views on whether ...". */
const WELCOME =
  /\b(?:I|we)\s+(?:would|will)\s+(?:also\s+|further\s+)?(?:welcome|appreciate|value)\s+(?:(?:a|an|any|the opportunity (?:to|for)|receiving)\s+)?(?:[\w-]+\s+){0,2}?(?:briefing|meeting|cop(?:y|ies)|call with|be briefed|meet|(?:views|thoughts|perspective)(?=\s+(?:on|about|regarding|as to)\s+(?:whether|how|why|what|which|the)\b))/i;
/** The reply itself or the requested items as a whole, not a particular record. */
const GENERIC_OBJECT = /^(?:information|answers?|responses?|repl(?:y|ies)|documents|materials|records|items|questions|requests|data)$/i;
// The reply to this letter, not "the company's response to the outage".
const META_REPLY =
  /\b(?:respond|repl(?:y|ies)|answers?|hear(?:ing)? from you|input|cooperation|(?:your|a|written|prompt|timely|full|complete|complete and accurate)\s+(?:response|responses)|responses?\s+(?:to|by|no later|within|on or before)\s+(?:this|these|the following|the above|our|my|the questions|all|each)|responses?\s+(?:by|no later than|within|on or before)\b|^\W*(?:please\s+provide\s+)?(?:the\s+)?responses?\b)/i;
const DEICTIC =
  /\b(?:the following|following (?:questions|requests|information|documents|items|topics)|below|above|enclosed|attached|attachment|appendix|these (?:\w+ )?(?:questions|requests|matters)|this (?:letter|request|inquiry|information|matter)|the (?:requested|above)|the questions|our questions|my questions|such information|requested (?:information|documents|materials|records)|the information|this material|these documents)\b/i;
const DEADLINE = /\b(?:by|no later than|not later than|on or before|within|prior to|before)\b[^.]{0,120}?\d|\bwithin (?:a|one|two|three|four|ten|fourteen|thirty|\w+) (?:business |calendar |working )?(?:days?|weeks?|months?)\b/i;

const BRIEFING_ASK = /\b(?:request|ask|please|would like)\b[^:;]{0,80}?\bbrief(?:ing|s)?\b(?!\s+(?:answers?|descriptions?|summary|explanations?|responses?|overview))/i;

/** A briefing asked for beside the list the sentence introduces: "a briefing by May 2, and answers to the following questions:". */
function briefingAndList(s: string): boolean {
  const m = BRIEFING_ASK.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  const list = /\b(?:following|below)\b/i.exec(rest);
  if (!list || list.index > 400) return false;
  const between = rest.slice(0, list.index);
  return !/[:;]/.test(between) && /\band\b/i.test(between);
}

// The same sentence is judged several times per letter (is it an ask, which kind, prose grouping).
const memo = new Map<string, SentenceClass>();

export function classifySentence(sentence: string): SentenceClass {
  if (sentence.length > 2000) return classifyUncached(sentence);
  let c = memo.get(sentence);
  if (c === undefined) {
    if (memo.size > 4000) memo.clear();
    c = classifyUncached(sentence);
    memo.set(sentence, c);
  }
  return c;
}

function classifyUncached(sentence: string): SentenceClass {
  const s = sentence.trim();
  const bare = unquoted(s);
  const question = /\?\s*["'”’)\]]*(?:\[\d+\])?\d{0,2}\s*$/.test(s) && /\?/.test(bare);
  if (META_CONTACT.test(s) || CONTACT_US.test(s)) return 'M';
  // "We request a briefing ... and answers to the following questions:" asks for the briefing itself.
  if (question) return 'Q';
  if (COURTESY.test(bare)) return 'N';
  if (/:\s*$/.test(s) && briefingAndList(bare)) return 'R';
  if (/:\s*$/.test(s) && /\b(?:following|below|as follows)\b/i.test(s)) return 'M';
  const welcome = WELCOME.test(bare);
  const asks = welcome || PLEASE.test(bare) || WE_ASK.test(bare) || IMPERATIVE.test(bare) || SOFT.test(bare);
  if (!asks) return 'N';
  const layout = LAYOUT_OF_REPLY.test(s) && ((LAYOUT.test(s) && /\bquestions?\b/i.test(s)) || LAYOUT_STRONG.test(s));
  if ((FORMAT.test(s) || layout || REPLY_ROUTING.test(s) || DELIVERY.test(s)) && !/\b(?:explain|describe|why|how|whether)\b/i.test(s)) return 'M';
  if (META_REPLY.test(s) && (DEICTIC.test(s) || DEADLINE.test(s)) && !/\bexplain|describe|why\b/i.test(s)) return 'M';
  if (DEICTIC.test(s) && /\b(?:answer|respond|reply|provide|produce|submit|brief)\b/i.test(s) && /\b(?:following|below|above|appendix|attachment|enclosed|attached|requested|these questions|this information)\b/i.test(s) && replyObject(s)) return 'M';
  if (/:\s*$/.test(s)) return 'M';
  if (GENERIC.test(s)) return 'G';
  if (!welcome && SOFT.test(bare) && !PLEASE.test(bare) && !WE_ASK.test(bare) && !IMPERATIVE.test(bare)) return 'S';
  return 'R';
}

/** Whether what the sentence asks for is the reply itself ("the information requested above"), not a record. */
function replyObject(s: string): boolean {
  if (/\b(?:answer|respond|reply)\b/i.test(s) && !/\b(?:provide|produce|submit)\b/i.test(s)) return true;
  const m = /\b(?:provide|produce|submit)\b\s+(.*)$/i.exec(s);
  if (!m) return true;
  const words = m[1]!.replace(/[^\w\s'-]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 8);
  for (const w of words) {
    if (SKIP_LEAD.test(w) || /^(?:requested|above|below|following|said|this|these|that|those|such)$/i.test(w)) continue;
    return GENERIC_OBJECT.test(w) || /^(?:written|requested)$/i.test(w);
  }
  return true;
}


/** An item or paragraph that by itself asks something of the recipient. */
export function isAskLike(text: string): boolean {
  if (hasOwnQuestion(text)) return true;
  return splitSentences(text).some((s) => {
    const c = classifySentence(s);
    return c === 'Q' || c === 'R' || c === 'S';
  });
}


const DOC_NOUN = /^(?:documents?|documentation|records?|cop(?:y|ies)|lists?|communications?|correspondence|e-?mails?|memoranda|memos?|memorandums?|transcripts?|reports?|contracts?|agreements?|polic(?:y|ies)|guidance|manuals?|minutes|notes|logs?|calendars?|spreadsheets?|files?|materials?|plans?|audits?|presentations?|invoices?|receipts?|charts?|scripts?|sheets?|studies|study|assessments?|analys[ie]s|evaluations?|reviews?|drafts?|versions?|certifications?|forms?|filings?|slides|data|datasets?|orders?|directives?|protocols?|procedures?|budgets?|proposals?|applications?|submissions?|tickets?|photographs?|recordings?|footage|videos?|texts?|messages?|inventor(?:y|ies)|ledgers?|contract|schedules?|complaints?|claims?|attestations?|artifacts?|modifications?|amendments?|notices?|letters?|licen[cs]es?|permits?|waivers?|charters?|rosters?|tables?|maps?|surveys?|questionnaires?|dashboards?|worksheets?|databases?|statements?|agendas?|readouts?|certificates?|disclosures?|guidelines|instructions|handbooks?|models?|roadmaps?|timesheets?|bulletins?|advisories|determinations?|decisions?|opinions?|justifications? and approvals?)$/i;
const INFO_NOUN = /^(?:questions?|explanation|description|information|details?|examples?|answers?|numbers?|names?|titles?|dates?|amounts?|status|summary|justification|estimates?|accounting|breakdown|update|basis|rationale|assurances?|response|reasons?|total|count|percentage|share|insight|clarification|input|timeframe|figures?|statistics|views|thoughts|perspectives?)$/i;
const CHUNK_STOP = /^(?:of|for|on|about|regarding|that|which|who|from|in|to|by|between|concerning|related|relating|since|and|or|as|at|under|with|where|when|whether|how|why|including|used|prepared|issued|given|made|sent|provided|showing|describing|explaining)$/i;
const SKIP_LEAD = /^(?:to|us|me|the|committee|subcommittee|my|our|office|staff|with|all|any|each|every|a|an|complete|full|unredacted|relevant|written|existing|internal|final|current|most|recent|its|your|their|following|further|additional|also|both)$/i;

/** A letter that asks an inspector general or GAO to review something: its topics ask for that work. */
export function isReviewRequest(header: string, body: string): boolean {
  return /\b(?:inspector general|comptroller general|government accountability office)\b/i.test(header) && REVIEW_REQUEST.test(body);
}

/** Whether a request's object is an existing record (document) or information to be composed. */
export function objectKind(words: string): 'doc' | 'info' | null {
  // The first of several objects ("(1) the contract, (2) the justification ...") decides.
  // Parts without words ("provide, by May 1, 2025, the data": " 2025") are skipped like interjected phrases.
  const first = words.replace(/^\s*for the record\b,?/i, '').replace(/\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)/g, ' ').split(/[,;]/).find((part) => /[A-Za-z]/.test(part) && !/^\s*(?:for|in|if|as|at|on|by|from|since|during|where|when|to the extent)\b/i.test(part)) ?? words;
  const tokens = first
    .replace(/[^\w\s'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let i = 0;
  while (i < tokens.length && SKIP_LEAD.test(tokens[i]!)) i++;
  const lead = tokens.slice(0, i);
  const chunk: string[] = [];
  for (; i < tokens.length && chunk.length < 7; i++) {
    if (chunk.length && CHUNK_STOP.test(tokens[i]!)) break;
    chunk.push(tokens[i]!);
  }
  for (let k = chunk.length - 1; k >= 0; k--) {
    if (DOC_NOUN.test(chunk[k]!)) return 'doc';
    if (INFO_NOUN.test(chunk[k]!)) return existingRecord(chunk[k]!, [...lead, ...chunk.slice(0, k)], tokens.slice(i, i + 5)) ? 'doc' : 'info';
  }
  return null;
}

/** Made by someone already: "the estimates CISA has prepared", "the summary issued in May". */
const MADE = /^(?:prepared|conducted|commissioned|completed|issued|compiled|drafted|performed|developed|written|generated|produced|submitted)$/i;
const PHRASE_END = /^(?:of|for|on|about|regarding|concerning|to|in|from|that|which|who|whether|how|why|and)$/i;
/** Marks an estimate as a record on file: "the most recent life-cycle cost estimate", "internal estimates". */
const RECORD_ADJ = /^(?:recent|latest|internal|independent|existing|official|draft|final|life-cycle|lifecycle|cost)$/i;

/**
 * Information a request names that already exists as a record: an estimate on file, or any
 * information noun followed by the making of it ("any estimates or analyses the agency has prepared").
 */
function existingRecord(noun: string, before: string[], after: string[]): boolean {
  for (const w of after) {
    if (MADE.test(w)) return true;
    if (PHRASE_END.test(w)) break;
  }
  return /^estimates?$/i.test(noun) && before.some((w) => RECORD_ADJ.test(w));
}

const REVIEW_REQUEST =
  /\brequest(?:s|ing)?\s+(?:that\s+(?:you|your office|GAO|the office)\s+(?:conduct|undertake|initiate|open|begin|perform)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:review|audit|investigation|evaluation|inspection|examination)\b|\b(?:request|ask|urge)s?\s+(?:that\s+)?(?:you|your office|GAO|the (?:office|inspector general|comptroller general))\s+(?:to\s+)?(?:\w+\s+)?(?:review|examine|investigate|audit|evaluate|assess|conduct (?:a|an) (?:review|audit|investigation|evaluation))\b/i;
/** What the review itself is to cover: "we ask that the review examine:", "the audit should address:". */
const REVIEW_SCOPE =
  /\b(?:request|ask)s?\s+that\s+(?:the|your|this|its|any such)\s+(?:review|audit|evaluation|investigation|inspection|examination|study)\s+(?:also\s+)?(?:examine|address|assess|evaluate|review|consider|determine|include|cover|focus on|look at|analyze)\b|\b(?:the|your|this|such an?)\s+(?:review|audit|evaluation|investigation|inspection|examination|study)\s+(?:should|would|could|to)\s+(?:also\s+)?(?:examine|address|assess|evaluate|consider|determine|include|cover|focus on|look at|analyze)\b/i;
const BRIEFING =
  /\bbrief(?:s|ed|ing|ings)?\b(?!\s+(?:description|summary|explanation|overview|answer|period|time|statement|history|note|discussion|window|delay|interval))|\bmeet(?:ing)? with (?:committee |subcommittee |our |my |caucus )?staffs?\b|\b(?:request|ask)s?\s+that\b[^.?]{0,100}?\bmeet with (?:me|us)\b/i;
/** Testimony sought from named people: "transcribed interviews of ...", "depositions of ...". */
const TESTIMONY = /\b(?:transcribed interviews?|depositions? of|sworn testimony)\b/i;
const COMMIT = /\b(?:commit|agree|be willing|be prepared)\s+to\b/i;
const NOT_BRIEFING = /\b(?:a|an|amicus|legal|this|short)\s+brief\b(?!ing)/i;
const OTHER = /\b(?:urge|encourage|call (?:on|upon)|implore|hope|trust that|recommend that you|insist)\b/i;
const ANCHOR = /\bplease\s+(?:also\s+)?|\b(?:request|ask)s?\s+(?:that\s+)?(?:you|the \w+|(?!(?:a|an|all|any|copies|copy)\b)[A-Z][\w-]*(?:\s+officials)?)\s+(?:also\s+)?|\byou to\s+/i;
const VERB = new RegExp(`\\b(${INFO_VERBS}|${DOC_VERBS}|${ACTION_VERBS}|request|ask)\\b`, 'i');

function requestKind(sentence: string, context: AskKind | null): AskKind {
  const s = unquoted(sentence);
  if (OTHER.test(s) || TESTIMONY.test(s)) return 'other';
  if (BRIEFING.test(s) && !NOT_BRIEFING.test(s)) return 'briefing_request';
  const welcome = WELCOME.exec(s);
  if (welcome) {
    const obj = objectKind(s.slice(welcome.index + welcome[0].length - /\S+$/.exec(welcome[0])![0].length));
    return obj === 'info' ? 'question' : 'document_request';
  }
  if (/\b(?:like|want|need|wish) to (?:know|understand|learn)\b/i.test(s)) return 'question';
  const anchor = ANCHOR.exec(s);
  const from = anchor ? anchor.index + anchor[0].length : 0;
  const verb = VERB.exec(s.slice(from));
  if (!verb) return context ?? 'question';
  const v = verb[1]!.toLowerCase();
  const after = s.slice(from + verb.index + verb[0].length);
  if (new RegExp(`^(?:${DOC_VERBS}|request|ask)$`, 'i').test(v)) {
    const obj = objectKind(after) ?? (docPhrase(after) ? 'doc' : null);
    if (obj) return obj === 'doc' ? 'document_request' : 'question';
    // Unnamed records kept over a period "from January 1, 2020, to the present" are produced, not composed.
    if (/^produce$/i.test(v) || /\b(?:to|through|until) the present\b/i.test(after)) return 'document_request';
    return context ?? 'question';
  }
  if (new RegExp(`^(?:${INFO_VERBS})$`, 'i').test(v)) return 'question';
  return 'other';
}

/** "all guidance the Department issued", "copies of each memorandum": a request for records somewhere in a phrase. */
export function docPhrase(text: string): boolean {
  const tokens = text.replace(/[^\w\s'-]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 30);
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(?:all|any|each|every|copies|copy)$/i.test(tokens[i]!)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) if (DOC_NOUN.test(tokens[k]!)) return true;
  }
  return false;
}

/** Kind of a noun-phrase item ("Employment contracts;"), from its head noun or else its list's intro. */
function fragmentKind(text: string, context: AskKind | null): AskKind {
  if (context && context !== 'question') return context;
  // An indirect question ("how long the company keeps the data") asks for an answer, not records.
  if (/^\W*(?:whether|how|what|which|why|when|where|who|whom|whose)\b/i.test(text)) return 'question';
  if (docPhrase(text)) return 'document_request';
  const obj = objectKind(text);
  if (obj) return obj === 'doc' ? 'document_request' : 'question';
  return context ?? 'question';
}

/** The kind of an entry: decided by its first asking sentence, as a reader would. */
export function kindOf(text: string, context: AskKind | null = null): AskKind {
  for (const s of splitSentences(text)) {
    const q = /\?["'”’)\]]*(?:\[\d+\])?\d{0,2}$/.test(s.trim()) && hasOwnQuestion(s);
    const c = q ? 'Q' : classifySentence(s);
    // "Will the agency commit to briefing my staff ...?" asks for a briefing in a question's form.
    if (c === 'Q') return COMMIT.test(s) && BRIEFING.test(unquoted(s)) && !NOT_BRIEFING.test(s) ? 'briefing_request' : 'question';
    if (c === 'R' || c === 'S' || c === 'G') return requestKind(s, context);
  }
  if (hasOwnQuestion(text)) return 'question';
  return fragmentKind(text, context);
}

/** What kind of asks an introducing sentence leads into, for items that are bare noun phrases. */
export function contextKind(intro: string | null): AskKind | null {
  if (!intro) return null;
  // Only the sentence that leads into the list speaks for it, not earlier asks in its paragraph.
  const s = unquoted(splitSentences(intro).pop() ?? intro);
  if (OTHER.test(s) || /\bsteps\b/i.test(s)) return 'other';
  // A request that an inspector general or auditor examine matters: its items ask for that review.
  if (REVIEW_REQUEST.test(s) || REVIEW_SCOPE.test(s)) return 'other';
  if (/^(?:documents?|records?)\s+(?:requests?|requested)\b|^(?:requests?\s+for|requested)\s+(?:documents|records)\b|^document\s+production\b/i.test(s.trim())) return 'document_request';
  // "a briefing by May 2, and written answers to the following questions:": the list's own noun decides.
  const following = /\bfollowing\s+((?:[\w-]+\s+){0,2}[\w-]+)/i.exec(s);
  // "the following documents and information": each item's own head noun decides.
  // A production ("please produce the following documents and information:") asks for records throughout.
  if (following && /\b(?:documents?|records|materials)\s+and\s+information\b|\binformation\s+and\s+(?:documents|records|materials)\b/i.test(following[1]!)) {
    return /\bproduce\b/i.test(s) ? 'document_request' : null;
  }
  const below = /\b((?:[\w-]+\s+){0,2}?(?:questions|requests|documents|information))\s+(?:below|that follow)\b/i.exec(s);
  const listed = following ? objectKind(following[1]!) : below ? objectKind(below[1]!) : null;
  if (BRIEFING.test(s) && !NOT_BRIEFING.test(s) && !(listed && briefingAndList(s))) return 'briefing_request';
  if (listed) return listed === 'doc' ? 'document_request' : 'question';
  const anchor = ANCHOR.exec(s);
  const from = anchor ? anchor.index + anchor[0].length : 0;
  const verb = VERB.exec(s.slice(from));
  if (verb && new RegExp(`^(?:${DOC_VERBS}|request)$`, 'i').test(verb[1]!)) {
    if (objectKind(s.slice(from + verb.index + verb[0].length)) === 'doc') return 'document_request';
  }
  return 'question';
}
