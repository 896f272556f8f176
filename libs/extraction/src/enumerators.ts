/** How an item is numbered; roman and alphabetic readings of `i`, `v`, `I`, `C` compete. */
export type EnumStyle = 'decimal' | 'lower' | 'upper' | 'lroman' | 'uroman' | 'bullet';
/** How the enumerator is punctuated: `1.`, `1)`, `(1)`, `1` alone, `Question 1:`, or a bullet. */
export type EnumForm = 'dot' | 'close' | 'paren' | 'bare' | 'word' | 'bullet';

export interface Reading {
  style: EnumStyle;
  value: number;
}

export interface Enumerator {
  raw: string | null;
  form: EnumForm;
  readings: Reading[];
  rest: string;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanValue(s: string): number | null {
  const t = s.toLowerCase();
  if (!/^[ivxlc]+$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = i + 1 < t.length ? ROMAN[t[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  // Reject non-canonical strings such as `iiii` or `vx`: they are words, not numerals.
  return toRoman(total) === t ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function readingsOf(token: string): Reading[] {
  if (/^\d+$/.test(token)) return [{ style: 'decimal', value: Number(token) }];
  const out: Reading[] = [];
  const upper = token === token.toUpperCase();
  if (token.length === 1) out.push({ style: upper ? 'upper' : 'lower', value: token.toLowerCase().charCodeAt(0) - 96 });
  const r = romanValue(token);
  if (r !== null && (token === token.toLowerCase() || upper)) out.push({ style: upper ? 'uroman' : 'lroman', value: r });
  return out;
}

const TOKEN = '(\\d{1,3}|[a-zA-Z]|[ivxlc]{2,6}|[IVXLC]{2,6})';
const PATTERNS: [EnumForm, RegExp][] = [
  ['bullet', /^([•*·▪◦○●■□►➢‣⁃❖➤✓→–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8-])\s+(.*)$/s],
  // Word's second-level bullet, converted from its symbol font as a letter o.
  ['bullet', /^(o)\s{1,4}(?=[A-Za-z"“(])(.*)$/s],
  ['word', /^((?:Question|QUESTION|Request|REQUEST|Item|ITEM)\s+)(\d{1,3})\s*[.:)–—-]\s*(.*)$/s],
  ['word', /^(Q\s?)(\d{1,3})[.:)]\s+(.*)$/s],
  ['paren', new RegExp(`^\\(${TOKEN}\\)\\s*(.*)$`, 's')],
  ['close', new RegExp(`^${TOKEN}\\)\\s+(.*)$`, 's')],
  ['dot', new RegExp(`^${TOKEN}\\.\\s+(.*)$`, 's')],
  ['dot', /^(\d{1,3})\.(?=[A-Z])(.*)$/s],
  ['bare', /^(\d{1,3})\s+(?=["“(]?[A-Z])(.*)$/s],
];

/** Reads the enumerator or bullet that opens a paragraph, if any. */
export function parseEnumerator(text: string): Enumerator | null {
  for (const [form, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    // "Question 4:", "Q4.": the number is read like `4.`, and labelled like it (`4`, as the spec's labels are).
    if (form === 'word') {
      const rest = m[3]!.trim();
      if (!rest) return null;
      return { raw: m[2]!, form, readings: readingsOf(m[2]!), rest };
    }
    const rest = m[2]!.trim();
    if (!rest) return null;
    if (form === 'bullet') return { raw: null, form, readings: [{ style: 'bullet', value: 0 }], rest };
    const readings = readingsOf(m[1]!);
    if (!readings.length) continue;
    return { raw: m[1]!, form, readings, rest };
  }
  return null;
}

export interface InlineItem {
  raw: string;
  text: string;
}

export interface InlineList {
  intro: string;
  items: InlineItem[];
  tail: string;
}

/**
 * Finds a run list written inside one paragraph: "provide: (1) the plan; (2) the audit; and (3) ...".
 * Only runs that start at 1/a/i, count up without gaps and follow an introducing phrase qualify,
 * so citations such as "section 212(n)(3)" or "subsections (a) and (b)" stay prose.
 */
export function findInlineList(text: string): InlineList | null {
  const re = /(^|[\s:;,—–-])(?:\((\d{1,2}|[a-z]|[ivx]{1,4})\)|(\d{1,2})\))\s+/g;
  const marks: { at: number; end: number; raw: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) marks.push({ at: m.index + m[1]!.length, end: m.index + m[0].length, raw: (m[2] ?? m[3])! });
  for (let s = 0; s < marks.length; s++) {
    const first = readingsOf(marks[s]!.raw).find((r) => r.value === 1);
    if (!first) continue;
    const run = [marks[s]!];
    for (let k = s + 1; k < marks.length; k++) {
      const want = run.length + 1;
      if (readingsOf(marks[k]!.raw).some((r) => r.style === first.style && r.value === want)) run.push(marks[k]!);
      else break;
    }
    if (run.length < 2) continue;
    const intro = text.slice(0, run[0]!.at).trim();
    if (!/(:|\b(?:provide|produce|submit|send|share|following|including|explain|describe|identify|whether|us|me|with|regarding|on|about|to)|—|–|-)$/i.test(intro)) continue;
    const items: InlineItem[] = [];
    let tail = '';
    for (let k = 0; k < run.length; k++) {
      const from = run[k]!.end;
      let to = k + 1 < run.length ? run[k + 1]!.at : text.length;
      if (k + 1 === run.length) {
        const stop = /[.?!]["”)]*\s+(?=[A-Z])/.exec(text.slice(from));
        if (stop) to = from + stop.index + stop[0].trimEnd().length;
        tail = text.slice(to).trim();
      }
      items.push({ raw: run[k]!.raw, text: text.slice(from, to).trim() });
    }
    if (items.some((it) => it.text.split(/\s+/).length < 2)) continue;
    // "provide (1) the plan, (2) the audit, and (3) the memo": one request in one sentence, kept whole.
    if (items.slice(0, -1).every((it) => /,(?:\s+(?:and|or))?$/.test(it.text))) return null;
    return { intro, items, tail };
  }
  return null;
}
