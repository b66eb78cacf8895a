import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

const BEGIN: Record<TransactionMode, string> = {
  deferred: 'BEGIN DEFERRED',
  read: 'BEGIN TRANSACTION READONLY',
  write: 'BEGIN IMMEDIATE',
}

/**
 * A transaction on the writer connection, during a write turn (`end` gives the turn back). libsql's
 * own `client.transaction()` hands its connection to the transaction and opens a fresh one for
 * whatever comes next — a connection without the busy timeout and `synchronous` setting, and one
 * more file handle left for the garbage collector per write. Here one connection, set up once,
 * carries every write transaction in turn. As with libsql's transaction, it never lets a statement
 * run outside the transaction: once SQLite has ended it (by itself, after an error) or it was
 * committed or rolled back, further statements throw.
 *
 * `schemaChange`: foreign keys are switched off around the transaction, as SQLite prescribes for
 * rebuilding a table. Generated migrations rebuild tables between `PRAGMA foreign_keys=OFF` and
 * `=ON`, which do nothing inside a transaction — and with foreign keys on, dropping the old table
 * would delete every row that refers to it (a release's locales and versions).
 */
export async function writerTransaction(
  writer: Client,
  mode: TransactionMode,
  {
    end,
    replaceWriter,
    schemaChange = false,
  }: { end: () => void; replaceWriter: () => Promise<void>; schemaChange?: boolean },
): Promise<Transaction> {
  let foreignKeys = 0
  let open = false
  const close = async ({ broken = false } = {}) => {
    open = false
    try {
      if (broken) await replaceWriter()
      else if (foreignKeys) await writer.execute('PRAGMA foreign_keys = ON')
    } finally {
      end()
    }
  }
  try {
    if (schemaChange) {
      foreignKeys = Number((await writer.execute('PRAGMA foreign_keys')).rows[0]?.foreign_keys)
      if (foreignKeys) await writer.execute('PRAGMA foreign_keys = OFF')
    }
    await writer.execute(BEGIN[mode])
    open = true
  } catch (error) {
    await close()
    throw error
  }

  const ensureOpen = () => {
    if (!open)
      throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
  }
  // After a failed statement: if `BEGIN` now succeeds, SQLite had rolled the transaction back.
  const closeIfEnded = async () => {
    try {
      await writer.execute('BEGIN')
    } catch {
      return
    }
    await writer.execute('ROLLBACK').catch(() => undefined)
    await close()
  }
  const rollback = async ({ broken = false } = {}) => {
    if (!open) return
    try {
      await writer.execute('ROLLBACK')
    } catch {
      // Already ended by SQLite: nothing left to undo.
    } finally {
      await close({ broken })
    }
  }
  const execute = async (statement: InStatement): Promise<ResultSet> => {
    ensureOpen()
    try {
      return await writer.execute(statement)
    } catch (error) {
      await closeIfEnded()
      throw error
    }
  }

  return {
    batch: async (statements) => {
      const results: ResultSet[] = []
      for (const statement of statements) results.push(await execute(statement))
      return results
    },
    close: () => void rollback().catch(() => undefined),
    get closed() {
      return !open
    },
    commit: async () => {
      ensureOpen()
      try {
        await writer.execute('COMMIT')
      } catch (error) {
        // A failed COMMIT leaves the transaction open: end it. libsql also leaves that connection
        // holding its old snapshot for good (every later BEGIN IMMEDIATE fails with
        // SQLITE_BUSY_SNAPSHOT once another connection wrote), so the writer is replaced.
        await rollback({ broken: true }).catch(() => undefined)
        throw error
      }
      await close()
    },
    execute,
    executeMultiple: async () => {
      throw new Error('executeMultiple is not available inside a transaction')
    },
    rollback,
  }
}
