/**
 * Times extractQuestions on a ~20-page letter (about 70,000 characters): median and p95 of 50
 * runs after a warm-up, for the PDF-converted form and the one-paragraph-per-line form.
 * Usage: node dist/libs/extraction/eval/bench-extraction.js [--runs=50]
 */
import { extractQuestions } from '../src/index.js';
import { pdfLetter, plainLetter } from './long-letter.js';

/** The report goes to standard output, a line at a time. */
const print = (line: string) => process.stdout.write(`${line}\n`);

interface Timing {
  median: number;
  p95: number;
  max: number;
  cpuMedian: number;
  cpuP95: number;
  questions: number;
}

/** Wall-clock and CPU time per run; on a busy machine the CPU time shows the extractor's own cost. */
function time(text: string, runs: number): Timing {
  let questions = 0;
  for (let i = 0; i < 10; i++) questions = extractQuestions(text).questions.length;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    extractQuestions(text);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
  return { median: at(wall, 0.5), p95: at(wall, 0.95), max: at(wall, 1), cpuMedian: at(cpu, 0.5), cpuP95: at(cpu, 0.95), questions };
}

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 50);
print(`extractQuestions, ${runs} runs after 10 warm-up runs\n`);
print('| letter | chars | pages | questions | median ms | p95 ms | max ms | CPU median ms | CPU p95 ms |');
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, text] of [
  ['PDF-converted (form feeds, headers, footers, footnotes)', pdfLetter()],
  ['one paragraph per line', plainLetter()],
] as const) {
  const t = time(text, runs);
  const pages = text.split('\f').length;
  const f = (x: number) => x.toFixed(1);
  print(`| ${name} | ${text.length} | ${pages} | ${t.questions} | ${f(t.median)} | ${f(t.p95)} | ${f(t.max)} | ${f(t.cpuMedian)} | ${f(t.cpuP95)} |`);
}
