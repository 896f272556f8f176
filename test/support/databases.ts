export { createDatabase, dropDatabase, migrateDown, migrateUp, uniqueName, withDatabase } from '@app/database';
