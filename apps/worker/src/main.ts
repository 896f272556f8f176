import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { config as loadDotenv } from 'dotenv';
import { createLogger, InvalidEnvironmentError, loadEnv } from '@app/config';
import { openDatabaseServer } from '@app/database';
import { WebhookWorker } from './webhook-worker.js';

/**
 * The webhook worker on its own: `npm run start:worker`, or started by the API
 * as its child (the default of `npm start`). With DATABASE_URL it uses that
 * server; without, it attaches to the embedded PostgreSQL of a running API.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const env = loadEnv();
  Logger.overrideLogger(createLogger(env));
  const logger = new Logger('Worker');
  const database = await openDatabaseServer(env);
  const worker = new WebhookWorker(env, database.url);
  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.log(`stopping (${reason})`);
    const force = setTimeout(() => process.exit(code || 1), env.WEBHOOK_TIMEOUT_MS + env.SHUTDOWN_TIMEOUT_MS);
    try {
      await worker.stop();
    } finally {
      await database.stop();
      clearTimeout(force);
      logger.log('stopped');
      process.exit(code);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, () => void stop(signal));
  // Started by the API: when the API goes away, even killed outright, so does its worker.
  if (process.send) process.once('disconnect', () => void stop('the API that started this worker has gone'));
  process.once('uncaughtException', (error) => {
    logger.error(`uncaught exception: ${error.stack ?? error.message}`);
    void stop('uncaught exception', 1);
  });
  try {
    await worker.start();
  } catch (error) {
    logger.error(`could not start: ${(error as Error).stack ?? error}`);
    await stop('start failed', 1);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof InvalidEnvironmentError ? error.message : (error as Error).stack;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
