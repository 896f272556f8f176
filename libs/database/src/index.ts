export { dataSourceOptions } from './data-source-options.js';
export { openDatabaseServer, type DatabaseServer } from './database-server.js';
export { EmbeddedPostgres } from './embedded-postgres.js';
export {
  createDatabase,
  dropDatabase,
  migrateDown,
  migrateUp,
  prepareTemplate,
  schemaDataSource,
  uniqueName,
  withDatabase,
} from './admin.js';
