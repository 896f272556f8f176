import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
  /** The status this receiver answered. */
  status: number;
  at: number;
}

/** Decides the answer to a request: the number of earlier requests to the same path is given. */
export type Responder = (request: Received, earlier: number) => number;

/**
 * A real HTTP server on 127.0.0.1 that records every webhook it is sent and
 * answers as each path's responder says (200 unless told otherwise).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly responders = new Map<string, Responder>();
  private server?: Server;
  private port = 0;

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        const entry: Received = { path, headers: request.headers, body, json: safeJson(body), status: 200, at: Date.now() };
        const earlier = this.received.filter((r) => r.path === path).length;
        entry.status = this.responders.get(path)?.(entry, earlier) ?? 200;
        this.received.push(entry);
        response.writeHead(entry.status, { 'content-type': 'text/plain' }).end(entry.status < 300 ? 'ok' : 'receiver says no');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** A fresh path on this receiver, answered by `responder`. */
  endpoint(name: string, responder?: Responder): string {
    const path = `/${name}`;
    if (responder) this.responders.set(path, responder);
    return `http://127.0.0.1:${this.port}${path}`;
  }

  to(url: string): Received[] {
    const path = new URL(url).pathname;
    return this.received.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Verifies a delivery as the Standard Webhooks specification says a receiver
 * should, written here from the specification rather than taken from the
 * service: HMAC-SHA256 of `id.timestamp.body` under the base64-decoded secret.
 */
export function verifySignature(secret: string, received: Received, toleranceSeconds = 300): boolean {
  const id = received.headers['webhook-id'];
  const timestamp = received.headers['webhook-timestamp'];
  const signatures = received.headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${received.body}`).digest();
  return signatures.split(' ').some((signature) => {
    const [version, value] = signature.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
