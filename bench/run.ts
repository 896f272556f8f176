/**
 * Measures the API against a bare Fastify + pg server giving the same JSON from
 * the same SQL, side by side in one run:
 *
 *   npm run bench [-- --duration 10 --connections 20 --rounds 4 --only detail,list]
 *   (or: node dist/bench/run.js ...; build first: npm run build)
 *
 * Starts both as child processes on one database (DATABASE_URL, else the
 * embedded PostgreSQL), picks targets from the data, then for each scenario runs
 * autocannon against bare and API alternately (warm-up, then bare, api, once
 * per round), samples the API's resident memory every 200 ms, checks that both answer
 * the same JSON, and writes bench/results/<timestamp>.json and bench/results/latest.md.
 * See bench/README.md.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import pg from 'pg';
import { loadEnv } from '@app/config';
import { openDatabaseServer } from '@app/database';
import { fromDayNumber, toDayNumber, todayIn } from '@app/rules';
import { SqlParams } from '../apps/api/src/common/sql-params.js';
import { letterStatesSql } from '../apps/api/src/counting/letter-state.query.js';
import { hashSecret, secretPrefix } from '../apps/api/src/auth/secrets.js';
import { refreshCurrentState } from '../apps/api/src/counting/current-state.js';
import { BARE_ACTOR, intArg, parseArgs, Rng, stringArg, typeormQuery } from './lib.js';

pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** The build this runner belongs to (dist/): the API and the bare server are started from the same one. */
const distRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_SCRIPT = path.join(distRoot, 'apps/api/src/main.js');
const BARE_SCRIPT = path.join(distRoot, 'bench/bare-server.js');
/** The key the benchmark writes with: an editor key the runner makes sure exists. */
const BENCH_SECRET = 'otk_bench_harness_editor_key_0000000000';
const WRITE_MARK = 'bench-run';
/** Names the audit trail records for the benchmark's writes (the API's key, the bare server, the cleanup). */
const BENCH_KEY_NAME = 'benchmark harness';
const CLEANUP_ACTOR = 'bench cleanup';

interface Side {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  rounds: { rps: number; p50: number; p99: number; mean: number; ok: number; non2xx: number; errors: number; timeouts: number; statuses: Record<string, number> }[];
}

interface ScenarioResult {
  name: string;
  description: string;
  request: string;
  bare: Side;
  api: Side;
  ratio: number;
  apiPeakRssMb: number;
  barePeakRssMb: number;
  serial: { api: Probe; bare: Probe };
  /** 1-minute load average at the scenario's start and end: above the CPU count, something else shared the machine. */
  loadAverage: [number, number];
}

interface Probe { requests: number; p50: number; min: number; max: number; errors: number }

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

interface Scenario {
  name: string;
  description: string;
  /** A fresh request generator: both sides get the same sequence. */
  requests: () => () => RequestSpec;
  /** Values that differ between two equally correct answers (ids and times of new rows). */
  volatile?: (key: string, pathSoFar: string) => boolean;
}

// ---------------------------------------------------------------------------
// Processes and memory
// ---------------------------------------------------------------------------

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  peak = 0;
  windowPeak = 0;
  constructor(private readonly pid: number | undefined) {}
  start(): void {
    this.timer = setInterval(() => {
      const mb = rssMb(this.pid);
      this.peak = Math.max(this.peak, mb);
      this.windowPeak = Math.max(this.windowPeak, mb);
    }, 200);
    this.timer.unref();
  }
  resetWindow(): void {
    this.windowPeak = rssMb(this.pid);
  }
  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

/** The Node flags `npm start` gives the API (its heap limit), read from package.json: both servers run with them. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(distRoot, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const flags = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s/.exec(pkg.scripts.start)?.[1] ?? '';
  return flags.trim().split(/\s+/).filter(Boolean);
}

function startProcess(name: string, script: string, env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...startFlags(), script], { cwd: process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  child.on('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`${name} exited early (code ${code}, signal ${signal}); see ${logFile}\n`);
  });
  return child;
}

let stopping = false;

async function waitForHealth(base: string, child: ChildProcess, name: string, seconds = 1800): Promise<void> {
  const started = Date.now();
  const deadline = started + seconds * 1000;
  let told = started;
  while (Date.now() < deadline) {
    if (Date.now() - told > 30_000) {
      told = Date.now();
      process.stdout.write(`  still waiting for ${name} (${Math.round((told - started) / 1000)}s; a first start after a seed brings every letter's state up to date)\n`);
    }
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(`${base}/health/live`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer ${base}/health/live within ${seconds}s`);
}

function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Waits until neither server has a statement running: a run that ends while slow
 * requests are in flight would otherwise leave them competing with the next run.
 */
async function waitIdle(db: pg.Pool, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()
         AND application_name IN ('oversight-tracker', 'oversight-tracker-bench-bare')`,
    );
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

// ---------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------

const HEADERS = { 'content-type': 'application/json', authorization: `Bearer ${BENCH_SECRET}` };

interface Run {
  result: autocannon.Result;
  /** Latencies (ms) of the 2xx answers: an error answered fast must not make the latency look good. */
  ok: number[];
  statuses: Record<string, number>;
}

async function cannon(base: string, next: () => RequestSpec, seconds: number, connections: number, timeout: number): Promise<Run> {
  const first = next();
  const ok: number[] = [];
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout,
    headers: HEADERS,
    requests: [
      {
        method: first.method,
        path: first.path,
        setupRequest: (request) => {
          const spec = next();
          return { ...request, method: spec.method, path: spec.path, body: spec.body, headers: HEADERS } as autocannon.Request;
        },
      },
    ],
  });
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) ok.push(time);
  });
  const result = await instance;
  return { result, ok, statuses };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

function summarize(runs: Run[]): Side {
  const rounds = runs.map(({ result, ok, statuses }) => {
    const sorted = ok.slice().sort((a, b) => a - b);
    return {
      rps: ok.length / result.duration,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      mean: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN,
      ok: ok.length,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statuses,
    };
  });
  const finite = (values: number[]) => values.filter(Number.isFinite);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
  return {
    rps: mean(rounds.map((r) => r.rps)),
    p50: mean(finite(rounds.map((r) => r.p50))),
    p99: finite(rounds.map((r) => r.p99)).length ? Math.max(...finite(rounds.map((r) => r.p99))) : NaN,
    mean: mean(finite(rounds.map((r) => r.mean))),
    requests: rounds.reduce((s, r) => s + r.ok + r.non2xx, 0),
    non2xx: rounds.reduce((s, r) => s + r.non2xx, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    timeouts: rounds.reduce((s, r) => s + r.timeouts, 0),
    rounds,
  };
}

/** Sequential requests on one connection: the latency with no queue in front of it. */
async function probe(base: string, next: () => RequestSpec, maxRequests: number, maxSeconds: number): Promise<Probe> {
  const times: number[] = [];
  let errors = 0;
  const deadline = Date.now() + maxSeconds * 1000;
  while (times.length + errors < maxRequests && (times.length + errors < 3 || Date.now() < deadline)) {
    const spec = next();
    const t0 = performance.now();
    try {
      const response = await fetch(base + spec.path, { method: spec.method, headers: HEADERS, body: spec.body });
      await response.arrayBuffer();
      if (response.ok) times.push(performance.now() - t0);
      else errors += 1;
    } catch {
      errors += 1;
    }
  }
  times.sort((a, b) => a - b);
  return { requests: times.length, p50: times.length ? times[Math.floor((times.length - 1) / 2)] : NaN, min: times[0] ?? NaN, max: times[times.length - 1] ?? NaN, errors };
}

// ---------------------------------------------------------------------------
// JSON comparison
// ---------------------------------------------------------------------------

function differences(a: unknown, b: unknown, volatile: (key: string, at: string) => boolean, at = '$', out: string[] = []): string[] {
  if (out.length >= 20) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at}: api has ${a.length} entries, bare has ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], volatile, `${at}[${i}]`, out);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of [...keys].sort()) {
      const inA = key in a;
      const inB = key in b;
      if (!inA) out.push(`${at}.${key}: only bare has it`);
      else if (!inB) out.push(`${at}.${key}: only api has it`);
      else if (!volatile(key, at)) differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], volatile, `${at}.${key}`, out);
    }
    return out;
  }
  if (a !== b) out.push(`${at}: api ${JSON.stringify(a)?.slice(0, 80)} vs bare ${JSON.stringify(b)?.slice(0, 80)}`);
  return out;
}

async function compare(apiBase: string, bareBase: string, scenario: Scenario): Promise<{ scenario: string; status: string; differences: string[] }> {
  const spec = scenario.requests()();
  const call = async (base: string) => {
    const response = await fetch(base + spec.path, { method: spec.method, headers: HEADERS, body: spec.body });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
  const [api, bare] = [await call(apiBase), await call(bareBase)];
  const found: string[] = [];
  if (api.status !== bare.status) found.push(`status: api ${api.status} vs bare ${bare.status}`);
  differences(api.body, bare.body, scenario.volatile ?? (() => false), '$', found);
  return { scenario: scenario.name, status: `${api.status}/${bare.status}`, differences: found };
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = parseArgs(process.argv.slice(2));
  const duration = intArg(args, 'duration', 10);
  const connections = intArg(args, 'connections', 20);
  const rounds = intArg(args, 'rounds', 4);
  const warmup = intArg(args, 'warmup', 3);
  const timeout = intArg(args, 'timeout', 30);
  const apiPort = intArg(args, 'api-port', 3101);
  const barePort = intArg(args, 'bare-port', 3102);
  const pastDate = stringArg(args, 'past', '2024-06-30');
  const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : undefined;
  const env = loadEnv();
  const today = todayIn(env.TRACKER_TIME_ZONE);
  for (const script of [API_SCRIPT, BARE_SCRIPT]) {
    if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  }
  const RESULTS = path.resolve(stringArg(args, 'results', 'bench/results'));
  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').replace(/Z$/, '');
  const out = (line = '') => process.stdout.write(`${line}\n`);

  const database = await openDatabaseServer(env);
  const db = new pg.Pool({ connectionString: database.url, max: 2, application_name: 'oversight-tracker-bench-runner' });
  let api: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  let sampler: RssSampler | undefined;
  /**
   * Removes what the POST scenario wrote, so runs start from the same data: the responses and
   * their items, the letters' maintained state recomputed without them (the app's
   * refreshCurrentState), and the audit rows of the benchmark's writes and of this cleanup.
   */
  const cleanup = async () => {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(`SELECT id, letter_id FROM responses WHERE summary LIKE $1`, [`${WRITE_MARK} %`]);
      if (rows.length) {
        const ids = rows.map((r) => r.id);
        const letterIds = [...new Set(rows.map((r) => r.letter_id as string))];
        await client.query(`SELECT set_config('ot.key_name', $1, true)`, [CLEANUP_ACTOR]);
        await client.query(`DELETE FROM response_items WHERE response_id = ANY($1::uuid[])`, [ids]);
        await client.query(`DELETE FROM responses WHERE id = ANY($1::uuid[])`, [ids]);
        const hasState = (await client.query(
          `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'letter_states') AS present`,
        )).rows[0].present;
        if (hasState) await refreshCurrentState({ query: typeormQuery(client) } as never, letterIds);
      }
      if ((await client.query(`SELECT to_regclass('public.audit_log') IS NOT NULL AS present`)).rows[0].present) {
        await client.query(`DELETE FROM audit_log WHERE key_name = ANY($1)`, [[BENCH_KEY_NAME, BARE_ACTOR, CLEANUP_ACTOR]]);
      }
      await client.query('COMMIT');
      if (rows.length) {
        await client.query(`VACUUM (ANALYZE) responses, response_items, letters, questions`);
        out(`removed ${rows.length} responses logged by benchmark runs`);
      }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  try {
    await cleanup();
    const hasKeys = (await db.query(`SELECT to_regclass('public.api_keys') IS NOT NULL AS present`)).rows[0].present;
    if (hasKeys) {
      await db.query(
        `INSERT INTO api_keys (name, role, secret_hash, secret_prefix) VALUES ($3, 'editor', $1, $2)
         ON CONFLICT (secret_hash) DO UPDATE SET revoked_at = NULL, name = EXCLUDED.name`,
        [hashSecret(BENCH_SECRET), secretPrefix(BENCH_SECRET), BENCH_KEY_NAME],
      );
    }

    // ---- dataset and targets -------------------------------------------------
    const dataset = (await db.query(`
      SELECT (SELECT count(*) FROM letters)::int AS letters, (SELECT count(*) FROM questions)::int AS questions,
             (SELECT count(*) FROM responses)::int AS responses, (SELECT count(*) FROM response_items)::int AS response_items,
             (SELECT count(*) FROM organizations)::int AS organizations, (SELECT count(*) FROM people)::int AS people,
             pg_size_pretty(pg_database_size(current_database())) AS size, current_setting('server_version') AS postgres`)).rows[0];
    if (dataset.letters === 0) throw new Error('the database has no letters: run npm run bench:seed first');
    const migrations: string[] = (await db.query(`SELECT name FROM migrations ORDER BY id`).catch(() => ({ rows: [] }))).rows.map((r: { name: string }) => r.name);
    out(`dataset: ${dataset.letters} letters, ${dataset.questions} questions, ${dataset.responses} responses (${dataset.size}, PostgreSQL ${dataset.postgres})`);

    const detailIds: string[] = (await db.query(`
      (SELECT l.id FROM letters l WHERE l.archived_at IS NULL AND l.follow_up_of_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM responses r WHERE r.letter_id = l.id) AND EXISTS (SELECT 1 FROM extensions e WHERE e.letter_id = l.id)
       ORDER BY l.id LIMIT 1)
      UNION ALL
      (SELECT id FROM letters WHERE archived_at IS NULL ORDER BY id LIMIT 199)`)).rows.map((r) => r.id);
    // The recipient organization with the most letters overdue (not yet long overdue) as of today.
    const params = new SqlParams();
    const states = letterStatesSql(`SELECT l.id FROM letters l WHERE l.archived_at IS NULL AND l.sent_on <= ${params.add(today)}::date`, params, today, env.LONG_OVERDUE_DAYS);
    const [target] = (await db.query(
      `SELECT o.id, o.name, count(DISTINCT s.id) FILTER (WHERE s.timeliness = 'overdue')::int AS overdue, count(DISTINCT s.id)::int AS letters
       FROM (${states}) s JOIN letter_recipients r ON r.letter_id = s.id LEFT JOIN people p ON p.id = r.person_id
       JOIN organizations o ON o.id = coalesce(r.organization_id, p.organization_id)
       GROUP BY o.id, o.name ORDER BY overdue DESC, letters DESC LIMIT 1`,
      params.values,
    )).rows;
    out(`targets: ${detailIds.length} letters for GET /letters/{id}; ${target.name} (${target.letters} letters, ${target.overdue} overdue) for the list; past date ${pastDate}`);
    const candidates: { id: string; sent_on: string; questions: string[]; org: string | null }[] = (await db.query(
      `SELECT l.id, l.sent_on, array_agg(q.id ORDER BY q.position) AS questions,
              (SELECT coalesce(r.organization_id, p.organization_id) FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id
               WHERE r.letter_id = l.id ORDER BY r.position LIMIT 1) AS org
       FROM letters l JOIN questions q ON q.letter_id = l.id
       WHERE l.archived_at IS NULL AND l.sent_on <= $1 AND q.withdrawn_on IS NULL
         AND NOT EXISTS (SELECT 1 FROM questions t JOIN letters tl ON tl.id = t.letter_id
                         WHERE t.thread_id = q.thread_id AND tl.archived_at IS NULL AND tl.sent_on <= $1 AND tl.sent_on > l.sent_on)
       GROUP BY l.id HAVING count(*) >= 5 ORDER BY l.id LIMIT 3000`,
      [today],
    )).rows;
    if (candidates.length === 0) throw new Error('no letter has 5 questions open to a response');

    const dispositions = ['answered', 'partially_answered', 'declined', 'referred', 'acknowledged', 'non_responsive'];
    const cycle = <T>(items: T[], make: (item: T, i: number) => RequestSpec) => () => {
      let i = 0;
      return () => make(items[i % items.length], i++);
    };
    const scenarios: Scenario[] = [
      {
        name: 'letter-detail',
        description: `GET /letters/{id}, cycling through ${detailIds.length} letters`,
        requests: cycle(detailIds, (id) => ({ method: 'GET', path: `/letters/${id}` })),
      },
      {
        name: 'letter-list',
        description: `GET /letters filtered by a recipient organization (${target.letters} letters) and timeliness overdue, first page of 50`,
        requests: cycle([0], () => ({ method: 'GET', path: `/letters?recipientOrganizationId=${target.id}&timeliness=overdue&limit=50` })),
      },
      {
        name: 'stats-today',
        description: 'GET /stats/open-questions?groupBy=recipientOrganization, as of today',
        requests: cycle([0], () => ({ method: 'GET', path: '/stats/open-questions?groupBy=recipientOrganization' })),
      },
      {
        name: 'stats-past',
        description: `GET /stats/open-questions?groupBy=recipientOrganization&asOf=${pastDate}`,
        requests: cycle([0], () => ({ method: 'GET', path: `/stats/open-questions?groupBy=recipientOrganization&asOf=${pastDate}` })),
      },
      {
        name: 'response-post',
        description: `POST /letters/{id}/responses with 5 items, cycling through ${candidates.length} letters`,
        requests: () => {
          const rng = new Rng(7);
          let i = 0;
          const todayDay = toDayNumber(today);
          return () => {
            const letter = candidates[i++ % candidates.length];
            const sent = toDayNumber(letter.sent_on);
            const receivedOn = rng.chance(0.5) ? today : fromDayNumber(rng.int(sent, todayDay));
            const body = {
              receivedOn,
              respondent: letter.org ? { organizationId: letter.org } : undefined,
              summary: `${WRITE_MARK} ${stamp}: reply received`,
              items: rng.sample(letter.questions, 5).map((questionId) => ({ questionId, disposition: rng.pick(dispositions), note: 'See the enclosed records.' })),
            };
            return { method: 'POST', path: `/letters/${letter.id}/responses`, body: JSON.stringify(body) };
          };
        },
        volatile: (key: string, at: string) => key === 'createdAt' || (key === 'id' && (at === '$' || at.startsWith('$.items'))),
      },
    ].filter((s) => !only || only.has(s.name)) as Scenario[];

    // ---- processes -------------------------------------------------------------
    const apiBase = `http://127.0.0.1:${apiPort}`;
    const bareBase = `http://127.0.0.1:${barePort}`;
    const childEnv = {
      ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn',
      // A load test from one address would otherwise meet the rate limits (429s) within a second.
      RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_KEY_PER_MINUTE: '0',
    };
    api = startProcess('api', API_SCRIPT, { ...childEnv, PORT: String(apiPort), HOST: '127.0.0.1' }, path.join(RESULTS, `${stamp}-api.log`));
    bare = startProcess('bare', BARE_SCRIPT, { ...childEnv, BARE_PORT: String(barePort) }, path.join(RESULTS, `${stamp}-bare.log`));
    await Promise.all([waitForHealth(apiBase, api, 'api'), waitForHealth(bareBase, bare, 'bare')]);
    const migrationsAfterStart: string[] = (await db.query(`SELECT name FROM migrations ORDER BY id`).catch(() => ({ rows: [] }))).rows.map((r: { name: string }) => r.name);
    const apiIdleMb = rssMb(api.pid);
    const bareIdleMb = rssMb(bare.pid);
    out(`api pid ${api.pid} (${fmt(apiIdleMb)} MB idle), bare pid ${bare.pid} (${fmt(bareIdleMb)} MB idle); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    sampler = new RssSampler(api.pid);
    sampler.start();
    const bareSampler = new RssSampler(bare.pid);
    bareSampler.start();

    // ---- same JSON? ----------------------------------------------------------------
    const checks = [];
    for (const scenario of scenarios) {
      const check = await compare(apiBase, bareBase, scenario);
      checks.push(check);
      out(`json check ${scenario.name}: ${check.differences.length === 0 ? `same (status ${check.status})` : `${check.differences.length} difference(s)`}`);
      for (const d of check.differences.slice(0, 10)) out(`    ${d}`);
    }

    // ---- load --------------------------------------------------------------------
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      out(`\n${scenario.name}: ${scenario.description}`);
      const loadAtStart = os.loadavg()[0];
      await waitIdle(db);
      const bareSerial = await probe(bareBase, scenario.requests(), 20, 10);
      await waitIdle(db);
      const serial = { bare: bareSerial, api: await probe(apiBase, scenario.requests(), 20, 10) };
      await waitIdle(db);
      const failed = (p: Probe) => (p.errors ? ` (${p.errors} of ${p.errors + p.requests} failed)` : '');
      out(`  one connection: api p50 ${fmt(serial.api.p50, 1)} ms${failed(serial.api)}, bare p50 ${fmt(serial.bare.p50, 1)} ms${failed(serial.bare)}`);
      if (warmup > 0) {
        await cannon(bareBase, scenario.requests(), warmup, connections, timeout);
        await waitIdle(db);
        await cannon(apiBase, scenario.requests(), warmup, connections, timeout);
        await waitIdle(db);
      }
      sampler.resetWindow();
      bareSampler.resetWindow();
      const bareRuns: Run[] = [];
      const apiRuns: Run[] = [];
      for (let round = 0; round < rounds; round++) {
        const b = await cannon(bareBase, scenario.requests(), duration, connections, timeout);
        bareRuns.push(b);
        await waitIdle(db);
        const a = await cannon(apiBase, scenario.requests(), duration, connections, timeout);
        apiRuns.push(a);
        await waitIdle(db);
        const [sb, sa] = [summarize([b]), summarize([a])];
        const errs = (r: Run) => (r.result.non2xx + r.result.errors ? ` (${Object.entries(r.statuses).filter(([k]) => !k.startsWith('2')).map(([k, v]) => `${v}x${k}`).concat(r.result.errors ? [`${r.result.errors} errors`] : []).join(', ')})` : '');
        out(`  round ${round + 1}: bare ${fmt(sb.rps)} req/s p50 ${fmt(sb.p50)} ms p99 ${fmt(sb.p99)} ms${errs(b)} | api ${fmt(sa.rps)} req/s p50 ${fmt(sa.p50)} ms p99 ${fmt(sa.p99)} ms${errs(a)}`);
      }
      const result: ScenarioResult = {
        name: scenario.name,
        description: scenario.description,
        request: scenario.requests()().path,
        bare: summarize(bareRuns),
        api: summarize(apiRuns),
        ratio: 0,
        apiPeakRssMb: sampler.windowPeak,
        barePeakRssMb: bareSampler.windowPeak,
        serial,
        loadAverage: [loadAtStart, os.loadavg()[0]],
      };
      result.ratio = result.api.rps / result.bare.rps;
      results.push(result);
    }
    sampler.stop();
    bareSampler.stop();

    // ---- report ------------------------------------------------------------------
    const byName = new Map(results.map((r) => [r.name, r]));
    const targets = [
      ...['letter-detail', 'letter-list', 'response-post'].map((name) => ({
        target: `${name}: api/bare throughput >= 0.7`, value: byName.get(name)?.ratio, limit: 0.7, pass: (v: number) => v >= 0.7, unit: '',
      })),
      { target: 'stats-today: api median <= 50 ms', value: byName.get('stats-today')?.api.p50, limit: 50, pass: (v: number) => v <= 50, unit: ' ms' },
      { target: 'stats-past: api median <= 250 ms', value: byName.get('stats-past')?.api.p50, limit: 250, pass: (v: number) => v <= 250, unit: ' ms' },
      { target: 'api peak RSS under load <= 250 MB', value: sampler.peak, limit: 250, pass: (v: number) => v <= 250, unit: ' MB' },
      { target: 'zero errors (api)', value: results.reduce((s, r) => s + r.api.non2xx + r.api.errors, 0), limit: 0, pass: (v: number) => v === 0, unit: '' },
    ].filter((t) => t.value !== undefined).map((t) => ({ target: t.target, value: t.value!, pass: Number.isFinite(t.value) && t.pass(t.value!), unit: t.unit }));

    const report = {
      startedAt: stamp,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg() },
      options: { duration, connections, rounds, warmup, timeout, pastDate, today },
      dataset,
      migrationsBeforeStart: migrations,
      migrations: migrationsAfterStart,
      targets: { recipientOrganization: target, detailLetters: detailIds.length, postLetters: candidates.length },
      apiIdleRssMb: apiIdleMb,
      apiPeakRssMb: sampler.peak,
      bareIdleRssMb: bareIdleMb,
      barePeakRssMb: bareSampler.peak,
      jsonChecks: checks,
      scenarios: results,
      goals: targets,
    };
    writeFileSync(path.join(RESULTS, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);

    const lines = [
      `# Benchmark ${stamp}`,
      '',
      `${dataset.letters} letters, ${dataset.questions} questions, ${dataset.responses} responses; ${os.cpus().length} CPUs; autocannon -c ${connections} -d ${duration}, ${rounds} rounds each side (bare, api alternately); today ${today}, past ${pastDate}.`,
      '',
      '| scenario | bare rps | api rps | api/bare | api p50 / p99 (ms) | bare p50 / p99 (ms) | api p50, 1 conn (ms) | errors api / bare |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) =>
        `| ${r.name} | ${fmt(r.bare.rps)} | ${fmt(r.api.rps)} | ${fmt(r.ratio, 2)} | ${fmt(r.api.p50)} / ${fmt(r.api.p99)} | ${fmt(r.bare.p50)} / ${fmt(r.bare.p99)} | ${fmt(r.serial.api.p50, 1)}${r.serial.api.errors ? ` (${r.serial.api.errors} of ${r.serial.api.errors + r.serial.api.requests} failed)` : ''} | ${r.api.non2xx + r.api.errors} / ${r.bare.non2xx + r.bare.errors} |`),
      '',
      ...(results.some((r) => Math.max(...r.loadAverage) > os.cpus().length)
        ? [`**Warning**: the machine was busy with other work (1-minute load average up to ${fmt(Math.max(...results.flatMap((r) => r.loadAverage)), 1)} on ${os.cpus().length} CPUs): absolute numbers are low; compare ratios.`, '']
        : []),
      `API resident memory: ${fmt(apiIdleMb)} MB idle, peak ${fmt(sampler.peak)} MB under load (bare: ${fmt(bareIdleMb)} / ${fmt(bareSampler.peak)} MB).`,
      '',
      '| goal | measured | met |',
      '|---|---:|:---:|',
      ...targets.map((t) => `| ${t.target} | ${fmt(t.value, t.target.includes('api/bare') ? 2 : 0)}${t.unit} | ${t.pass ? 'yes' : '**no**'} |`),
      '',
      checks.every((c) => c.differences.length === 0)
        ? 'JSON check: the API and the bare server answered the same JSON for every scenario.'
        : `JSON check: differences in ${checks.filter((c) => c.differences.length).map((c) => `${c.scenario} (${c.differences.slice(0, 3).join('; ')})`).join(', ')}.`,
      '',
    ];
    writeFileSync(path.join(RESULTS, 'latest.md'), lines.join('\n'));
    out('');
    out(lines.join('\n'));
    out(`results: ${path.relative(process.cwd(), path.join(RESULTS, `${stamp}.json`))}, ${path.relative(process.cwd(), path.join(RESULTS, 'latest.md'))}`);
  } finally {
    stopping = true;
    sampler?.stop();
    await Promise.all([stopProcess(api), stopProcess(bare)]);
    if (!args['keep-writes']) await cleanup().catch((error) => process.stderr.write(`cleanup failed: ${error}\n`));
    await db.end();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
