/**
 * Background judgements: what a letter recounts, cites or asks for effect rather than of the
 * recipient (rhetorical questions and the writers' answers, narrated events, reported findings,
 * citations, statutory duties), and whether a list's introduction makes its items asks.
 */
import { classifySentence, docPhrase, isAskLike } from './classifier.js';
import { hasOwnQuestion, splitSentences, unquoted, wordCount } from './text.js';

const RHETORICAL_SHAPE =
  /^(?:(?:and|but|so|then|after all|in short),?\s+)?(?:why (?:should|would|must|on earth|is it that)\b|how (?:many more|much longer|much more)\b|how long (?:must|will|should|can)\b|how (?:can|could) (?:anyone|we|families|residents|communities|taxpayers|consumers|customers|veterans|patients|parents|students|workers|americans|the public|people)\b|is (?:it|this|that) (?:any wonder|too much to ask|acceptable|fair|right)\b|is there (?:any|an) excuse\b|what (?:message|good|kind of|sort of|signal)\b|who (?:would|could|can)\b|who among (?:us|them|you)\b|(?:isn't|wasn't|shouldn't|wouldn't|doesn't) (?:it|this|that)\b)|\bsupposed to\b/i;
const RHETORICAL_WH = /^(?:[^,?]{0,160},\s*)?(?:why|how)\s+(?:should|must|can|could|would|did|is it|was it|are|were)\b/i;
/**
 * Shapes that ask for effect whatever follows: "Can anyone say ...?", "How many close calls will it
 * take before ...?", and an indignant how/why over what someone cannot even do ("How can a family
 * plan when it cannot even get a call returned?").
 */
const RHETORICAL_MORE =
  /^(?:(?:and|but|so|yet),?\s+)?(?:(?:can|could|would) (?:anyone|anybody|any of us)\b|(?:does|do) (?:anyone|anybody) (?:really |seriously |honestly )?(?:believe|think|expect)\b|how (?:many|much)\b[^?]{0,80}?\b(?:will|would|must|does|did) it take (?:before|until)\b|(?:how|why|what)\b[^?]{0,160}?\b(?:when|if|while|where)\b[^?]{0,100}?\b(?:cannot|can't|can not|could not|couldn't|won't|will not|doesn't|does not|don't|do not|didn't|did not|isn't|aren't) even\b)/i;

/*
 * The writers' own answer to the question just before it: "Is that acceptable? It is not.",
 * "What did the agency do? Very little.", "Why does this matter? Because ...".
 */
/** Leads that answer whatever their length: "Because ...", "The answer is ...", "Too often, ...". */
const ANSWER =
  /^(?:because\b|the (?:short |simple |honest |plain |obvious )?answer\b|nothing\b|none\b|yes[.,!]|no[.,!]|(?:all )?too often\b|in (?:short|too many cases)\b|of course\b|(?:clearly|certainly|apparently|evidently|plainly) not\b)/i;
/** Leads that answer only in a short reply ("It has not.", "Very little, at first."), not in a sentence of context. */
const SHORT_ANSWER =
  /^(?:no one\b|nobody\b|not (?:one|once|a single|yet|much|enough|really|at all|so)\b|very (?:little|few)\b|hardly\b|rarely\b|never\b|(?:it|they|he|she|we|the (?:agency|department|company|bureau|administration|board|commission|office|service)) (?:is|are|was|were|did|does|do|has|have|had|will|would|could|can) not\b|(?:it|they) (?:isn't|aren't|wasn't|weren't|didn't|doesn't|don't|hasn't|haven't|hadn't|won't|can't)\b|(?:sadly|unfortunately|regrettably),?\s+(?:not|no|never|nothing|none|very little|it (?:has|did|does|is|was) not)\b|(?:we|I) (?:do not|don't) (?:believe|think) so\b|(?:we|I) doubt (?:it|that)\b|(?:we|I) (?:believe|think|suspect|fear) (?:the answer is|not)\b)/i;
/** "Taxpayers do.", "They did." */
const ECHO = /^(?:[A-Z]\w*\s+){1,3}(?:do|does|did|are|is|was|were|have|has|had|can|will)(?:\s+not)?[.!]$/;

/** Whether a sentence is the writers' own answer to the question just before it. */
export function isAnswer(sentence: string): boolean {
  const s = sentence.trim();
  if (!s || /\?\s*["'”’)\]]*$/.test(s)) return false;
  return ANSWER.test(s) || ECHO.test(s) || (SHORT_ANSWER.test(s) && wordCount(s) <= 8);
}

/**
 * A question asked for effect: by its wording ("Why should taxpayers ...?", "How many more ...?"),
 * or, when it closes a paragraph of background, an indignant why/how question not put to "you".
 */
export function isRhetorical(question: string, closesBackground: boolean): boolean {
  const s = question.trim();
  if (RHETORICAL_SHAPE.test(s) || RHETORICAL_MORE.test(s)) return true;
  return closesBackground && RHETORICAL_WH.test(s) && !/\b(?:you|your)\b/i.test(s);
}

const NARRATIVE_LEAD = new RegExp(
  String.raw`^(?:on|in|during|since|by|from|between|last|earlier|after|before|as of|beginning in|starting in)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+)?(?:(?:${'January|February|March|April|May|June|July|August|September|October|November|December'})\b[^,]{0,20}|(?:19|20)\d{2}\b|(?:fiscal|calendar) year)`,
  'i',
);

/**
 * A timeline entry headed by its date and told in the past: "January 2008: a student was
 * hospitalized ...", "May 3, 2021 - the plant closed ...". A year's figures ("FY 2020: the number
 * of ...") are not told as events.
 */
const DATED_ENTRY = new RegExp(
  String.raw`^(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\s*(?::|\s[–—-])\s`,
  'i',
);

/**
 * What others reported, set among a list of questions as its background: "The 2020 summaries report
 * 6.8 injuries per 100 workers.", "Workers reported being disciplined for ...". A noun phrase with a
 * relative clause ("documents that show ...") is not a statement.
 */
const REPORTING = /^[^,;]{0,120}?\b(?:reported|stated|said|told|found|testified|announced|noted|estimated|indicated|acknowledged|concluded|showed|claimed|disclosed|learned|discovered|revealed|observed|documented|alleged|reports?\s+(?=\d|that\b))/i;
const RELATIVE_BEFORE = /\b(?:that|which|who|whom|whose|where|when|any|all|each|every|copies|documents?|records?)\b/i;

export function isReportedFact(text: string): boolean {
  const t = text.trim();
  if (hasOwnQuestion(t) || isAskLike(t)) return false;
  const m = REPORTING.exec(t);
  return !!m && !RELATIVE_BEFORE.test(m[0]) && wordCount(t) >= 6 && /[.;]["'”’)\]]*(?:\d{1,3})?(?:\s*(?:and|or))?$/.test(t);
}

/** An item that recounts an event ("In May 2017, the river overtopped the levee."), not an ask. */
export function isNarrative(text: string): boolean {
  const t = text.trim();
  const dated = DATED_ENTRY.test(t) && /\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b/.test(t);
  if (!(NARRATIVE_LEAD.test(t) || dated) || hasOwnQuestion(t) || docPhrase(t)) return false;
  return !splitSentences(t).some((s) => {
    const c = classifySentence(s);
    return c === 'R' || c === 'S' || c === 'Q';
  });
}

const URL = /\bhttps?:\/\/\S|\bwww\.\w/i;
/** A title in quotes followed by where it appeared: `, “Who Pays? The Hidden Cost,” The Ledger`. */
const QUOTED_TITLE = /["“][^"“”]{3,300}["”]\s*,?\s*(?:[A-Z0-9(]|in\b|at\b)/;
const CITED_DATE = /\b(?:19|20)\d{2}\b/;
/** A source cited by its author or publisher: "Jane Roe,", "Office of Inspector General, U.S. Department of ...,". */
const CITATION_LEAD =
  /^(?:(?:\[\d{1,3}\]|\d{1,3}\.?)\s+)?(?:See(?: also)?,?\s+|Id\.|Ibid|["“]|[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|for|on|&|de|la|le|du|da|del|der|di|van|von)){1,9},\s)|^(?:\[\d{1,3}\]|\d{1,3}\.?)\s+[A-Z][\w.'’&-]*,\s/;

/**
 * An endnote or reference: a source named by its author or publisher, then a quoted title, a date
 * or a web address. A question mark inside a cited title does not make it an ask.
 */
export function isCitation(text: string, endnotes = false): boolean {
  const t = text.trim();
  if (!CITATION_LEAD.test(t)) return false;
  const bare = unquoted(t);
  if (/\b(?:please|you|your)\b|\b(?:we|I)\s+(?:\w+\s+)?(?:ask|request|urge)\b/i.test(bare) || /\?\s*$/.test(bare)) return false;
  if (URL.test(t) || (QUOTED_TITLE.test(t) && CITED_DATE.test(t))) return true;
  // Among the endnotes after the signature, a publisher and year are enough: "Jane Roe, Who Pays? (Institute, 2024)."
  return endnotes && /\(?[^()]*\b(?:19|20)\d{2}\)?\.?\s*$/.test(t) && CITED_DATE.test(t);
}

/** A statute cited at the end of a duty: "..., 12 U.S.C. § 5493(d)(1);". */
const STATUTE = /\b\d+\s*U\.\s?S\.\s?C\.|\bC\.\s?F\.\s?R\.|§|\bPub\.\s*L\.|\bStat\.\s*\d/;

/**
 * A duty the law gives the agency, listed as background: it opens with a lower-case verb and cites
 * the statute ("develop and implement a strategy ..., 12 U.S.C. § 5493(d)(2);"), and asks nothing.
 */
export function isStatutoryDuty(text: string): boolean {
  const t = text.trim();
  return /^[a-z]/.test(t) && STATUTE.test(t) && !hasOwnQuestion(t) && !/\b(?:please|you|your|we|I|us|our)\b/.test(unquoted(t));
}

export type Polarity = 'pos' | 'neg' | 'hard' | 'neutral';

const HARD_NEGATIVE = /^(?:\W*)(?:instructions|definitions|responding to|how to respond|guidance for responding|background|timeline|chronology|findings|key findings|summary of findings)\b/i;
const NEGATIVE =
  /\b(?:found|finds|findings?|conclu(?:ded|sions?)|determined|revealed|show(?:ed|s)?|learned|observed|reported|poll|survey(?:ed)?|respondents|percent|timeline|sequence of events|as follows|points?|accomplishments|benefits|achievements|include[sd]?|including|such as|facts?|events|history|milestones|results|data show|make (?:three|two|four|several) points)\b/i;
const STRONG_NEGATIVE = /\b(?:found|findings?|poll|survey|percent|learned|timeline|(?:sequence|series|chain|string) of (?:events|incidents|failures)|results|reported|revealed|points|benefits|accomplishments)\b/i;
const POSITIVE =
  /\b(?:questions?|requests?|requested|ask|answer|respond|reply|provide|produce|submit|explain|describe|information|documents?|records|materials|brief(?:ing)?|like to know|seek|urge|steps|please|clarify|address|topics)\b/i;

/** Lists of what the recipient or someone else already did, which the letter commends or recounts. */
const COMMENDED =
  /\b(?:commend(?:s|ed)?|applaud(?:s|ed)?|prais(?:e|es|ed)|welcomed?|pleased|encouraged|grateful|congratulat\w*|already|announced|(?:has|have|had) (?:taken|made|issued|accepted|adopted|implemented|completed|announced)|accepted|recommended|recommendations|(?:has|have|had) (?:experienced|suffered|endured)|endorsed?|(?:we|I) (?:strongly |fully )?support|agree with|(?:agreed|committed|pledged|promised) to(?!\s+(?:provide|produce|send|submit|brief|share|deliver|furnish|respond|answer)))\b/i;
const EXPLICIT_ASK = /\b(?:please|we (?:\w+ )?(?:ask|request|urge)|I (?:\w+ )?(?:ask|request|urge)|(?:request|ask|urge) that|(?<!\b(?:which|that|who|recommendations?|reports?)\s)call (?:on|upon)|following questions|questions below|answer|respond)\b/i;

/**
 * What someone else recommends or what the law requires of the agency, quoted as background: "The
 * report recommends that the Department:", "it requires the Bureau to:", "the Act directs the
 * Secretary to:", "the Office is responsible for:".
 */
const THIRD_PARTY =
  /\b(?:law|statute|act|section|code|regulations?|rules?)\b[^.:;]{0,60}?\b(?:must|shall)\b|\b(?:report|audit|review|study|assessment|evaluation|analysis|GAO|OIG|inspector general|commission|board|panel|task force|council|academ(?:y|ies)|NTSB|it|they|law|statute|act|section|code|regulations?|rule|congress|legislation|provision|order|directive|charter)\b[^.:;]{0,80}?\b(?:recommends|(?:calls?|called) (?:on|upon)|urg(?:es|ed)|advis(?:es|ed)|suggest(?:s|ed)|direct(?:s|ed)|requir(?:e|es|ed)|mandat(?:e|es|ed)|obligat(?:e|es|ed)|charg(?:es|ed)|instruct(?:s|ed)|authoriz(?:es|ed)|empower(?:s|ed)|task(?:s|ed))\b|\b(?:is|are|was|were) (?:responsible for|charged with|tasked with|required to)\b|\b(?:statutory|legal) (?:duties|responsibilities|obligations|mandates?)\b|\bduties (?:include|are)\b/i;
const FIRST_PERSON_ASK = /\b(?:we|I|the (?:sub)?committee)\s+(?:\w+\s+)?(?:ask|request|urge|recommend|call on|call upon|expect|direct|encourage)\b/i;

/** Whether the sentence or heading that introduces a list makes its items asks. */
export function polarity(intro: string | null): Polarity {
  if (!intro) return 'neutral';
  const last = splitSentences(intro).pop() ?? intro;
  if (HARD_NEGATIVE.test(last) && last.length < 80) return 'hard';
  if (COMMENDED.test(last) && !EXPLICIT_ASK.test(last)) return 'neg';
  if (THIRD_PARTY.test(last) && !EXPLICIT_ASK.test(last) && !FIRST_PERSON_ASK.test(last)) return 'neg';
  if (/\b(?:we|I)\s+(?:\w+\s+)?recommend\b/i.test(last)) return 'pos';
  const pos = POSITIVE.test(last);
  const neg = NEGATIVE.test(last);
  if (pos && neg) return STRONG_NEGATIVE.test(last) ? 'neg' : 'pos';
  return pos ? 'pos' : neg ? 'neg' : 'neutral';
}
