/** Small helpers shared by the bench scripts: a seeded random source and argument parsing. */

/** sfc32 seeded through splitmix32: fast, deterministic, good enough for synthetic data. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const split = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  shuffle<T>(items: T[]): T[] {
    return this.sample(items, items.length);
  }

  /** A random (version 4 shaped) UUID drawn from this source, so ids repeat with the seed. */
  uuid(): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const h = hex(this.u32()) + hex(this.u32()) + hex(this.u32()) + hex(this.u32());
    const variant = '89ab'[this.u32() & 3];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/** Picks indexes 0..n-1 with weight 1/(i+1)^s (Zipf-like): a few very popular, a long tail. */
export class ZipfPicker {
  private readonly cumulative: Float64Array;

  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += 1 / Math.pow(i + 1, s);
      this.cumulative[i] = total;
    }
  }

  pick(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Picks from a fixed table of (value, weight). */
export function weighted<T>(table: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  return (rng) => {
    let target = rng.next() * total;
    for (const [value, w] of table) {
      target -= w;
      if (target < 0) return value;
    }
    return table[table.length - 1][0];
  };
}

export type Args = Record<string, string | boolean>;

/** `--name value`, `--name=value` and bare `--flag`. */
export function parseArgs(argv: string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('--')) continue;
    const eq = token.indexOf('=');
    if (eq > 0) {
      args[token.slice(2, eq)] = token.slice(eq + 1);
    } else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) {
      args[token.slice(2)] = argv[++i];
    } else {
      args[token.slice(2)] = true;
    }
  }
  return args;
}

export function intArg(args: Args, name: string, fallback: number): number {
  const value = args[name];
  if (value === undefined || value === true) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got "${String(value)}"`);
  return Math.floor(n);
}

export function stringArg(args: Args, name: string, fallback: string): string {
  const value = args[name];
  return typeof value === 'string' ? value : fallback;
}

/** What the app's code gets from TypeORM's `query(sql, params)` on PostgreSQL: the rows, or `[rows, rowCount]` for an UPDATE or a DELETE. */
export function typeormQuery(client: { query: (sql: string, values?: unknown[]) => Promise<{ command: string; rows: unknown[]; rowCount: number | null }> }) {
  return async (sql: string, values?: unknown[]): Promise<any> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const result = await client.query(sql, values);
    return result.command === 'UPDATE' || result.command === 'DELETE' ? [result.rows, result.rowCount] : result.rows;
  };
}

/** The actor name the bare server gives the audit trail for its writes (the runner's cleanup removes those audit rows). */
export const BARE_ACTOR = 'bench bare server';
