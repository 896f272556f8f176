import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { InvalidEnvironmentError, loadEnv } from '@app/config';
import { openDatabaseServer } from '@app/database';
import { createApp } from '../../api/src/app.factory.js';
import { generateMigration, revertMigration, runMigrations } from './migration-commands.js';
import { actorContext } from '../../api/src/auth/actor-context.js';
import { ApiKeysService } from '../../api/src/auth/api-keys.service.js';
import { keyCommand } from './key-commands.js';
import { seedDemo } from './seed-demo.js';

const USAGE = `usage: npm run cli -- <command>
  migration run                 apply pending migrations
  migration revert              revert the newest migration
  migration generate <Name>     write a migration for what the entities changed
  seed demo                     load the demo letters (idempotent)
  keys create --role <viewer|editor|admin> --name <name>
                                create an API key and print its secret (shown once)
  keys list                     list API keys (no secrets)
  keys revoke <id>              revoke an API key`;

const out = (line: string) => process.stdout.write(`${line}\n`);

/** The demo goes in through the API like any client's data, with an editor key that lives only as long as the seeding. */
async function seedWithTemporaryKey(app: Awaited<ReturnType<typeof createApp>>, print: (line: string) => void): Promise<void> {
  const keys = app.get(ApiKeysService);
  const key = await keys.create('demo seed (npm run seed:demo)', 'editor');
  try {
    await seedDemo(app, key.secret, print);
  } finally {
    await keys.revoke(key.id);
  }
}

async function main(args: string[]): Promise<number> {
  loadDotenv({ quiet: true });
  const env = loadEnv();
  const [group, command, ...rest] = args;
  const known =
    (group === 'migration' && ['run', 'revert', 'generate'].includes(command ?? '')) ||
    (group === 'seed' && command === 'demo') ||
    (group === 'keys' && ['create', 'list', 'revoke'].includes(command ?? ''));
  if (!known) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const database = await openDatabaseServer(env);
  try {
    if (group === 'seed' || group === 'keys') {
      const app = await createApp({ ...env, LOG_LEVEL: 'warn' }, database.url);
      try {
        await actorContext.run({ keyId: null, keyName: 'cli', role: 'admin', requestId: null }, () =>
          group === 'seed' ? seedWithTemporaryKey(app, out) : keyCommand(app.get(ApiKeysService), command!, rest, out),
        );
      } finally {
        await app.close();
      }
    } else if (command === 'run') await runMigrations(env, database.url, out);
    else if (command === 'revert') await revertMigration(env, database.url, out);
    else await generateMigration(env, database.url, rest[0] ?? '', out);
    return 0;
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof InvalidEnvironmentError ? error.message : ((error as Error).message ?? error)}\n`);
    process.exit(1);
  },
);
