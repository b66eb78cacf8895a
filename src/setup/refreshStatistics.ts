import type { Payload } from 'payload'

type SqlAdapter = {
  client?: { execute: (sql: string) => Promise<unknown> }
  pool?: { query: (sql: string) => Promise<unknown> }
}

/**
 * Refreshes the query planner's statistics after migrations and large imports, so that it picks the
 * indexes: `ANALYZE` then `PRAGMA optimize` on SQLite, `ANALYZE` on PostgreSQL; nothing on MongoDB.
 */
export async function refreshStatistics(payload: Payload): Promise<void> {
  const db = payload.db as unknown as SqlAdapter
  if (payload.db.name === 'sqlite' && db.client) {
    await db.client.execute('ANALYZE')
    await db.client.execute('PRAGMA optimize')
  } else if (payload.db.name === 'postgres' && db.pool) {
    await db.pool.query('ANALYZE')
  }
}
