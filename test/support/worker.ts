import { runNode, waitFor, type ServiceProcess } from './processes.js';

/** Small delays so retries, disabling and overdue checks happen within a test. */
export const FAST_WORKER_ENV: Record<string, string> = {
  LOG_LEVEL: 'info',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '200',
  WEBHOOK_RETRY_BASE_MS: '1000',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_DISABLE_AFTER_FAILURES: '2',
  WEBHOOK_TIMEOUT_MS: '3000',
  OVERDUE_CHECK_INTERVAL_MS: '200',
};

export interface WorkerHandle {
  process: ServiceProcess;
  stop(): Promise<number | null>;
}

/** The compiled worker (the test command builds first), as production runs it, on a test app's database. */
export async function startWorker(databaseUrl: string, overrides: Record<string, string> = {}): Promise<WorkerHandle> {
  const process = runNode('dist/apps/worker/src/main.js', { ...FAST_WORKER_ENV, ...overrides, DATABASE_URL: databaseUrl });
  // It logs "started" once it listens for events and runs its loops.
  await waitFor(async () => (/"started: polling/.test(process.output()) || process.child.exitCode !== null ? true : undefined), 30000, 'the worker to start');
  if (process.child.exitCode !== null) throw new Error(`the worker exited at start: ${process.output()}`);
  return {
    process,
    async stop() {
      if (process.child.exitCode === null) process.child.kill('SIGTERM');
      return process.exited;
    },
  };
}
