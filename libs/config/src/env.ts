import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;

const isValidTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * Every setting the service reads from its environment, validated once at boot.
 * The README's configuration table documents each of them.
 */
export class Env {
  /** PostgreSQL connection string; when unset an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** Folder holding the embedded PostgreSQL's data (git-ignored). */
  @IsString()
  EMBEDDED_PG_DIR: string = '.data/postgres';

  /** Port of the embedded PostgreSQL; 0 picks a free one at each start. */
  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_PG_PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT: number = 0;

  @Transform(toBoolean)
  @IsBoolean({ message: 'MIGRATIONS_RUN must be true or false' })
  MIGRATIONS_RUN: boolean = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE: number = 10;

  /** Longest a single SQL statement may run before PostgreSQL cancels it. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS: number = 15000;

  @IsString()
  TRACKER_TIME_ZONE: string = 'America/New_York';

  @Matches(/^\s*\d{1,3}\s+(calendar|business)\s+days?\s*$/i, {
    message: 'DEFAULT_RESPONSE_POLICY must look like "30 calendar days" or "15 business days"',
  })
  DEFAULT_RESPONSE_POLICY: string = '30 calendar days';

  @Transform(toInt)
  @IsInt({ message: 'LONG_OVERDUE_DAYS must be a whole number' })
  @Min(1)
  @Max(3650)
  LONG_OVERDUE_DAYS: number = 30;

  @IsIn(['public', 'key'], { message: 'READ_ACCESS must be "public" or "key"' })
  READ_ACCESS: 'public' | 'key' = 'public';

  @IsOptional()
  @IsString()
  @Matches(/^.{24,}$/, { message: 'BOOTSTRAP_ADMIN_KEY must be at least 24 characters' })
  BOOTSTRAP_ADMIN_KEY?: string;

  /** Lets webhooks target loopback and private addresses (tests, intranets); otherwise they are refused. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'WEBHOOK_ALLOW_PRIVATE must be true or false' })
  WEBHOOK_ALLOW_PRIVATE: boolean = false;

  /** Whether the API starts the webhook worker as its child process (`false` when the worker runs on its own). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'RUN_WORKER must be true or false' })
  RUN_WORKER: boolean = true;

  /** Attempts per webhook delivery, the first included, before it is given up as failed. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_MAX_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(50)
  WEBHOOK_MAX_ATTEMPTS: number = 10;

  /** Wait before the first retry; each later retry waits twice as long as the one before, plus up to half again of jitter. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_RETRY_BASE_MS must be a whole number' })
  @Min(100)
  WEBHOOK_RETRY_BASE_MS: number = 30000;

  /** Consecutive failed deliveries (every attempt used up) after which a subscription is disabled. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_DISABLE_AFTER_FAILURES must be a whole number' })
  @Min(1)
  WEBHOOK_DISABLE_AFTER_FAILURES: number = 5;

  /** How long one delivery attempt may take, connection to answer. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_TIMEOUT_MS must be a whole number' })
  @Min(100)
  @Max(120000)
  WEBHOOK_TIMEOUT_MS: number = 10000;

  /** Deliveries the worker sends at once. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_CONCURRENCY must be a whole number' })
  @Min(1)
  @Max(100)
  WEBHOOK_CONCURRENCY: number = 8;

  /** How often the worker looks for due work when no notification woke it sooner. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_POLL_INTERVAL_MS must be a whole number' })
  @Min(50)
  WEBHOOK_POLL_INTERVAL_MS: number = 5000;

  /** How often the worker looks for letters that have become overdue (it also looks at start). */
  @Transform(toInt)
  @IsInt({ message: 'OVERDUE_CHECK_INTERVAL_MS must be a whole number' })
  @Min(100)
  OVERDUE_CHECK_INTERVAL_MS: number = 60000;

  /** Days finished webhook deliveries and their attempts stay queryable before the worker removes them. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_RETENTION_DAYS must be a whole number' })
  @Min(1)
  WEBHOOK_RETENTION_DAYS: number = 30;

  /**
   * Longest one statement of a CSV export may run. An export of every letter
   * as of a past date replays all their facts in one query, which can outlast
   * DB_STATEMENT_TIMEOUT_MS; exports get their own, larger limit.
   */
  @Transform(toInt)
  @IsInt({ message: 'EXPORT_STATEMENT_TIMEOUT_MS must be a whole number' })
  @Min(100)
  EXPORT_STATEMENT_TIMEOUT_MS: number = 300000;

  /** The service's public address, for the links in feeds; unset: taken from each request's Host header. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// URL without query or fragment' })
  PUBLIC_URL?: string;

  /** Largest request body accepted, in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES: number = 1_048_576;

  /** Origins allowed to call the API from a browser: `*`, a comma-separated list, or empty for none. */
  @IsString()
  CORS_ORIGINS: string = '*';

  /** Requests a minute from one client address without a key (0 turns the limit off). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE: number = 300;

  /** Requests a minute with one API key (0 turns the limit off). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_KEY_PER_MINUTE: number = 1200;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** How long a stop waits for in-flight requests before closing anyway. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS: number = 10000;
}

/** The variables read; anything else in the environment is ignored. */
export const ENV_KEYS = [
  'DATABASE_URL', 'PORT', 'HOST', 'EMBEDDED_PG_DIR', 'EMBEDDED_PG_PORT', 'MIGRATIONS_RUN',
  'DB_POOL_SIZE', 'DB_STATEMENT_TIMEOUT_MS', 'TRACKER_TIME_ZONE', 'DEFAULT_RESPONSE_POLICY',
  'LONG_OVERDUE_DAYS', 'READ_ACCESS', 'BOOTSTRAP_ADMIN_KEY', 'WEBHOOK_ALLOW_PRIVATE',
  'BODY_LIMIT_BYTES', 'LOG_LEVEL', 'SHUTDOWN_TIMEOUT_MS', 'CORS_ORIGINS', 'RATE_LIMIT_PER_MINUTE', 'RATE_LIMIT_KEY_PER_MINUTE',
  'RUN_WORKER', 'WEBHOOK_MAX_ATTEMPTS', 'WEBHOOK_RETRY_BASE_MS', 'WEBHOOK_DISABLE_AFTER_FAILURES', 'WEBHOOK_TIMEOUT_MS',
  'WEBHOOK_CONCURRENCY', 'WEBHOOK_POLL_INTERVAL_MS', 'OVERDUE_CHECK_INTERVAL_MS', 'WEBHOOK_RETENTION_DAYS', 'PUBLIC_URL',
  'EXPORT_STATEMENT_TIMEOUT_MS',
] as const;

/** Thrown when the environment cannot start the service; the message names each bad variable. */
export class InvalidEnvironmentError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const raw: Record<string, string> = {};
  for (const key of ENV_KEYS) {
    const value = source[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value;
  }
  const env = plainToInstance(Env, raw, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  if (!isValidTimeZone(env.TRACKER_TIME_ZONE)) {
    problems.push(`TRACKER_TIME_ZONE: "${env.TRACKER_TIME_ZONE}" is not an IANA time zone`);
  }
  if (problems.length > 0) {
    throw new InvalidEnvironmentError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return env;
}
