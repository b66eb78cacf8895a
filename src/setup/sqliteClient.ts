import type { Client, Config, InArgs, InStatement, TransactionMode } from '@libsql/client'

import { writeQueueFor } from './sqliteWriteQueue.js'
import { writerTransaction } from './sqliteWriterTransaction.js'

export interface SqliteSettings {
  busyTimeout: number
  wal: false | { journalSizeLimit: number; synchronous: string }
}

// Statements that need SQLite's write lock; anything else reads (and must not wait for a writer:
// a hook inside a write may read without that write's transaction).
const WRITES = /^\s*(insert|update|delete|replace|create|drop|alter|analyze|vacuum|reindex)\b/i
const isWrite = (statement: InStatement) => {
  const sql = typeof statement === 'string' ? statement : statement.sql
  return (
    WRITES.test(sql) ||
    /^\s*pragma\s+optimize\b/i.test(sql) ||
    (/^\s*with\b/i.test(sql) && /\b(insert|update|delete|replace)\b/i.test(sql))
  )
}

/**
 * The libsql client Payload's SQLite adapter works with: two connections, each set up with the busy
 * timeout, WAL and `synchronous` when it opens (these are per connection, and libsql's own
 * transactions would swap in fresh connections without them) — one for reads and for writes outside
 * transactions, one for write transactions (`sqliteWriterTransaction.ts`). Every write of this
 * process, in a transaction or not, takes its turn in the database's write queue
 * (`sqliteWriteQueue.ts`).
 */
export type SqliteClient = Client & {
  /** Runs `work` (migrations) with its write transactions as schema changes (`sqliteWriterTransaction.ts`). */
  changingSchema: <T>(work: () => Promise<T>) => Promise<T>
}

export async function openSqliteClient(
  config: Config,
  settings: SqliteSettings,
): Promise<SqliteClient> {
  const { createClient } = await import('@libsql/client')
  const pragmas = [
    `PRAGMA busy_timeout = ${settings.busyTimeout}`,
    ...(settings.wal
      ? [
          'PRAGMA journal_mode = WAL',
          `PRAGMA journal_size_limit = ${settings.wal.journalSizeLimit}`,
          `PRAGMA synchronous = ${settings.wal.synchronous}`,
        ]
      : []),
  ]
  const open = async () => {
    const client = createClient(config)
    for (const pragma of pragmas) await client.execute(pragma)
    return client
  }
  const main = await open()
  let writer = await open()
  const replaceWriter = async () => {
    const broken = writer
    writer = await open()
    broken.close()
  }
  const queue = writeQueueFor(config.url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, ''))

  let schemaChanges = 0

  const client: SqliteClient = {
    batch: (statements, mode) => queue.run(() => main.batch(statements, mode)),
    changingSchema: async (work) => {
      schemaChanges++
      try {
        return await work()
      } finally {
        schemaChanges--
      }
    },
    close: () => {
      main.close()
      writer.close()
    },
    get closed() {
      return main.closed
    },
    execute: ((sql: InStatement, args?: InArgs) => {
      const statement = typeof sql === 'string' && args ? { args, sql } : sql
      return isWrite(statement) ? queue.run(() => main.execute(statement)) : main.execute(statement)
    }) as Client['execute'],
    executeMultiple: (sql) => queue.run(() => main.executeMultiple(sql)),
    migrate: (statements) => queue.run(() => main.migrate(statements)),
    protocol: main.protocol,
    sync: () => main.sync(),
    transaction: async (mode: TransactionMode = 'write') =>
      writerTransaction(writer, mode, {
        end: await queue.acquire(),
        replaceWriter,
        schemaChange: schemaChanges > 0,
      }),
  }
  return client
}
