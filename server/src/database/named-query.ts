import type { DataSource } from 'typeorm';

/**
 * Plain SQL with `:named` parameters (`:...list` for IN lists), turned into each driver's own placeholders:
 * for hot or hand-shaped reads that skip the query builder and entity hydration.
 */
export async function queryNamed<T>(
  dataSource: DataSource,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<T[]> {
  const [statement, values] = dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
  return (await dataSource.query(statement, values)) as T[];
}
