/**
 * Builds a realistic synthetic dataset for the benchmarks, deterministic from a seed:
 *
 *   npm run bench:seed -- --letters 100000 [--seed 1] [--reset]
 *   (or: node dist/bench/seed.js --letters 100000)
 *
 * 500 organizations, 600 people, N letters of about 5 questions each, 60% of the
 * letters with one or more responses, ~10% follow-ups reiterating earlier
 * questions, ~8% with extensions, ~3% of questions withdrawn, ~1% of letters
 * archived, tags from a vocabulary of ~40. Rows go in with `COPY ... FROM STDIN`.
 *
 * Uses DATABASE_URL when set, else the embedded PostgreSQL (attaching to the
 * API's if it is running). Dates are capped at today in TRACKER_TIME_ZONE, so
 * the data depends on the seed and on the day it is built.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadEnv } from '@app/config';
import { migrateUp, openDatabaseServer } from '@app/database';
import { formatPolicy, fromDayNumber, parsePolicy, policyDueOn, toDayNumber, todayIn } from '@app/rules';
import { intArg, parseArgs, Rng, typeormQuery, weighted, ZipfPicker } from './lib.js';

const BATCH = 5000;
const FIRST_DAY = toDayNumber('2019-01-01');
const NEVER = 2 ** 31 - 1;

// ---------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------

const DEPARTMENTS: [string, string][] = [
  ['Department of State', 'DOS'], ['Department of Defense', 'DOD'], ['Department of Homeland Security', 'DHS'],
  ['Department of Justice', 'DOJ'], ['Department of the Treasury', 'USDT'], ['Department of Health and Human Services', 'HHS'],
  ['Department of Energy', 'DOE'], ['Department of Education', 'ED'], ['Department of Labor', 'DOL'],
  ['Department of Agriculture', 'USDA'], ['Department of Commerce', 'DOC'], ['Department of Transportation', 'DOT'],
  ['Department of Veterans Affairs', 'VA'], ['Department of the Interior', 'DOI'], ['Department of Housing and Urban Development', 'HUD'],
  ['Environmental Protection Agency', 'EPA'], ['Office of Management and Budget', 'OMB'], ['Federal Trade Commission', 'FTC'],
  ['Securities and Exchange Commission', 'SEC'], ['Federal Communications Commission', 'FCC'], ['Social Security Administration', 'SSA'],
  ['General Services Administration', 'GSA'], ['Office of Personnel Management', 'OPM'], ['Small Business Administration', 'SBA'],
  ['National Aeronautics and Space Administration', 'NASA'], ['Board of Governors of the Federal Reserve System', 'FRB'],
  ['United States Postal Service', 'USPS'], ['Nuclear Regulatory Commission', 'NRC'],
];
const SUB_PREFIXES = ['Bureau of', 'Office of', 'Administration for', 'Office for', 'Agency for', 'Service for'];
const SUB_SUBJECTS = [
  'Consular Affairs', 'Immigration Enforcement', 'Border Protection', 'Food Safety', 'Civil Rights', 'Children and Families',
  'Refugee Resettlement', 'Prisons', 'Alcohol, Tobacco and Firearms', 'Investigations', 'Export Controls', 'Foreign Assets Control',
  'Public Lands', 'Indian Affairs', 'Ocean Energy Management', 'Mine Safety', 'Occupational Safety', 'Wage and Hour',
  'Student Aid', 'Special Education', 'Disease Control', 'Drug Evaluation', 'Medicare Services', 'Medicaid Services',
  'Health Resources', 'Emergency Management', 'Cybersecurity and Infrastructure', 'Transportation Security', 'Secret Service',
  'Citizenship Services', 'Coast Guard Affairs', 'Highway Safety', 'Aviation Safety', 'Pipeline Safety', 'Rail Administration',
  'Census', 'Economic Analysis', 'Patents and Trademarks', 'Weather Services', 'Fisheries', 'Rural Development', 'Forest Service',
  'Nutrition Programs', 'Veterans Benefits', 'Veterans Health', 'Fair Housing', 'Public Housing', 'Grants Management',
  'Inspector General Affairs', 'Legal Counsel', 'Global Health', 'Democracy and Human Rights', 'Arms Control', 'Foreign Assistance',
  'Counterterrorism', 'Intelligence and Analysis', 'Acquisition Policy', 'Financial Stability', 'Tax Policy', 'Debt Management',
];
const COMMITTEE_SUBJECTS = [
  'Foreign Affairs', 'the Judiciary', 'Oversight and Government Reform', 'Homeland Security', 'Armed Services', 'Energy and Commerce',
  'Financial Services', 'Ways and Means', 'Appropriations', 'Education and the Workforce', 'Veterans\' Affairs', 'Agriculture',
  'Natural Resources', 'Science, Space, and Technology', 'Transportation and Infrastructure', 'Small Business', 'the Budget',
  'Intelligence', 'Ethics', 'House Administration', 'Rules', 'Health, Education, Labor, and Pensions', 'Banking, Housing, and Urban Affairs',
  'Commerce, Science, and Transportation', 'Environment and Public Works', 'Finance', 'Foreign Relations',
  'Homeland Security and Governmental Affairs', 'Indian Affairs', 'Aging',
];
const SUBCOMMITTEE_SUBJECTS = [
  'the Western Hemisphere', 'Europe', 'Africa', 'Asia and the Pacific', 'the Middle East', 'Oversight and Investigations',
  'Immigration Integrity', 'Crime and Federal Government Surveillance', 'the Constitution', 'Courts and Intellectual Property',
  'Cybersecurity', 'Border Security', 'Emergency Management', 'Readiness', 'Military Personnel', 'Strategic Forces', 'Health',
  'Energy', 'Environment', 'Communications and Technology', 'Digital Assets', 'Capital Markets', 'Housing', 'Trade', 'Social Security',
  'Defense', 'Labor, Health and Human Services', 'Higher Education', 'Workforce Protections', 'Disability Assistance',
  'Conservation', 'Federal Lands', 'Space and Aeronautics', 'Research and Technology', 'Aviation', 'Highways and Transit',
  'Government Operations', 'Economic Growth', 'Counterterrorism', 'Federal Spending Oversight',
];
const COMPANY_WORDS = [
  'Apex', 'Beacon', 'Cardinal', 'Summit', 'Meridian', 'Pioneer', 'Sterling', 'Harbor', 'Keystone', 'Liberty', 'Granite', 'Atlas',
  'Horizon', 'Northstar', 'Evergreen', 'Pinnacle', 'Frontier', 'Crescent', 'Vanguard', 'Ironwood',
];
const COMPANY_NOUNS = ['Health', 'Energy', 'Logistics', 'Defense Systems', 'Pharmaceuticals', 'Capital', 'Networks', 'Data', 'Detention Services', 'Airlines', 'Telecom', 'Foods'];
const COMPANY_SUFFIXES = ['Inc.', 'Corp.', 'LLC', 'Group', 'Holdings'];
const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara', 'Richard',
  'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Christopher', 'Lisa', 'Daniel', 'Nancy', 'Matthew', 'Betty',
  'Anthony', 'Margaret', 'Mark', 'Sandra', 'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua',
  'Michelle', 'Kenneth', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah', 'Timothy', 'Stephanie', 'Ronald',
  'Rebecca', 'Jason', 'Sharon', 'Edward', 'Laura', 'Jeffrey', 'Cynthia', 'Ryan', 'Kathleen', 'Jacob', 'Amy', 'Gary', 'Angela',
  'Nicholas', 'Rosa', 'Eric', 'Anna', 'Jonathan', 'Brenda', 'Stephen', 'Pamela', 'Larry', 'Emma', 'Justin', 'Nicole', 'Scott',
  'Helen', 'Brandon', 'Samantha', 'Joaquin', 'Ilhan', 'Raja', 'Tammy', 'Ro', 'Yvette', 'Mazie', 'Ted', 'Jamie', 'Gregory',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris',
  'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen',
  'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez',
  'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy',
  'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim',
  'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
  'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez', 'Meeks', 'Castro', 'Raskin',
];
const STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI',
  'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT',
  'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];
/** Topics of letters, each with the tag it usually carries. */
const TOPICS: [string, string][] = [
  ['the detention of deportees abroad', 'detention'], ['removal flights to third countries', 'immigration'],
  ['the use of foreign-assistance accounts for removals', 'foreign-assistance'], ['conditions in immigration detention facilities', 'detention'],
  ['the suspension of refugee admissions', 'refugees'], ['border wall contracting', 'border'], ['asylum processing backlogs', 'immigration'],
  ['the dismissal of inspectors general', 'inspectors-general'], ['the firing of career prosecutors', 'doj-independence'],
  ['political interference in investigations', 'doj-independence'], ['access to federal payment systems', 'data-privacy'],
  ['the handling of taxpayer data', 'data-privacy'], ['mass layoffs of probationary employees', 'federal-workforce'],
  ['the reclassification of civil servants', 'federal-workforce'], ['the freeze of congressionally appropriated grants', 'appropriations'],
  ['impoundment of appropriated funds', 'appropriations'], ['conflicts of interest of senior officials', 'ethics'],
  ['acceptance of foreign gifts', 'ethics'], ['cryptocurrency ventures of officials', 'crypto'], ['tariff exemptions for favored companies', 'tariffs'],
  ['export controls on advanced chips', 'china'], ['sanctions enforcement against Russia', 'sanctions'], ['security assistance to Ukraine', 'ukraine'],
  ['the closure of field offices of the Social Security Administration', 'social-security'], ['delays in veterans\' disability claims', 'veterans'],
  ['cancellation of medical research grants', 'health-research'], ['drug shortages and pricing', 'drug-pricing'],
  ['Medicaid eligibility redeterminations', 'medicaid'], ['Medicare Advantage overpayments', 'medicare'],
  ['the rollback of emission standards', 'climate'], ['pipeline safety inspections', 'energy'], ['air traffic control staffing', 'aviation'],
  ['the use of artificial intelligence in benefit decisions', 'ai'], ['ransomware attacks on hospitals', 'cybersecurity'],
  ['election security funding', 'elections'], ['protection of whistleblowers', 'whistleblowers'], ['no-bid contracts for detention services', 'procurement'],
  ['the management of public lands leases', 'public-lands'], ['student loan servicing failures', 'education'], ['enforcement of child labor laws', 'labor'],
  ['mergers in the airline industry', 'antitrust'], ['bank capital requirements', 'banking'], ['content moderation on large platforms', 'tech-platforms'],
  ['nuclear plant license extensions', 'nuclear'], ['disaster relief payments after hurricanes', 'disaster-relief'],
];
const EXTRA_TAGS = [
  'el-salvador', 'oversight', 'transparency', 'records', 'foia', 'contracting', 'grants', 'doge', 'defense', 'trade', 'housing', 'transportation',
];
const TITLE_OPENERS = [
  'Request for information on', 'Concerns regarding', 'Oversight of', 'Questions about', 'Demand for documents on',
  'Inquiry into', 'Request for a briefing on', 'Follow-up on',
];
const QUESTION_TEMPLATES: [string, 'question' | 'document_request' | 'briefing_request' | 'other'][] = [
  ['Provide all documents and communications concerning {t} since {y}.', 'document_request'],
  ['Identify the legal authorities your office relied on for {t}.', 'question'],
  ['How much has been spent on {t}, from which accounts, and paid to whom?', 'question'],
  ['Describe how {org} monitors and justifies spending on {t}.', 'question'],
  ['Provide a list of every official who approved decisions on {t}.', 'document_request'],
  ['How many people have been affected by {t}, broken down by month?', 'question'],
  ['Provide a briefing to Committee staff on {t} no later than two weeks from the date of this letter.', 'briefing_request'],
  ['Explain whether {org} consulted its general counsel before acting on {t}.', 'question'],
  ['Provide copies of any contracts, agreements or memoranda of understanding related to {t}.', 'document_request'],
  ['Did any official with a financial interest participate in decisions on {t}? If so, identify them.', 'question'],
  ['Preserve all records related to {t}, including messages on personal devices and ephemeral applications.', 'other'],
  ['What steps has {org} taken to notify Congress of {t}, as the law requires?', 'question'],
  ['Provide the written guidance issued to staff about {t}.', 'document_request'],
  ['Explain the timeline of decisions on {t}, with dates and the names of decision makers.', 'question'],
];
const SUB_PART_TEMPLATES = [
  'Include the dates of each communication and its participants.',
  'State the amounts by fiscal year and appropriation account.',
  'Identify any exceptions or waivers granted.',
  'Explain who approved it and on what date.',
];

const pickQuestionCount = weighted<number>([[1, 5], [2, 8], [3, 12], [4, 17], [5, 19], [6, 14], [7, 10], [8, 6], [9, 4], [10, 3], [12, 2]]);
const pickDisposition = weighted<string>([
  ['answered', 38], ['partially_answered', 20], ['declined', 10], ['referred', 6], ['acknowledged', 14], ['non_responsive', 12],
]);
const acronymOf = (name: string) => name.split(/[\s,]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');

// ---------------------------------------------------------------------------
// Column buffers and batched inserts
// ---------------------------------------------------------------------------

/** A value in COPY's text format. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!) : text;
}

/**
 * One table's rows as column arrays, streamed in with `COPY ... FROM STDIN`. With a
 * `statement`, the rows are copied into a temporary table first and the statement
 * (`{source}` standing for that table, aliased `x`) moves them into place.
 */
class Table {
  readonly columns: unknown[][];
  constructor(
    readonly name: string,
    readonly names: string[],
    readonly types: string[],
    readonly statement?: string,
  ) {
    this.columns = names.map(() => []);
  }

  push(...values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
  }

  get length(): number {
    return this.columns[0].length;
  }

  private *lines(): Generator<string> {
    const total = this.length;
    const width = this.columns.length;
    for (let start = 0; start < total; start += BATCH) {
      let chunk = '';
      for (let row = start; row < Math.min(total, start + BATCH); row++) {
        for (let c = 0; c < width; c++) chunk += (c ? '\t' : '') + copyText(this.columns[c][row]);
        chunk += '\n';
      }
      yield chunk;
    }
  }

  async insert(client: pg.Client): Promise<number> {
    const target = this.statement ? `bench_seed_${this.name}` : this.name;
    if (this.statement) {
      await client.query(`CREATE TEMP TABLE ${target} (${this.names.map((n, i) => `${n} ${this.types[i]}`).join(', ')}) ON COMMIT DROP`);
    }
    await pipeline(Readable.from(this.lines()), client.query(copyFrom(`COPY ${target} (${this.names.join(', ')}) FROM STDIN`)));
    if (this.statement) await client.query(this.statement.replace('{source}', `${target} x`));
    return this.length;
  }
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

interface Org { id: string; name: string; acronym: string | null; kind: string; code: string | null; parent: number }
interface Person { id: string; fullName: string; kind: 'member' | 'official'; org: number; title: string | null }

function directory(rng: Rng) {
  const orgs: Org[] = [];
  const add = (o: Omit<Org, 'id'>) => orgs.push({ id: rng.uuid(), ...o }) - 1;
  // 28 departments and independent agencies, 272 of their components: 300 agencies.
  const departments = DEPARTMENTS.map(([name, acronym]) => add({ name, acronym, kind: 'agency', code: null, parent: -1 }));
  const subNames = new Set<string>();
  while (subNames.size < 272) subNames.add(`${rng.pick(SUB_PREFIXES)} ${rng.pick(SUB_SUBJECTS)}`);
  const components = [...subNames].map((name) => add({ name, acronym: acronymOf(name), kind: 'agency', code: null, parent: rng.pick(departments) }));
  // 40 committees (24 House, 16 Senate) with unique codes, 100 subcommittees.
  const codes = new Set<string>();
  const committeeCode = (prefix: string) => {
    for (;;) {
      const code = prefix + String.fromCharCode(65 + rng.int(0, 25)) + String.fromCharCode(65 + rng.int(0, 25));
      if (!codes.has(code)) return codes.add(code), code;
    }
  };
  const committees: number[] = [];
  const subjects = rng.shuffle(COMMITTEE_SUBJECTS.slice());
  for (let i = 0; i < 40; i++) {
    const house = i < 24;
    const subject = subjects[i % subjects.length];
    const name = `${house ? 'House' : 'Senate'} Committee on ${subject}${i >= subjects.length ? ' (Select)' : ''}`;
    committees.push(add({ name, acronym: (house ? 'H' : 'S') + acronymOf(subject), kind: 'committee', code: committeeCode(house ? 'HS' : 'SS'), parent: -1 }));
  }
  const subCount = new Map<number, number>();
  const subcommittees: number[] = [];
  for (let i = 0; i < 100; i++) {
    const parent = rng.pick(committees);
    const n = (subCount.get(parent) ?? 0) + 1;
    subCount.set(parent, n);
    const name = `Subcommittee on ${rng.pick(SUBCOMMITTEE_SUBJECTS)}`;
    subcommittees.push(add({ name, acronym: null, kind: 'subcommittee', code: `${orgs[parent].code}${String(n).padStart(2, '0')}`, parent }));
  }
  // 60 companies.
  const companyNames = new Set<string>();
  while (companyNames.size < 60) companyNames.add(`${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_NOUNS)} ${rng.pick(COMPANY_SUFFIXES)}`);
  const companies = [...companyNames].map((name) => add({ name, acronym: null, kind: 'company', code: null, parent: -1 }));

  // Who receives letters, most popular first: departments mostly lead, then components and companies.
  const recipientRank = [...rng.shuffle(departments.slice(0, 12)), ...rng.shuffle([...departments.slice(12), ...components.slice(0, 40), ...companies.slice(0, 8)]),
    ...rng.shuffle([...components.slice(40), ...companies.slice(8)])];

  // 420 members, 180 officials (department heads, then heads of popular components and companies).
  const people: Person[] = [];
  const names = new Set<string>();
  const personName = () => {
    for (;;) {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.chance(0.3) ? `${String.fromCharCode(65 + rng.int(0, 25))}. ` : ''}${rng.pick(LAST_NAMES)}`;
      if (!names.has(name)) return names.add(name), name;
    }
  };
  const bioguides = new Set<string>();
  const memberInfo = new Map<number, { bioguide: string; chamber: string; party: string; state: string }>();
  for (let i = 0; i < 420; i++) {
    const fullName = personName();
    const last = fullName.split(' ').pop()!;
    let bioguide: string;
    do bioguide = `${last[0].toUpperCase()}${String(rng.int(0, 999999)).padStart(6, '0')}`; while (bioguides.has(bioguide));
    bioguides.add(bioguide);
    memberInfo.set(people.length, { bioguide, chamber: i < 330 ? 'house' : 'senate', party: rng.pick(['D', 'D', 'R', 'R', 'I']), state: rng.pick(STATES) });
    people.push({ id: rng.uuid(), fullName, kind: 'member', org: -1, title: null });
  }
  const officialOrgs = [...departments, ...recipientRank.filter((o) => !departments.includes(o)).slice(0, 152)];
  const officialsOf = new Map<number, number[]>();
  for (let i = 0; i < 180; i++) {
    const org = i < officialOrgs.length ? officialOrgs[i] : rng.pick(departments);
    const kind = orgs[org].kind;
    const title = kind === 'company'
      ? rng.pick(['Chief Executive Officer', 'General Counsel', 'President'])
      : orgs[org].parent < 0
        ? (i < officialOrgs.length ? 'Secretary' : rng.pick(['Deputy Secretary', 'Inspector General', 'General Counsel']))
        : rng.pick(['Administrator', 'Director', 'Commissioner', 'Acting Director']);
    const index = people.push({ id: rng.uuid(), fullName: personName(), kind: 'official', org, title: `${title}, ${orgs[org].name}` }) - 1;
    officialsOf.set(org, [...(officialsOf.get(org) ?? []), index]);
  }
  return { orgs, people, memberInfo, committees: [...committees, ...subcommittees], recipientRank, officialsOf };
}

/**
 * Computes what the app keeps of every letter (each question's current status,
 * each letter's state spans) with the app's own function, in batches, so the
 * API starts on a ready dataset (it would otherwise bring the letters up to date
 * at its first start). Runs with the row triggers still off, so the audit trail
 * records nothing of the load.
 */
async function fillCurrentState(client: pg.Client, letterIds: string[]): Promise<boolean> {
  const present = (await client.query(
    `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'letter_states') AS present`,
  )).rows[0].present;
  if (!present) return false;
  const specifier = '../apps/api/src/counting/current-state.js'; // resolved at run time: the module may not exist in every version of the app
  const module = (await import(specifier).catch(() => null)) as { refreshCurrentState?: (manager: unknown, ids: string[]) => Promise<unknown> } | null;
  if (!module?.refreshCurrentState) return false;
  const manager = { query: typeormQuery(client) };
  for (let start = 0; start < letterIds.length; start += 50_000) await module.refreshCurrentState(manager, letterIds.slice(start, start + 50_000));
  return true;
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const args = parseArgs(process.argv.slice(2));
  const letterCount = intArg(args, 'letters', 100_000);
  const seed = intArg(args, 'seed', 1);
  const env = loadEnv();
  const policy = parsePolicy(env.DEFAULT_RESPONSE_POLICY);
  const today = todayIn(env.TRACKER_TIME_ZONE);
  const TODAY = toDayNumber(today);
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${line}\n`);

  const database = await openDatabaseServer(env);
  const client = new pg.Client({ connectionString: database.url, application_name: 'oversight-tracker-bench-seed' });
  try {
    const applied = await migrateUp(database.url, env);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    await client.connect();
    await client.query(`SET synchronous_commit = off`);
    if (!args.reset) {
      const [{ n }] = (await client.query(`SELECT (SELECT count(*) FROM letters) + (SELECT count(*) FROM organizations) + (SELECT count(*) FROM people) AS n`)).rows;
      if (Number(n) > 0) throw new Error('the database already holds letters, organizations or people: pass --reset to empty the domain tables first');
    }

    // ---- directory -------------------------------------------------------
    const rng = new Rng(seed);
    const { orgs, people, memberInfo, committees, recipientRank, officialsOf } = directory(rng);
    const members = people.flatMap((p, i) => (p.kind === 'member' ? [i] : []));
    const recipientPicker = new ZipfPicker(recipientRank.length, 0.9);
    const memberPicker = new ZipfPicker(members.length, 0.7);
    const committeePicker = new ZipfPicker(committees.length, 0.8);
    const rankedMembers = rng.shuffle(members.slice());
    const rankedCommittees = rng.shuffle(committees.slice());

    // ---- letters and questions --------------------------------------------
    // Sent dates spread over 2019..today, more in recent years, on weekdays; letters go in date order.
    const span = TODAY - FIRST_DAY + 1;
    const sentDays = new Int32Array(letterCount);
    for (let i = 0; i < letterCount; i++) {
      let d = FIRST_DAY + Math.floor(span * Math.pow(rng.next(), 0.85));
      const wd = (((d + 4) % 7) + 7) % 7; // 0 = Sunday
      if (wd === 6) d -= 1;
      else if (wd === 0) d = d + 1 <= TODAY ? d + 1 : d - 2;
      sentDays[i] = d;
    }
    sentDays.sort();

    const letters = new Table('letters',
      ['id', 'title', 'summary', 'full_text', 'source_url', 'sent_on', 'stated_due_on', 'policy_due_on', 'committee_id', 'follow_up_of_id', 'tags', 'archived_at', 'created_at', 'updated_at'],
      ['uuid', 'text', 'text', 'text', 'text', 'date', 'date', 'date', 'uuid', 'uuid', 'text[]', 'timestamptz', 'timestamptz', 'timestamptz']);
    const signers = new Table('letter_signers', ['letter_id', 'person_id', 'role', 'position'], ['uuid', 'uuid', 'text', 'int']);
    const recipients = new Table('letter_recipients', ['letter_id', 'person_id', 'organization_id', 'position'], ['uuid', 'uuid', 'uuid', 'int']);
    const questions = new Table('questions',
      ['id', 'letter_id', 'position', 'label', 'text', 'kind', 'parent_id', 'reiterates_id', 'thread_id', 'withdrawn_on', 'created_at', 'updated_at'],
      ['uuid', 'uuid', 'int', 'text', 'text', 'text', 'uuid', 'uuid', 'uuid', 'date', 'timestamptz', 'timestamptz']);
    const extensions = new Table('extensions', ['letter_id', 'new_due_on', 'granted_on', 'note', 'created_at'], ['uuid', 'date', 'date', 'text', 'timestamptz']);

    const letterIds: string[] = new Array(letterCount);
    const archived = new Uint8Array(letterCount);
    const followUpOf = new Int32Array(letterCount).fill(-1);
    const qStart = new Int32Array(letterCount);
    const qCount = new Int32Array(letterCount);
    const respondentOrg = new Int32Array(letterCount);
    const respondentPerson = new Int32Array(letterCount).fill(-1);
    const letterTopic = new Int32Array(letterCount);
    const letterRecipients: number[][] = new Array(letterCount);
    const letterSigners: number[][] = new Array(letterCount);
    const letterCommittee = new Int32Array(letterCount).fill(-1);
    // Per question (indexes into the questions table).
    const qIds: string[] = [];
    const qThread: string[] = [];
    const qText: string[] = [];
    const qKind: string[] = [];
    const qLetter: number[] = [];
    const qWithdrawn: number[] = [];
    const qTopLevel: boolean[] = [];
    /** First day on which a newer member of the question's thread (in a letter not archived) was sent. */
    const qSupersededFrom: number[] = [];
    const threadMembers = new Map<string, number[]>();
    const stamps = new Map<number, string>();
    const nowStamp = `${new Date().toISOString().slice(0, 19)}Z`;
    const stamp = (day: number, hour: number) => {
      const key = Math.min(day, TODAY) * 24 + hour;
      let text = stamps.get(key);
      if (text === undefined) {
        text = `${fromDayNumber(Math.min(day, TODAY))}T${String(hour).padStart(2, '0')}:00:00Z`;
        if (text > nowStamp) text = nowStamp; // today's rows: not later than now
        stamps.set(key, text);
      }
      return text;
    };
    let followUps = 0;
    let withStated = 0;

    /** Index of the first letter sent on or after `day`. */
    const firstOnOrAfter = (day: number, below: number) => {
      let lo = 0;
      let hi = below;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentDays[mid] < day) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };

    for (let i = 0; i < letterCount; i++) {
      const id = rng.uuid();
      letterIds[i] = id;
      const sent = sentDays[i];
      // A follow-up: of a letter sent 14 to 400 days before, not archived, with questions.
      let previous = -1;
      if (rng.chance(0.105)) {
        const lo = firstOnOrAfter(sent - 400, i);
        const hi = firstOnOrAfter(sent - 13, i); // letters sent at least 14 days before: [lo, hi)
        for (let attempt = 0; attempt < 6 && hi > lo && previous < 0; attempt++) {
          const candidate = rng.int(lo, hi - 1);
          if (!archived[candidate] && qCount[candidate] > 0 && sentDays[candidate] < sent) previous = candidate;
        }
      }
      followUpOf[i] = previous;
      if (previous >= 0) followUps += 1;
      const isArchived = previous < 0 && rng.chance(0.01);
      archived[i] = isArchived ? 1 : 0;

      // Parties: a follow-up goes to the same recipients from (mostly) the same signers.
      let recipientParties: { person: number; org: number }[];
      let signerIndexes: number[];
      let committee: number;
      let topic: number;
      if (previous >= 0) {
        recipientParties = letterRecipients[previous].map((code) => (code >= 0 ? { person: -1, org: code } : { person: -code - 1, org: -1 }));
        signerIndexes = letterSigners[previous].slice();
        if (rng.chance(0.3)) {
          const extra = rankedMembers[memberPicker.pick(rng)];
          if (!signerIndexes.includes(extra) && signerIndexes.length < 4) signerIndexes.push(extra);
        }
        committee = letterCommittee[previous];
        topic = letterTopic[previous];
        respondentOrg[i] = respondentOrg[previous];
        respondentPerson[i] = respondentPerson[previous];
      } else {
        const org = recipientRank[recipientPicker.pick(rng)];
        const officials = officialsOf.get(org) ?? [];
        const mode = rng.next();
        if (officials.length && mode < 0.3) recipientParties = [{ person: rng.pick(officials), org: -1 }];
        else if (officials.length && mode < 0.5) recipientParties = [{ person: rng.pick(officials), org: -1 }, { person: -1, org }];
        else if (mode < 0.94) recipientParties = [{ person: -1, org }];
        else {
          const other = recipientRank[recipientPicker.pick(rng)];
          recipientParties = other === org ? [{ person: -1, org }] : [{ person: -1, org }, { person: -1, org: other }];
        }
        const signerCount = rng.chance(0.5) ? 1 : rng.chance(0.6) ? 2 : 3;
        signerIndexes = [];
        while (signerIndexes.length < signerCount) {
          const m = rankedMembers[memberPicker.pick(rng)];
          if (!signerIndexes.includes(m)) signerIndexes.push(m);
        }
        committee = rng.chance(0.55) ? rankedCommittees[committeePicker.pick(rng)] : -1;
        topic = rng.int(0, TOPICS.length - 1);
        respondentOrg[i] = org;
        const person = recipientParties.find((r) => r.person >= 0);
        respondentPerson[i] = person ? person.person : -1;
      }
      letterRecipients[i] = recipientParties.map((r) => (r.org >= 0 ? r.org : -r.person - 1));
      letterSigners[i] = signerIndexes;
      letterCommittee[i] = committee;
      letterTopic[i] = topic;
      recipientParties.forEach((r, k) => recipients.push(id, r.person >= 0 ? people[r.person].id : null, r.org >= 0 ? orgs[r.org].id : null, k + 1));
      signerIndexes.forEach((p, k) => signers.push(id, people[p].id, k === 0 ? 'lead' : 'cosigner', k + 1));

      const org = orgs[respondentOrg[i]];
      const orgLabel = org.acronym ?? org.name;
      const [topicText, topicTag] = TOPICS[topic];
      const tags = new Set<string>();
      if (rng.chance(0.85)) tags.add(topicTag);
      const extraTags = rng.chance(0.5) ? rng.int(1, 2) : 0;
      for (let k = 0; k < extraTags; k++) tags.add(rng.chance(0.5) ? rng.pick(EXTRA_TAGS) : TOPICS[rng.int(0, TOPICS.length - 1)][1]);
      const year = fromDayNumber(sent).slice(0, 4);
      const title = previous >= 0
        ? `Follow-up: ${topicText} at ${orgLabel}`
        : `${rng.pick(TITLE_OPENERS)} ${topicText} at ${orgLabel}`;
      const statedDue = rng.chance(0.3) ? sent + rng.pick([10, 14, 14, 21, 30, 30, 45]) : -1;
      if (statedDue >= 0) withStated += 1;

      // Questions: reiterations of earlier ones first (follow-ups), then new ones; some with sub-parts.
      const start = qIds.length;
      qStart[i] = start;
      const drafts: { text: string; kind: string; reiterates: number; parentLabel: string | null }[] = [];
      if (previous >= 0) {
        const chainQuestions: number[] = [];
        for (let p = previous, depth = 0; p >= 0 && depth < 3; p = followUpOf[p], depth++) {
          for (let q = qStart[p]; q < qStart[p] + qCount[p]; q++) if (qWithdrawn[q] < 0 && qTopLevel[q] && (depth === 0 || rng.chance(0.3))) chainQuestions.push(q);
        }
        for (const q of rng.sample(chainQuestions, rng.int(1, 3))) {
          drafts.push({ text: `As we asked on ${fromDayNumber(sentDays[qLetter[q]])}: ${qText[q].replace(/^As we asked on [0-9-]+: /, '')}`, kind: qKind[q], reiterates: q, parentLabel: null });
        }
      }
      const fresh = rng.chance(0.02) && previous < 0 ? 0 : Math.max(previous >= 0 ? 1 : 0, pickQuestionCount(rng) - drafts.length);
      const templates = rng.sample(QUESTION_TEMPLATES, Math.min(fresh, QUESTION_TEMPLATES.length));
      for (let k = 0; k < fresh; k++) {
        const [template, kind] = templates[k % templates.length];
        const text = template.replace('{t}', topicText).replace('{y}', String(Number(year) - 1)).replace('{org}', orgLabel);
        drafts.push({ text: k >= templates.length ? `${text} (Part ${k + 1}.)` : text, kind, reiterates: -1, parentLabel: null });
      }
      // 10% of letters break one item into sub-parts (a), (b)[, (c)].
      const withParts = drafts.length >= 2 && rng.chance(0.1) ? rng.int(0, drafts.length - 1) : -1;
      let position = 0;
      const full: string[] = [];
      drafts.forEach((draft, k) => {
        const label = String(k + 1);
        const questionIndex = qIds.length;
        const qid = rng.uuid();
        const thread = draft.reiterates >= 0 ? qThread[draft.reiterates] : qid;
        const withdrawnDay = rng.chance(0.03) ? sent + rng.int(3, 150) : -1;
        const withdrawn = withdrawnDay >= 0 && withdrawnDay <= TODAY ? withdrawnDay : -1;
        position += 1;
        questions.push(qid, id, position, label, draft.text, draft.kind, null, draft.reiterates >= 0 ? qIds[draft.reiterates] : null, thread,
          withdrawn >= 0 ? fromDayNumber(withdrawn) : null, stamp(sent + 1, 15), stamp(sent + 1, 15));
        qIds.push(qid); qThread.push(thread); qText.push(draft.text); qKind.push(draft.kind); qLetter.push(i);
        qWithdrawn.push(withdrawn); qTopLevel.push(true); qSupersededFrom.push(NEVER);
        full.push(`${label}. ${draft.text}`);
        if (draft.reiterates >= 0 && !isArchived) {
          // Every earlier member of the thread is superseded from this letter's sent date on.
          const members = threadMembers.get(thread) ?? [draft.reiterates];
          for (const m of members) if (sentDays[qLetter[m]] < sent) qSupersededFrom[m] = Math.min(qSupersededFrom[m], sent);
          members.push(questionIndex);
          threadMembers.set(thread, members);
        }
        if (k === withParts) {
          const parts = rng.int(2, 3);
          for (let s = 0; s < parts; s++) {
            const subId = rng.uuid();
            const subLabel = `${label}(${'abc'[s]})`;
            const text = SUB_PART_TEMPLATES[(s + k) % SUB_PART_TEMPLATES.length];
            position += 1;
            questions.push(subId, id, position, subLabel, text, draft.kind, qid, null, subId, null, stamp(sent + 1, 15), stamp(sent + 1, 15));
            qIds.push(subId); qThread.push(subId); qText.push(text); qKind.push(draft.kind); qLetter.push(i);
            qWithdrawn.push(-1); qTopLevel.push(false); qSupersededFrom.push(NEVER);
            full.push(`   (${'abc'[s]}) ${text}`);
          }
        }
      });
      qCount[i] = qIds.length - start;

      const summary = rng.chance(0.5) ? `Members ask ${org.name} about ${topicText} and request answers and records.` : null;
      const fullText = rng.chance(0.15)
        ? `Dear ${people[respondentPerson[i]]?.fullName ?? 'Sir or Madam'}:\n\nWe write regarding ${topicText}. ` +
          `Recent reporting raises serious questions about how ${org.name} has handled this matter, and Congress has a duty to conduct oversight. ` +
          `Please answer the following by ${fromDayNumber(statedDue >= 0 ? statedDue : sent + 30)}:\n\n${full.join('\n')}\n\nSincerely,\n` +
          signerIndexes.map((p) => people[p].fullName).join('\n')
        : null;
      letters.push(id, title, summary, fullText, `https://oversight.example.gov/letters/${year}/${i + 1}`, fromDayNumber(sent),
        statedDue >= 0 ? fromDayNumber(statedDue) : null, policyDueOn(fromDayNumber(sent), policy), committee >= 0 ? orgs[committee].id : null,
        previous >= 0 ? letterIds[previous] : null, `{${[...tags].map((t) => `"${t}"`).join(',')}}`,
        isArchived ? stamp(sent + rng.int(5, 400), 18) : null, stamp(sent, 14), stamp(sent + 1, 15));

      // ~8% of letters get an extension (a quarter of those a second one), granted on or before today.
      if (rng.chance(0.085)) {
        const baseDue = statedDue >= 0 ? statedDue : toDayNumber(policyDueOn(fromDayNumber(sent), policy));
        let granted = sent + rng.int(5, 60);
        let due = Math.max(baseDue, granted) + rng.int(14, 60);
        const count = rng.chance(0.25) ? 2 : 1;
        for (let k = 0; k < count && granted <= TODAY; k++) {
          extensions.push(id, fromDayNumber(due), fromDayNumber(granted), k === 0 ? `${org.name} asked for more time to gather records.` : 'Further extension agreed with staff.', stamp(granted, 16));
          granted += rng.int(7, 60);
          due += rng.int(14, 45);
        }
      }
    }
    log(`generated ${letterCount} letters, ${qIds.length} questions (${followUps} follow-ups, ${withStated} with a stated due date)`);

    // ---- responses (after every letter exists, so supersession dates are final) ----
    const responses = new Table('responses',
      ['id', 'letter_id', 'received_on', 'respondent_person_id', 'respondent_organization_id', 'summary', 'source_url', 'created_at'],
      ['uuid', 'uuid', 'date', 'uuid', 'uuid', 'text', 'text', 'timestamptz']);
    const items = new Table('response_items', ['response_id', 'question_id', 'disposition', 'note', 'position'], ['uuid', 'uuid', 'text', 'text', 'int'],
      // Each item repeats its response's received_on and seq (the bigserial the response got).
      `INSERT INTO response_items (response_id, question_id, disposition, note, position, received_on, seq)
       SELECT x.response_id, x.question_id, x.disposition, x.note, x.position, r.received_on, r.seq
       FROM {source} JOIN responses r ON r.id = x.response_id`);
    let lettersWithResponse = 0;
    const pickResponseCount = weighted<number>([[1, 55], [2, 30], [3, 15]]);
    for (let i = 0; i < letterCount; i++) {
      if (!rng.chance(0.6)) continue;
      lettersWithResponse += 1;
      const sent = sentDays[i];
      let lo = sent + 3;
      const hi = Math.min(TODAY, sent + 400);
      if (lo > hi) lo = sent;
      const count = pickResponseCount(rng);
      const days = Array.from({ length: count }, () => lo + Math.floor((hi - lo + 1) * Math.pow(rng.next(), 1.6))).sort((a, b) => a - b);
      const last = new Map<number, string>();
      const org = orgs[respondentOrg[i]];
      days.forEach((day, r) => {
        const responseId = rng.uuid();
        const who = rng.next();
        const person = respondentPerson[i] >= 0 && who < 0.25 ? people[respondentPerson[i]].id : null;
        const organization = !person && who < 0.9 ? org.id : null;
        responses.push(responseId, letterIds[i], fromDayNumber(day), person, organization,
          r === 0 && rng.chance(0.3) ? `Interim reply from ${org.name} acknowledging the letter.` : `Response from ${org.name}.`,
          rng.chance(0.7) ? `https://oversight.example.gov/responses/${i + 1}-${r + 1}.pdf` : null, stamp(day, 17));
        const eligible: number[] = [];
        for (let q = qStart[i]; q < qStart[i] + qCount[i]; q++) {
          if (qSupersededFrom[q] > day && (qWithdrawn[q] < 0 || qWithdrawn[q] > day)) eligible.push(q);
        }
        const acknowledgeAll = r === 0 && count > 1 && rng.chance(0.35);
        let position = 0;
        for (const q of eligible) {
          const settled = ['answered', 'declined', 'referred'].includes(last.get(q) ?? '');
          const include = acknowledgeAll || rng.chance(settled ? 0.1 : r === count - 1 ? 0.85 : 0.65);
          if (!include) continue;
          const disposition = acknowledgeAll ? 'acknowledged' : pickDisposition(rng);
          last.set(q, disposition);
          position += 1;
          items.push(responseId, qIds[q], disposition, rng.chance(0.4) ? `See pages ${rng.int(1, 40)}-${rng.int(41, 90)} of the response.` : null, position);
        }
      });
    }
    log(`generated ${responses.length} responses with ${items.length} items`);

    // ---- load ------------------------------------------------------------
    // One transaction: if anything fails (or the process is stopped), nothing of the load stays,
    // not even the dropped indexes and constraints. Bulk history goes in without row triggers (the
    // audit trail), foreign keys and secondary indexes; the indexes are then built in one pass
    // each and the foreign keys added back (which checks every row). Questions go in before their
    // letters so that the letters' own trigger computes each search vector as the letter is inserted.
    const LOADED = ['organizations', 'people', 'letters', 'letter_signers', 'letter_recipients', 'questions', 'extensions', 'responses', 'response_items'];
    await client.query('BEGIN');
    try {
      if (args.reset) {
        await client.query(`TRUNCATE ${LOADED.join(', ')} RESTART IDENTITY CASCADE`);
        log('truncated the domain tables');
      }
      await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      for (const table of LOADED) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
      await client.query(`ALTER TABLE letters ENABLE TRIGGER letters_search_vector`);
      const foreignKeys: { table: string; name: string; def: string }[] = (await client.query(
        `SELECT format('%I', c.relname) AS table, format('%I', k.conname) AS name, pg_get_constraintdef(k.oid) AS def
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
         WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)`,
        [LOADED],
      )).rows;
      for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
      // Indexes that back no constraint (primary keys and unique constraints stay).
      const indexes: { table: string; name: string; def: string }[] = (await client.query(
        `SELECT c.relname AS table, format('%I', ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
         WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
        [LOADED],
      )).rows;
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);

      const orgTable = new Table('organizations', ['id', 'name', 'acronym', 'kind', 'code', 'parent_id'], ['uuid', 'text', 'text', 'text', 'text', 'uuid']);
      for (const o of orgs) orgTable.push(o.id, o.name, o.acronym, o.kind, o.code, o.parent >= 0 ? orgs[o.parent].id : null);
      const peopleTable = new Table('people', ['id', 'full_name', 'kind', 'bioguide_id', 'chamber', 'party', 'state', 'title', 'organization_id'],
        ['uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'uuid']);
      people.forEach((p, i) => {
        const m = memberInfo.get(i);
        peopleTable.push(p.id, p.fullName, p.kind, m?.bioguide ?? null, m?.chamber ?? null, m?.party ?? null, m?.state ?? null, p.title, p.org >= 0 ? orgs[p.org].id : null);
      });
      for (const table of [orgTable, peopleTable, questions, letters, signers, recipients, extensions, responses, items]) {
        const t0 = Date.now();
        const n = await table.insert(client);
        log(`${table.name}: ${n} rows in ${((Date.now() - t0) / 1000).toFixed(1)}s${table === letters ? ' (with their search vectors)' : ''}`);
      }
      // Every index first, and fresh planner statistics, so the state computation below gets good plans.
      let t0 = Date.now();
      for (const index of indexes) await client.query(index.def);
      await client.query(`ANALYZE`);
      log(`${indexes.length} secondary indexes built and statistics gathered in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
      await client.query(`SET LOCAL jit = off`);
      await client.query(`SET LOCAL work_mem = '64MB'`);
      t0 = Date.now();
      if (await fillCurrentState(client, letterIds)) {
        log(`kept state (question statuses, letter state spans) computed by the app's refreshCurrentState in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
      }
      for (const table of LOADED) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      t0 = Date.now();
      for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${fk.def}`);
      log(`${foreignKeys.length} foreign keys added back (and checked) in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
      await client.query(
        `INSERT INTO settings (key, value) VALUES ('response_policy', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
        [formatPolicy(policy)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    const t1 = Date.now();
    // Setting each question's current status left a dead version of every question row.
    await client.query(`VACUUM (FULL, ANALYZE) questions`);
    await client.query(`VACUUM (ANALYZE)`);
    log(`vacuum and analyze in ${((Date.now() - t1) / 1000).toFixed(1)}s`);

    const counts = (await client.query(`
      SELECT (SELECT count(*) FROM organizations)::int AS organizations, (SELECT count(*) FROM people)::int AS people,
             (SELECT count(*) FROM letters)::int AS letters, (SELECT count(*) FROM letters WHERE follow_up_of_id IS NOT NULL)::int AS follow_ups,
             (SELECT count(*) FROM letters WHERE archived_at IS NOT NULL)::int AS archived,
             (SELECT count(*) FROM letter_signers)::int AS signers, (SELECT count(*) FROM letter_recipients)::int AS recipients,
             (SELECT count(*) FROM questions)::int AS questions, (SELECT count(*) FROM questions WHERE reiterates_id IS NOT NULL)::int AS reiterations,
             (SELECT count(*) FROM questions WHERE withdrawn_on IS NOT NULL)::int AS withdrawn,
             (SELECT count(*) FROM responses)::int AS responses, (SELECT count(DISTINCT letter_id) FROM responses)::int AS letters_with_responses,
             (SELECT count(*) FROM response_items)::int AS response_items,
             (SELECT count(*) FROM extensions)::int AS extensions, (SELECT count(DISTINCT letter_id) FROM extensions)::int AS letters_with_extensions,
             (SELECT count(*) FROM letters WHERE search_vector IS NULL)::int AS missing_search_vectors,
             pg_size_pretty(pg_database_size(current_database())) AS database_size`)).rows[0];
    const elapsed = (Date.now() - started) / 1000;
    process.stdout.write(`\nseed ${seed}, today ${today}, policy "${formatPolicy(policy)}"\n`);
    for (const [key, value] of Object.entries(counts)) process.stdout.write(`  ${key.padEnd(24)} ${value}\n`);
    process.stdout.write(`done in ${elapsed.toFixed(1)}s (${lettersWithResponse} letters given responses)\n`);
  } finally {
    await client.end().catch(() => undefined);
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`seed failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
