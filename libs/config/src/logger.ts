import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { Env } from './env.js';

/** Nest's levels enabled at each LOG_LEVEL. */
const LEVELS: Record<Env['LOG_LEVEL'], LogLevel[]> = {
  silent: [],
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Structured JSON logs at the configured level, for the API, the worker and what runs before them. */
export function createLogger(env: Env): ConsoleLogger {
  return new ConsoleLogger({ json: true, logLevels: LEVELS[env.LOG_LEVEL] });
}
