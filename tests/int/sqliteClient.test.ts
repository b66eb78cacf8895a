import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Transaction } from '@libsql/client'

import { openSqliteClient, type SqliteClient } from '../../src/setup/sqliteClient.js'
import { writeQueueFor } from '../../src/setup/sqliteWriteQueue.js'

/**
 * The SQLite client under Payload's adapter, on its own (always SQLite, whatever TEST_DATABASE_URI
 * says): write transactions take turns without blocking, and never leave a statement running
 * outside the transaction it was sent in.
 */
let dir: string
let client: SqliteClient

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'twinning-sqlite-'))
  client = await openSqliteClient(
    { url: `file:${path.join(dir, 'test.db')}` },
    { busyTimeout: 5000, wal: { journalSizeLimit: 1 << 20, synchronous: 'NORMAL' } },
  )
  await client.execute('CREATE TABLE t (x INTEGER PRIMARY KEY)')
  await client.execute(
    'CREATE TABLE child (p INTEGER REFERENCES t (x) DEFERRABLE INITIALLY DEFERRED)',
  )
})
afterAll(() => {
  client?.close()
  rmSync(dir, { force: true, recursive: true })
})

const count = async () => Number((await client.execute('SELECT count(*) AS n FROM t')).rows[0]!.n)
const tick = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('the SQLite client', () => {
  it('runs a write outside transactions after the open write transaction, without blocking reads', async () => {
    const before = await count()
    const tx = await client.transaction('write')
    await tx.execute('INSERT INTO t VALUES (100)')
    let written = false
    const write = client.execute('INSERT INTO t VALUES (101)').then(() => (written = true))
    await tick() // the event loop runs meanwhile
    expect(written).toBe(false)
    expect(await count()).toBe(before) // reads go on, and see only what is committed
    await tx.commit()
    await write
    expect(await count()).toBe(before + 2)
  })

  it('keeps a transaction open after a statement fails on its own (a constraint), as SQLite does', async () => {
    const before = await count()
    const tx = await client.transaction('write')
    await tx.execute('INSERT INTO t VALUES (150)')
    await expect(tx.execute('INSERT INTO t VALUES (150)')).rejects.toThrow(/UNIQUE|PRIMARY/)
    expect(tx.closed).toBe(false)
    await tx.execute('INSERT INTO t VALUES (151)')
    await tx.commit()
    expect(await count()).toBe(before + 2)
    await client.execute('INSERT INTO t VALUES (152)') // another connection writes…
    const next = await client.transaction('write') // …and the writer still begins
    await next.rollback()
  })

  it('closes a transaction that SQLite rolled back by itself, and gives the next one its turn', async () => {
    const before = await count()
    const tx = await client.transaction('write')
    await tx.execute('INSERT INTO t VALUES (200)')
    await expect(tx.execute('INSERT OR ROLLBACK INTO t VALUES (200)')).rejects.toThrow()
    expect(tx.closed).toBe(true)
    // Without the transaction, this insert would be committed on its own: it must not run.
    await expect(tx.execute('INSERT INTO t VALUES (201)')).rejects.toThrow('closed')
    await tx.rollback()
    expect(await count()).toBe(before)
    const next = await client.transaction('write')
    await next.rollback()
  })

  it('rolls back a transaction whose COMMIT fails, and gives the next one its turn', async () => {
    const tx = await client.transaction('write')
    await tx.execute('INSERT INTO child VALUES (999)') // no such parent: fails at COMMIT
    await expect(tx.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect(tx.closed).toBe(true)
    expect(Number((await client.execute('SELECT count(*) AS n FROM child')).rows[0]!.n)).toBe(0)
    // After another connection wrote, the next transaction still begins (libsql leaves the
    // connection of a failed COMMIT on an old snapshot: SQLITE_BUSY_SNAPSHOT).
    await client.execute('INSERT INTO t VALUES (300)')
    const next = await client.transaction('write')
    await next.rollback()
  })
})

describe('a migration on the SQLite client', () => {
  // What drizzle-kit generates when a column of a table changes in a way SQLite cannot alter.
  const rebuild = async (tx: Transaction, table: string) => {
    for (const statement of [
      'PRAGMA foreign_keys=OFF',
      `CREATE TABLE __new_${table} (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '')`,
      `INSERT INTO __new_${table} (id) SELECT id FROM ${table}`,
      `DROP TABLE ${table}`,
      `ALTER TABLE __new_${table} RENAME TO ${table}`,
      'PRAGMA foreign_keys=ON',
    ])
      await tx.execute(statement)
  }
  const setUp = async (table: string) => {
    await client.execute(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`)
    await client.execute(
      `CREATE TABLE ${table}_locales (parent INTEGER REFERENCES ${table} (id) ON DELETE CASCADE)`,
    )
    await client.execute(`INSERT INTO ${table} VALUES (1)`)
    await client.execute(`INSERT INTO ${table}_locales VALUES (1)`)
  }
  const locales = async (table: string) =>
    Number((await client.execute(`SELECT count(*) AS n FROM ${table}_locales`)).rows[0]!.n)

  it('rebuilds a table in one transaction without deleting the rows that refer to it', async () => {
    await setUp('news_a')
    await client.changingSchema(async () => {
      const tx = await client.transaction('write')
      await rebuild(tx, 'news_a')
      await tx.commit()
    })
    expect(await locales('news_a')).toBe(1)
    // Foreign keys are back on for every other transaction.
    const tx = await client.transaction('write')
    expect((await tx.execute('PRAGMA foreign_keys')).rows[0]!.foreign_keys).toBe(1)
    await tx.rollback()

    // The trap it avoids: in a plain transaction the PRAGMAs do nothing, and DROP TABLE cascades.
    await setUp('news_b')
    const plain = await client.transaction('write')
    await rebuild(plain, 'news_b')
    await plain.commit()
    expect(await locales('news_b')).toBe(0)
  })
})

describe('the write queue', () => {
  it('grants turns in order, ends each once, and refuses a turn it cannot give in time', async () => {
    const queue = writeQueueFor(path.join(dir, 'queue-only'), { timeoutMs: 100 })
    const order: number[] = []
    const end = await queue.acquire()
    const second = queue.run(async () => order.push(2))
    const third = queue.run(async () => order.push(3))
    end()
    end() // a second call must not end the next holder's turn
    await Promise.all([second, third])
    expect(order).toEqual([2, 3])

    const held = await queue.acquire()
    await expect(queue.acquire()).rejects.toThrow(/waited 0.1 s/)
    held()
    ;(await queue.acquire())()
  })
})
