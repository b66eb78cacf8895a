import type { Payload } from 'payload'

type SqlAdapter = {
  client?: { execute: (sql: string) => Promise<unknown> }
  pool?: { query: (sql: string) => Promise<unknown> }
}

/**
 * Refreshes the query planner's statistics after migrations and large imports, so that it picks the
 * indexes: `ANALYZE` then `PRAGMA optimize` on SQLite, `ANALYZE` on PostgreSQL; nothing on MongoDB.
 * After bulk writes PostgreSQL also gets `VACUUM`: until its visibility map is set, counting a
 * language's releases reads every row of the table instead of the index alone (20,000 releases:
 * 13–22 ms instead of 2 ms).
 */
export async function refreshStatistics(
  payload: Payload,
  { afterBulkWrite = false }: { afterBulkWrite?: boolean } = {},
): Promise<void> {
  const db = payload.db as unknown as SqlAdapter
  if (payload.db.name === 'sqlite' && db.client) {
    await db.client.execute('ANALYZE')
    await db.client.execute('PRAGMA optimize')
  } else if (payload.db.name === 'postgres' && db.pool) {
    await db.pool.query(afterBulkWrite ? 'VACUUM (ANALYZE)' : 'ANALYZE')
  }
}
