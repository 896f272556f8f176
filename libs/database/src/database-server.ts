import { Logger } from '@nestjs/common';
import type { Env } from '@app/config';
import { EmbeddedPostgres } from './embedded-postgres.js';

/** The PostgreSQL a process talks to: the one `DATABASE_URL` names, or an embedded one it owns. */
export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabaseServer(env: Env, logger = new Logger('Database')): Promise<DatabaseServer> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server = new EmbeddedPostgres({
    dir: env.EMBEDDED_PG_DIR,
    port: env.EMBEDDED_PG_PORT,
    log: (line) => logger.log(line),
  });
  const url = await server.start();
  if (server.attachedTo) {
    logger.log(`using the embedded PostgreSQL started by process ${server.attachedTo}`);
    return { url, embedded: true, stop: async () => undefined };
  }
  logger.log(`embedded PostgreSQL (pid ${server.pid}) listening on ${url.replace(/:[^:@/]+@/, ':***@')}`);
  return { url, embedded: true, stop: () => server.stop() };
}
