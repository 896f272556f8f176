import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { Env } from '@app/config';
import { createDatabase, dataSourceOptions, dropDatabase, migrateDown, migrateUp, uniqueName } from '@app/database';
import { ENTITIES } from '../../api/src/entities.js';

const MIGRATIONS_DIR = path.resolve(process.cwd(), 'migrations');

export async function runMigrations(env: Env, url: string, out: (line: string) => void): Promise<void> {
  const applied = await migrateUp(url, env);
  out(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
}

export async function revertMigration(env: Env, url: string, out: (line: string) => void): Promise<void> {
  const reverted = await migrateDown(url, 1, env);
  out(reverted ? 'reverted the newest migration' : 'no migration to revert');
}

const escapeTemplate = (sql: string) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * Writes migrations/<timestamp>-<Name>.ts with the SQL that takes a freshly
 * migrated scratch database to what the entities describe, and lists it in
 * migrations/index.ts.
 */
export async function generateMigration(env: Env, url: string, name: string, out: (line: string) => void): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('give the migration a VerbNoun name in PascalCase, e.g. AddExtensions');
  const scratch = uniqueName('ot_generate');
  const scratchUrl = await createDatabase(url, scratch);
  try {
    await migrateUp(scratchUrl, env);
    const dataSource = await new DataSource(dataSourceOptions(env, scratchUrl, ENTITIES, { poolSize: 1 })).initialize();
    let sql;
    try {
      sql = await dataSource.driver.createSchemaBuilder().log();
    } finally {
      await dataSource.destroy();
    }
    if (sql.upQueries.length === 0) {
      out('the entities match the migrations: nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const line = (q: { query: string }) => `    await queryRunner.query(\`${escapeTemplate(q.query)}\`);`;
    const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries].reverse().map(line).join('\n')}
  }
}
`;
    const fileName = `${timestamp}-${name}`;
    await writeFile(path.join(MIGRATIONS_DIR, `${fileName}.ts`), file);
    const indexPath = path.join(MIGRATIONS_DIR, 'index.ts');
    const index = await readFile(indexPath, 'utf8');
    const lines = index.split('\n');
    const lastImport = lines.reduce((at, l, i) => (l.startsWith('import ') ? i : at), -1);
    lines.splice(lastImport + 1, 0, `import { ${className} } from './${fileName}.js';`);
    await writeFile(indexPath, lines.join('\n').replace(/\n\];/, `\n  ${className},\n];`));
    out(`wrote migrations/${fileName}.ts and listed it in migrations/index.ts`);
  } finally {
    await dropDatabase(url, scratch);
  }
}
