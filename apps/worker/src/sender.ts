import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, hostOf, isPrivateAddress } from '../../api/src/webhooks/target.js';

export interface SendOutcome {
  /** The receiver's HTTP status; null when no answer came (refused, unreachable, timed out). */
  statusCode: number | null;
  /** Why the attempt failed; null on a 2xx. */
  error: string | null;
  durationMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

/** What a failure message quotes of a receiver's answer. */
const ANSWER_EXCERPT = 200;

/**
 * POSTs one delivery. Redirects are not followed (a 3xx is a failure), the
 * whole exchange is bounded by the timeout, and the address connected to is
 * the one checked against private networks.
 */
export function postWebhook(target: string, headers: Record<string, string>, body: string, options: SendOptions): Promise<SendOutcome> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): SendOutcome => ({ statusCode, error, durationMs: Date.now() - started });
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.resolve(done(null, 'the subscription URL is not a valid URL'));
  }
  const host = hostOf(url);
  // An address in the URL is connected to without a lookup, so it is checked here.
  if (!options.allowPrivate && isIP(host) && isPrivateAddress(host)) {
    return Promise.resolve(done(null, `refused: ${host} is a loopback, private or reserved address`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(statusCode, error));
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(options.allowPrivate) as never,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let excerpt = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          if (excerpt.length < ANSWER_EXCERPT) excerpt += chunk;
        });
        const settle = () => {
          if (status >= 200 && status < 300) return finish(status, null);
          const said = excerpt.replace(/\s+/g, ' ').trim().slice(0, ANSWER_EXCERPT);
          finish(status, `the receiver answered HTTP ${status}${said ? `: ${said}` : ''}`);
        };
        response.on('end', settle);
        response.on('error', settle);
      },
    );
    const timer = setTimeout(() => {
      finish(null, `no answer within ${options.timeoutMs} ms`);
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => {
      finish(null, error.code === 'ETARGETREFUSED' ? `refused: ${error.message}` : `${error.code ?? 'error'}: ${error.message}`);
    });
    request.end(body);
  });
}
