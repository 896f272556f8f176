import { getMetadataArgsStorage } from 'typeorm';

const selectLists = new Map<Function, string>();

/**
 * An entity's columns as TypeORM reads them (`select: false` ones left out),
 * each named by its property: `SELECT ${columnsOf(Letter)} FROM letters ...`
 * answers rows shaped like the entity. The hot reads use it with a plain
 * query, skipping the query building and hydration `find` costs on every call.
 */
export function columnsOf(entity: Function): string {
  let list = selectLists.get(entity);
  if (!list) {
    list = getMetadataArgsStorage()
      .filterColumns(entity)
      .filter((column) => column.options.select !== false)
      .map((column) => `"${column.options.name ?? column.propertyName}" AS "${column.propertyName}"`)
      .join(', ');
    selectLists.set(entity, list);
  }
  return list;
}
