import type { Response } from 'supertest';
import type { TestApp } from './test-app.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = Record<string, any>;

/** Today in the tracker's default zone, as the service computes it. */
export function todayInNewYork(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** `a - b` in whole days, for `YYYY-MM-DD` dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Fails with the answer's body in the message, so an unexpected status explains itself. */
export function expectStatus(response: Response, status: number): Json {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status} for ${response.request?.method} ${response.request?.url}: ${JSON.stringify(response.body)}`);
  }
  return response.body as Json;
}

let counter = 0;
/** A short string unique within this test process, for names, codes and tags. */
export function unique(prefix = ''): string {
  counter += 1;
  return `${prefix}${process.pid.toString(36)}${counter.toString(36)}`;
}

/** Bioguide ids unique within this test process: a letter and six digits. */
export function bioguide(letter = 'T'): string {
  counter += 1;
  return `${letter}${String((process.pid * 37 + counter) % 1_000_000).padStart(6, '0')}`;
}

/** Directory and letter records made over HTTP, as a client would. */
export function factories(t: TestApp) {
  const post = async (path: string, body: Json, status = 201) => expectStatus(await t.http().post(path).send(body), status);
  return {
    organization: (fields: Json = {}) => post('/organizations', { name: `Agency ${unique()}`, kind: 'agency', ...fields }),
    committee: (fields: Json = {}) => post('/organizations', { name: `Committee ${unique()}`, kind: 'committee', ...fields }),
    member: (fields: Json = {}) =>
      post('/people', { fullName: `Rep. ${unique()}`, kind: 'member', bioguideId: bioguide(), chamber: 'house', party: 'D', state: 'NY', ...fields }),
    official: (organizationId: string, fields: Json = {}) =>
      post('/people', { fullName: `Official ${unique()}`, kind: 'official', title: 'Secretary', organizationId, ...fields }),
    /** A letter with one lead signer and one organization recipient unless the fields say otherwise. */
    async letter(fields: Json & { signerId?: string; recipientOrganizationId?: string }) {
      const { signerId, recipientOrganizationId, ...rest } = fields;
      const body: Json = {
        title: `Letter ${unique()}`,
        sentOn: '2025-04-17',
        ...(signerId ? { signers: [{ personId: signerId, role: 'lead' }] } : {}),
        ...(recipientOrganizationId ? { recipients: [{ organizationId: recipientOrganizationId }] } : {}),
        ...rest,
      };
      return post('/letters', body);
    },
    respond: (letterId: string, body: Json) => post(`/letters/${letterId}/responses`, body),
    extend: (letterId: string, body: Json) => post(`/letters/${letterId}/extensions`, body),
    async get(path: string): Promise<Json> {
      return expectStatus(await t.http().get(path), 200);
    },
  };
}
