import type { Config as ClientConfig } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { openSqliteClient, type SqliteClient, type SqliteSettings } from './sqliteClient.js'

const MIGRATIONS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset']

type SqliteAdapter = SqliteSettings &
  Record<string, unknown> & {
    client?: SqliteClient
    clientConfig: ClientConfig
    connect?: (options?: unknown) => Promise<void>
  }

/**
 * Gives Payload's SQLite adapter our client (`sqliteClient.ts`) before it connects: the adapter
 * creates its own only when it has none, and then sets up its first connection only. The busy
 * timeout and WAL settings still come from the adapter's own options. Migrations run their
 * transactions as schema changes.
 */
export function serializeSqliteWrites(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as unknown as SqliteAdapter
      const connect = db.connect
      if (connect)
        db.connect = async (options) => {
          db.client ??= await openSqliteClient(db.clientConfig, {
            busyTimeout: db.busyTimeout,
            wal: db.wal,
          })
          return connect.call(db, options)
        }
      for (const name of MIGRATIONS) {
        const run = db[name]
        if (typeof run === 'function')
          db[name] = (...runArgs: unknown[]) => {
            const work = () => run.apply(db, runArgs) as Promise<unknown>
            return db.client ? db.client.changingSchema(work) : work()
          }
      }
      return db as never
    },
  }
}
