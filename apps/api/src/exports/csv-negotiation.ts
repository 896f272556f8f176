import type { IncomingMessage } from 'node:http';

/** The JSON collections that have a CSV twin at `<path>.csv`. */
const CSV_TWINS = new Set(['/letters']);

/** The quality (q) the Accept header gives a media type, through the most specific range that covers it. */
function quality(accept: string, type: string): number {
  const [major] = type.split('/');
  let best = { specificity: -1, q: 0 };
  for (const part of accept.split(',')) {
    const [range, ...parameters] = part.trim().toLowerCase().split(';').map((p) => p.trim());
    const specificity = range === type ? 2 : range === `${major}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const q = parameters.find((p) => p.startsWith('q='));
    best = { specificity, q: q ? Math.min(1, Math.max(0, Number(q.slice(2)) || 0)) : 1 };
  }
  return best.q;
}

/** True when the client would rather have CSV than JSON (`Accept: text/csv`, or CSV with the higher q). */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const csv = quality(accept, 'text/csv');
  return csv > 0 && csv > quality(accept, 'application/json');
}

/**
 * Fastify's `rewriteUrl`: routing happens before any hook, so content
 * negotiation that picks another route has to rewrite the URL first.
 * `GET /letters` asking for `text/csv` becomes `GET /letters.csv`, query kept.
 */
export function rewriteCsvRequests(request: IncomingMessage): string {
  const url = request.url ?? '/';
  if (request.method !== 'GET') return url;
  const cut = url.indexOf('?');
  const path = cut < 0 ? url : url.slice(0, cut);
  if (!CSV_TWINS.has(path) || !prefersCsv(request.headers.accept)) return url;
  return `${path}.csv${cut < 0 ? '' : url.slice(cut)}`;
}
