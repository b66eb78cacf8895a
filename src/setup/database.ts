import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { databaseKind } from './databaseKind.js'
import { parentIdIndexes } from './parentIdIndexes.js'
import { serializeSqliteWrites } from './serializeSqliteWrites.js'

/**
 * The database adapter `DATABASE_URI` asks for. Only that adapter's package is loaded. SQL
 * databases are built by the committed migrations in `src/migrations/<kind>` (never by dev push,
 * unless DATABASE_PUSH=true while changing the schema).
 */
export async function databaseAdapter(uri: string): Promise<DatabaseAdapterObj> {
  const push = process.env.DATABASE_PUSH === 'true'
  switch (databaseKind(uri)) {
    case 'sqlite': {
      const file = uri.replace(/^file:(\/\/)?/, '')
      const onDisk = Boolean(file) && file !== ':memory:'
      if (onDisk) mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      // Sequential imports: jest's ESM loader fails on concurrent imports of one module graph.
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
      const { migrations } = await import('../migrations/sqlite/index.js')
      const adapter = sqliteAdapter({
        afterSchemaInit: [parentIdIndexes(index as never) as never],
        busyTimeout: 5000,
        client: { url: uri },
        migrationDir: path.resolve('src/migrations/sqlite'),
        prodMigrations: migrations,
        push,
        // Every write in a transaction (without this option Payload's SQLite adapter writes
        // statement by statement), one write transaction at a time: see serializeSqliteWrites.ts.
        // An in-memory database is a single connection and stays without.
        ...(onDisk ? { transactionOptions: { behavior: 'immediate' as const } } : {}),
        wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
      })
      return onDisk ? serializeSqliteWrites(adapter) : adapter
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      const { index } = await import('@payloadcms/db-postgres/drizzle/pg-core')
      const { migrations } = await import('../migrations/postgres/index.js')
      return postgresAdapter({
        afterSchemaInit: [parentIdIndexes(index as never) as never],
        migrationDir: path.resolve('src/migrations/postgres'),
        pool: { connectionString: uri },
        prodMigrations: migrations,
        push,
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: uri })
    }
  }
}
