import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type Json = Record<string, unknown>;

/** Calls the API in-process, through the same validation and rules a client meets. */
async function call<T = Json>(app: NestFastifyApplication, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${secretOf(app)}` };
  if (body) headers['content-type'] = 'application/json';
  const response = await app.inject({ method, url, payload: body as object | undefined, headers });
  const parsed = response.body ? JSON.parse(response.body) : undefined;
  if (response.statusCode >= 300) throw new Error(`${method} ${url} answered ${response.statusCode}: ${parsed?.detail ?? response.body}`);
  return parsed as T;
}

async function findOrCreate(app: NestFastifyApplication, path: string, filter: string, body: Json): Promise<string> {
  const found = await call<{ data: { id: string }[] }>(app, 'GET', `${path}?${filter}`);
  if (found.data.length > 0) return found.data[0].id;
  return (await call<{ id: string }>(app, 'POST', path, body)).id;
}

export const DEMO_TAG = 'cecot';

const secrets = new WeakMap<NestFastifyApplication, string>();
const secretOf = (app: NestFastifyApplication) => secrets.get(app) ?? '';

/**
 * The example everyone knows: two letters from House Democrats to the
 * Secretary of State about sending deportees to El Salvador's CECOT prison.
 * Written in this project's own words from the public facts; the exact day in
 * October 2025 is illustrative. No response is recorded, because our sources
 * record none.
 */
export async function seedDemo(app: NestFastifyApplication, secret: string, out: (line: string) => void): Promise<void> {
  secrets.set(app, secret);
  const existing = await call<{ data: { id: string; title: string }[] }>(app, 'GET', `/letters?tag=${DEMO_TAG}&sort=sentOn`);
  if (existing.data.length > 0) {
    out(`the demo is already loaded: ${existing.data.map((l) => l.id).join(', ')}`);
    return;
  }
  const state = await findOrCreate(app, '/organizations', 'name=Department%20of%20State&kind=agency', {
    name: 'Department of State', acronym: 'DOS', kind: 'agency',
  });
  const hfac = await findOrCreate(app, '/organizations', 'code=HSFA', {
    name: 'House Committee on Foreign Affairs', acronym: 'HFAC', kind: 'committee', code: 'HSFA',
  });
  await findOrCreate(app, '/organizations', 'code=HSFA07', {
    name: 'Subcommittee on the Western Hemisphere', kind: 'subcommittee', code: 'HSFA07', parentId: hfac,
  });
  await findOrCreate(app, '/organizations', 'code=HSJU', {
    name: 'House Committee on the Judiciary', kind: 'committee', code: 'HSJU',
  });
  const meeks = await findOrCreate(app, '/people', 'bioguideId=M001137', {
    fullName: 'Gregory W. Meeks', kind: 'member', bioguideId: 'M001137', chamber: 'house', party: 'D', state: 'NY',
  });
  const castro = await findOrCreate(app, '/people', 'bioguideId=C001091', {
    fullName: 'Joaquin Castro', kind: 'member', bioguideId: 'C001091', chamber: 'house', party: 'D', state: 'TX',
  });
  const raskin = await findOrCreate(app, '/people', 'bioguideId=R000606', {
    fullName: 'Jamie Raskin', kind: 'member', bioguideId: 'R000606', chamber: 'house', party: 'D', state: 'MD',
  });
  const rubio = await findOrCreate(app, '/people', `name=Marco%20Rubio&organizationId=${state}`, {
    fullName: 'Marco Rubio', kind: 'official', title: 'Secretary of State', organizationId: state,
  });

  const april = await call<{ id: string; questions: { id: string }[] }>(app, 'POST', '/letters', {
    title: 'Legal basis and funding of the agreement to detain deportees in El Salvador',
    summary:
      'The ranking members of the Foreign Affairs Committee and its Western Hemisphere Subcommittee ask the Secretary of State ' +
      'what authorizes the arrangement under which people removed from the United States are held at the CECOT prison in ' +
      'El Salvador, and which State Department money pays for it.',
    sentOn: '2025-04-17',
    statedDueOn: null,
    committeeId: hfac,
    signers: [{ personId: meeks, role: 'lead' }, { personId: castro, role: 'cosigner' }],
    recipients: [{ personId: rubio }],
    tags: [DEMO_TAG, 'el-salvador', 'immigration', 'foreign-assistance'],
    questions: [
      { label: '1', kind: 'question', text: 'Under what legal authorities did the Department enter into the agreement with El Salvador to hold deportees at CECOT?' },
      { label: '2', kind: 'question', text: 'Which foreign-assistance accounts has the Department drawn on to carry out these removals?' },
      { label: '3', kind: 'document_request', text: 'Provide the amounts of Department funds spent on the removals and the detention, and who received them.' },
      { label: '4', kind: 'question', text: 'How does the Department monitor this spending, and how does it justify it?' },
    ],
  });

  await call(app, 'POST', '/letters', {
    title: 'Follow-up on the CECOT agreement after reports that MS-13 informants were handed over',
    summary:
      'Writing again after reports that people cooperating with U.S. investigations of MS-13 were among those sent to El Salvador, ' +
      'three ranking members repeat the unanswered April requests and ask how many MS-13 members were transferred.',
    sentOn: '2025-10-16',
    committeeId: hfac,
    followUpOfId: april.id,
    signers: [{ personId: meeks, role: 'lead' }, { personId: raskin, role: 'cosigner' }, { personId: castro, role: 'cosigner' }],
    recipients: [{ personId: rubio }],
    tags: [DEMO_TAG, 'el-salvador', 'immigration', 'ms-13'],
    questions: [
      { label: '1', kind: 'question', reiteratesId: april.questions[0].id, text: 'As asked on April 17, 2025: the legal authorities for the CECOT agreement.' },
      { label: '2', kind: 'question', reiteratesId: april.questions[1].id, text: 'As asked on April 17, 2025: the foreign-assistance accounts used for the removals.' },
      { label: '3', kind: 'document_request', reiteratesId: april.questions[2].id, text: 'As asked on April 17, 2025: the amounts and recipients of Department funds spent on removals and detention.' },
      { label: '4', kind: 'question', reiteratesId: april.questions[3].id, text: 'As asked on April 17, 2025: how the spending is monitored and justified.' },
      { label: '5', kind: 'question', text: 'How many people identified as MS-13 members has the United States sent to El Salvador?' },
      { label: '6', kind: 'question', text: 'Were informants other than the nine already reported among the people transferred?' },
    ],
  });
  out(`loaded the demo: the April 2025 letter is ${april.id}`);
}
