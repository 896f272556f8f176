/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statement the API runs for each heavy
 * benchmark scenario, built by the app's own code (LetterList.list,
 * StatsService.openQuestions over CountingService) with the same targets as
 * bench/run.ts picks:
 *
 *   node dist/bench/explain.js [--past 2024-06-30] [--replay] [--out bench/results]
 *
 * `--replay` also explains the as-of-today scenarios with the replayed-facts SQL
 * (letterStatesSql, as before the maintained current state), for comparison.
 * Writes one text file per plan and prints each plan's top lines.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import pg from 'pg';
import { loadEnv } from '@app/config';
import { openDatabaseServer } from '@app/database';
import { todayIn } from '@app/rules';
import type { DataSource } from 'typeorm';
import { SqlParams } from '../apps/api/src/common/sql-params.js';
import { CountingService } from '../apps/api/src/counting/counting.service.js';
import { letterStatesSql } from '../apps/api/src/counting/letter-state.query.js';
import { TrackerSettings } from '../apps/api/src/counting/tracker-settings.js';
import type { ListLettersQuery } from '../apps/api/src/letters/dto/list-letters.query.js';
import { LetterList } from '../apps/api/src/letters/letter-list.js';
import { LetterViews } from '../apps/api/src/letters/letter-views.js';
import type { OpenQuestionsQuery } from '../apps/api/src/stats/dto/open-questions.query.js';
import type { AggregateCache } from '../apps/api/src/counting/aggregate-cache.js';
import { StatsService } from '../apps/api/src/stats/stats.service.js';
import { parseArgs, stringArg } from './lib.js';

pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

interface Captured { sql: string; params: unknown[] }

/** The app's services over a data source that records the statements instead of running them. */
function capturing(env: ReturnType<typeof loadEnv>, replay: boolean) {
  const captured: Captured[] = [];
  const query = async (sql: string, params: unknown[] = []) => {
    captured.push({ sql, params });
    return [];
  };
  const manager = { query, find: async () => [] };
  const dataSource = { query, manager } as unknown as DataSource;
  const counting = new CountingService(dataSource, new TrackerSettings(env));
  if (replay) {
    // Replay from the facts instead of reading the maintained spans.
    counting.statesSql = (scope, params, asOf) =>
      letterStatesSql(scope ?? 'SELECT id FROM letters WHERE archived_at IS NULL', params, asOf, env.LONG_OVERDUE_DAYS);
  }
  const views = new LetterViews(dataSource, counting);
  return { captured, list: new LetterList(dataSource, counting, views), stats: new StatsService(dataSource, counting, { get: (_key: string, compute: () => Promise<unknown>) => compute() } as unknown as AggregateCache) };
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = parseArgs(process.argv.slice(2));
  const env = loadEnv();
  const today = todayIn(env.TRACKER_TIME_ZONE);
  const past = stringArg(args, 'past', '2024-06-30');
  const outDir = path.resolve(stringArg(args, 'out', 'bench/results'));
  mkdirSync(outDir, { recursive: true });
  const database = await openDatabaseServer(env);
  const client = new pg.Client({ connectionString: database.url, application_name: 'oversight-tracker-bench-explain' });
  await client.connect();
  try {
    // The same list target as bench/run.ts: the recipient organization with the most overdue letters today.
    const params = new SqlParams();
    const states = letterStatesSql(`SELECT l.id FROM letters l WHERE l.archived_at IS NULL AND l.sent_on <= ${params.add(today)}::date`, params, today, env.LONG_OVERDUE_DAYS);
    const [target] = (await client.query(
      `SELECT o.id, o.name, count(DISTINCT s.id) FILTER (WHERE s.timeliness = 'overdue')::int AS overdue, count(DISTINCT s.id)::int AS letters
       FROM (${states}) s JOIN letter_recipients r ON r.letter_id = s.id LEFT JOIN people p ON p.id = r.person_id
       JOIN organizations o ON o.id = coalesce(r.organization_id, p.organization_id)
       GROUP BY o.id, o.name ORDER BY overdue DESC, letters DESC LIMIT 1`,
      params.values,
    )).rows;
    const cases: { name: string; replay: boolean; run: (s: ReturnType<typeof capturing>) => Promise<unknown> }[] = [];
    for (const replay of args.replay ? [false, true] : [false]) {
      const suffix = replay ? '-replay' : '';
      cases.push(
        { name: `letter-list${suffix}`, replay, run: (s) => s.list.list({ recipientOrganizationId: target.id, timeliness: 'overdue', limit: 50 } as ListLettersQuery) },
        { name: `stats-today${suffix}`, replay, run: (s) => s.stats.openQuestions({ groupBy: 'recipientOrganization' } as OpenQuestionsQuery) },
      );
    }
    cases.push({ name: 'stats-past', replay: false, run: (s) => s.stats.openQuestions({ groupBy: 'recipientOrganization', asOf: past } as OpenQuestionsQuery) });

    process.stdout.write(`list target: ${target.name} (${target.letters} letters, ${target.overdue} overdue); today ${today}; past ${past}\n`);
    for (const c of cases) {
      const services = capturing(env, c.replay);
      await c.run(services);
      const [main] = services.captured;
      const t0 = Date.now();
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${main.sql}`, main.params);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      const file = path.join(outDir, `explain-${c.name}.txt`);
      writeFileSync(file, `-- ${c.name}: ${((Date.now() - t0) / 1000).toFixed(2)}s\n-- params: ${JSON.stringify(main.params)}\n${main.sql}\n\n${plan}\n`);
      const total = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
      process.stdout.write(`\n== ${c.name}: ${total} ms (${path.relative(process.cwd(), file)})\n`);
    }
  } finally {
    await client.end();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`explain failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
