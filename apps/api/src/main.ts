import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { config as loadDotenv } from 'dotenv';
import { createLogger, InvalidEnvironmentError, loadEnv } from '@app/config';
import { openDatabaseServer } from '@app/database';
import { createApp } from './app.factory.js';
import { startWorkerProcess, type WorkerProcess } from './webhooks/worker-process.js';

async function bootstrap(): Promise<void> {
  loadDotenv({ quiet: true });
  const env = loadEnv();
  Logger.overrideLogger(createLogger(env));
  const logger = new Logger('Bootstrap');
  const database = await openDatabaseServer(env);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let worker: WorkerProcess | undefined;
  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.log(`stopping (${reason}): finishing in-flight requests`);
    const force = setTimeout(() => {
      logger.error('in-flight requests did not finish in time; closing anyway');
      void database.stop().finally(() => process.exit(code || 1));
    }, env.SHUTDOWN_TIMEOUT_MS + env.WEBHOOK_TIMEOUT_MS + 5000);
    try {
      // The worker first, while the database it writes to is still up; then in-flight requests; then the database.
      await worker?.stop(env.WEBHOOK_TIMEOUT_MS + 2000);
      await app?.close();
    } finally {
      await database.stop();
      clearTimeout(force);
      logger.log('stopped');
      process.exit(code);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.once(signal, () => void stop(signal));
  process.once('uncaughtException', (error) => {
    logger.error(`uncaught exception: ${error.stack ?? error.message}`);
    void stop('uncaught exception', 1);
  });
  try {
    app = await createApp(env, database.url);
    await app.listen({ port: env.PORT, host: env.HOST });
    logger.log(`listening on http://${env.HOST}:${env.PORT} (docs at /docs)`);
    if (env.RUN_WORKER) worker = startWorkerProcess(database.url);
  } catch (error) {
    logger.error(`could not start: ${(error as Error).stack ?? error}`);
    await stop('start failed', 1);
  }
}

bootstrap().catch((error: unknown) => {
  // Configuration errors are the operator's to fix: print the names, not a stack.
  const message = error instanceof InvalidEnvironmentError ? error.message : (error as Error).stack;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
