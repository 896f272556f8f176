/** Scoring of proposed asks against hand labels. */

export interface Item {
  label: string | null;
  text: string;
  kind: string;
}

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Token-overlap F1 of two texts: the harmonic mean of shared-token precision and recall (multiset). */
export function overlapF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return (2 * common) / (ta.length + tb.length);
}

export const MATCH_THRESHOLD = 0.5;

/**
 * One-to-one matching of predicted to gold items. Every (gold, predicted) pair with token-overlap
 * F1 >= 0.5 is a candidate; candidates are taken greedily by descending F1 (ties: earlier gold
 * item, then earlier prediction), skipping any pair whose gold or predicted item is already
 * matched. Order in the letter is otherwise not required.
 */
export function matchItems(gold: Item[], pred: Item[]): [number, number][] {
  const pairs: { g: number; p: number; f: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const f = overlapF1(g.text, p.text);
      if (f >= MATCH_THRESHOLD) pairs.push({ g: gi, p: pi, f });
    }),
  );
  pairs.sort((x, y) => y.f - x.f || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

export interface LetterScore {
  name: string;
  gold: number;
  predicted: number;
  matched: number;
  kindsRight: number;
  /** Matched pairs whose label is the gold label (optional for callers that do not score labels). */
  labelsRight?: number;
  exactCount: boolean;
  dueRight: boolean;
}

export interface SetScore {
  letters: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  exactCountShare: number;
  kindAccuracy: number;
  /** Share of matched pairs with the gold label. */
  labelAccuracy: number;
  dueAccuracy: number;
}

/** Micro-averaged over items (precision, recall, F1, kind and label accuracy over matched pairs); per letter for counts and dates. */
export function summarize(letters: LetterScore[]): SetScore {
  const sum = (f: (l: LetterScore) => number) => letters.reduce((a, l) => a + f(l), 0);
  const gold = sum((l) => l.gold);
  const predicted = sum((l) => l.predicted);
  const matched = sum((l) => l.matched);
  const precision = predicted ? matched / predicted : gold ? 0 : 1;
  const recall = gold ? matched / gold : 1;
  return {
    letters: letters.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    exactCountShare: letters.length ? sum((l) => (l.exactCount ? 1 : 0)) / letters.length : 0,
    kindAccuracy: matched ? sum((l) => l.kindsRight) / matched : 0,
    labelAccuracy: matched ? sum((l) => l.labelsRight ?? l.matched) / matched : 0,
    dueAccuracy: letters.length ? sum((l) => (l.dueRight ? 1 : 0)) / letters.length : 0,
  };
}
