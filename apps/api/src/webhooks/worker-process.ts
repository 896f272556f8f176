import { Logger } from '@nestjs/common';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The compiled worker, beside the compiled API in dist/. */
const WORKER_ENTRY = fileURLToPath(new URL('../../../worker/src/main.js', import.meta.url));
const MAX_RESTART_DELAY_MS = 60_000;

export interface WorkerProcess {
  /** SIGTERM, then waits for the worker to exit (SIGKILL after `timeoutMs`). */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Runs the webhook worker as a child of the API, with the API's environment
 * and the database URL the API resolved (the embedded server's, when
 * embedded), and starts it again, with growing pauses, if it dies. The IPC
 * channel lets the worker notice when the API itself dies.
 */
export function startWorkerProcess(databaseUrl: string, logger = new Logger('Worker')): WorkerProcess {
  let child: ChildProcess | undefined;
  let stopping = false;
  let failures = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const launch = () => {
    if (!existsSync(WORKER_ENTRY)) {
      logger.error(`no compiled worker at ${WORKER_ENTRY}: run npm run build; webhooks will not be delivered`);
      return;
    }
    const started = Date.now();
    // The API's Node flags, less a debugger's: two processes cannot hold one inspector port.
    const flags = process.execArgv.filter((flag) => !flag.startsWith('--inspect'));
    const worker = spawn(process.execPath, [...flags, WORKER_ENTRY], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = worker;
    logger.log(`started the webhook worker (pid ${worker.pid})`);
    worker.once('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      failures = Date.now() - started > MAX_RESTART_DELAY_MS ? 1 : failures + 1;
      const delay = Math.min(1000 * 2 ** (failures - 1), MAX_RESTART_DELAY_MS);
      logger.error(`the webhook worker exited (${signal ?? code}); starting it again in ${delay} ms`);
      restartTimer = setTimeout(launch, delay);
    });
  };
  launch();
  return {
    async stop(timeoutMs: number) {
      stopping = true;
      clearTimeout(restartTimer);
      const worker = child;
      if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.kill('SIGTERM');
      const force = setTimeout(() => worker.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(force);
    },
  };
}
