/**
 * Scores the question extractor on labelled letters: the real ones in ../shared/letters (when
 * that folder exists beside the repository) and every folder of the project's own letters under
 * libs/extraction/fixtures/ (dev, heldout, dev2, heldout2, blind, ...), each as its own set, with
 * a combined row for all own letters.
 *
 * Usage: node dist/libs/extraction/eval/run-eval.js [--sets=real,dev2,...] [--verbose]
 *
 * The output is numbers only. --verbose lists the missed, extra and wrongly-kinded items of each
 * letter (their text), so it is refused for a blind set: a set whose folder name starts with
 * "blind" is kept unseen to measure generalisation. Asking for such a set together with --verbose
 * is an error; with --verbose and no --sets, blind sets are left out of the run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuestions } from '../src/index.js';
import { type Item, type LetterScore, matchItems, summarize } from './metrics.js';

/** The report goes to standard output, a line at a time. */
const print = (line: string) => process.stdout.write(`${line}\n`);

interface Fixture {
  title?: string;
  date?: string | null;
  deadline?: string | null;
  text: string;
  questions: Item[];
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'libs'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

function load(folder: string): { name: string; fixture: Fixture }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f, i) => {
      try {
        const fixture = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Fixture;
        if (typeof fixture.text !== 'string' || !Array.isArray(fixture.questions)) throw new Error('missing text or questions');
        return { name: f.replace(/\.json$/, ''), fixture };
      } catch {
        // A parse error message quotes the file; say only which file it was, by position.
        throw new Error(`letter ${i + 1} of ${folder} is not a valid fixture`);
      }
    });
}

function scoreLetter(name: string, fx: Fixture, verbose: boolean): LetterScore {
  // The letter's date is what a staffer logs with it, so it is given as sentOn.
  const result = extractQuestions(fx.text, fx.date ? { sentOn: fx.date } : {});
  const pairs = matchItems(fx.questions, result.questions);
  const kindsRight = pairs.filter(([g, p]) => fx.questions[g]!.kind === result.questions[p]!.kind).length;
  const labelsRight = pairs.filter(([g, p]) => (fx.questions[g]!.label ?? null) === result.questions[p]!.label).length;
  const score: LetterScore = {
    name,
    gold: fx.questions.length,
    predicted: result.questions.length,
    matched: pairs.length,
    kindsRight,
    labelsRight,
    exactCount: fx.questions.length === result.questions.length,
    dueRight: (fx.deadline ?? null) === result.dueOn,
  };
  if (verbose && (score.matched < score.gold || score.matched < score.predicted || kindsRight < pairs.length || labelsRight < pairs.length || !score.dueRight)) {
    print(`\n# ${name}: gold ${score.gold}, predicted ${score.predicted}, matched ${score.matched}, due ${result.dueOn} (want ${fx.deadline})`);
    const mg = new Set(pairs.map(([g]) => g));
    const mp = new Set(pairs.map(([, p]) => p));
    fx.questions.forEach((q, i) => !mg.has(i) && print(`  missed  [${q.label}] ${q.kind}: ${q.text.slice(0, 110)}`));
    result.questions.forEach((q, i) => !mp.has(i) && print(`  extra   [${q.label}] ${q.kind}: ${q.text.slice(0, 110)}`));
    for (const [g, p] of pairs) {
      const want = fx.questions[g]!;
      const got = result.questions[p]!;
      if (want.kind !== got.kind) print(`  kind    [${got.label}] ${got.kind} (want ${want.kind}): ${got.text.slice(0, 90)}`);
      if ((want.label ?? null) !== got.label) print(`  label   [${got.label}] (want ${want.label}): ${got.text.slice(0, 90)}`);
    }
  }
  return score;
}

const pct = (x: number) => x.toFixed(3);

/** Sets whose letters must never be printed. */
export const isBlind = (name: string) => /^blind/i.test(name);

function row(name: string, letters: LetterScore[]): string {
  const s = summarize(letters);
  return `| ${name} | ${s.letters} | ${s.gold} | ${s.predicted} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.exactCountShare)} | ${pct(s.kindAccuracy)} | ${pct(s.labelAccuracy)} | ${pct(s.dueAccuracy)} |`;
}

function main(): void {
  const root = repoRoot();
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const only = args.find((a) => a.startsWith('--sets='))?.slice(7).split(',').filter(Boolean);
  const fixtures = join(root, 'libs', 'extraction', 'fixtures');
  const own: [string, string][] = existsSync(fixtures)
    ? readdirSync(fixtures, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
        .map((n) => [n, join(fixtures, n)])
    : [];
  const sets: [string, string][] = [['real', resolve(root, '..', 'shared', 'letters')], ...own];
  if (verbose && only?.some(isBlind)) {
    console.error('Refusing --verbose for a blind set: its letters must stay unseen. Run it without --verbose.');
    process.exit(2);
  }
  const rows: string[] = [];
  const notes: string[] = [];
  const allOwn: LetterScore[] = [];
  for (const [name, folder] of sets) {
    if (only && !only.includes(name)) continue;
    if (verbose && isBlind(name)) {
      notes.push(`${name}: left out under --verbose`);
      continue;
    }
    const letters = load(folder);
    if (!letters.length) {
      rows.push(`| ${name} | (no letters in ${folder}) |`);
      continue;
    }
    const scores = letters.map((l) => scoreLetter(`${name}/${l.name}`, l.fixture, verbose && !isBlind(name)));
    if (name !== 'real') allOwn.push(...scores);
    rows.push(row(name, scores));
  }
  if (allOwn.length) rows.push(row(notes.length ? 'all own letters (without blind)' : 'all own letters', allOwn));
  print('\nQuestion extraction (items matched one-to-one by token-overlap F1 >= 0.5)\n');
  print('| set | letters | gold items | proposed | precision | recall | F1 | exact count | kind accuracy | label accuracy | dueOn accuracy |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) print(r);
  for (const n of notes) print(`\n(${n})`);
}

/** Development sets first, then held-out, then blind, then anything else. */
function order(name: string): number {
  if (/^dev/i.test(name)) return 0;
  if (/^heldout/i.test(name)) return 1;
  if (isBlind(name)) return 2;
  return 3;
}

main();
