import type { CollectionSlug, PayloadRequest } from 'payload'

import { enqueueDeliveries } from '../../partners/webhooks/enqueueDeliveries.js'
import type { PublicationChange, PublicationReason } from './collection.js'

/** PostgreSQL: the lock every public change takes before it writes the log (and then the index). */
export const PUBLICATION_LOCK = `SELECT pg_advisory_xact_lock(hashtext('twinning:publication-log'))`

export interface LogEntry {
  at: string
  change: PublicationChange
  collection: string
  documentId: string
  locale: string
  reason?: PublicationReason
}

type SqlAdapter = {
  drizzle: {
    insert: (table: unknown) => {
      values: (rows: unknown[]) => { returning: () => Promise<Array<{ id: number }>> }
    }
  }
  execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
  name: string
  sessions?: Record<string, { db: unknown }>
  tableNameMap?: Map<string, string>
  tables?: Record<string, unknown>
}

/**
 * Appends entries to the publication log inside the request's transaction: they commit with the
 * write or not at all. On PostgreSQL, writers of the log queue on one transaction-scoped advisory
 * lock first, so ids are handed out in commit order: a reader that has seen id n never later
 * finds an n-1 committed behind its back. (SQLite has one writer at a time anyway.) The webhook
 * deliveries of the entries are queued in the same transaction (src/partners/webhooks/). Returns
 * the new rows' ids, in the order of `entries`.
 */
export async function appendToLog(
  req: PayloadRequest,
  slug: CollectionSlug,
  entries: LogEntry[],
): Promise<Array<number | string>> {
  if (!entries.length) return []
  const ids = await insertEntries(req, slug, entries)
  await enqueueDeliveries(
    req,
    entries.map((entry, index) => ({ ...entry, id: ids[index]! })),
  )
  return ids
}

async function insertEntries(
  req: PayloadRequest,
  slug: CollectionSlug,
  entries: LogEntry[],
): Promise<Array<number | string>> {
  const adapter = req.payload.db as unknown as SqlAdapter
  const table = adapter.tables?.[adapter.tableNameMap?.get(slug.replace(/-/g, '_')) ?? '']
  if (!table) {
    // MongoDB (and any adapter without drizzle tables): one create per entry, in the same session.
    const ids: Array<number | string> = []
    for (const data of entries)
      ids.push((await req.payload.db.create({ collection: slug, data: { ...data }, req })).id)
    return ids
  }
  const session = req.transactionID
    ? adapter.sessions?.[String(await req.transactionID)]?.db
    : undefined
  const db = (session ?? adapter.drizzle) as SqlAdapter['drizzle']
  if (adapter.name === 'postgres') {
    await adapter.execute({
      db,
      raw: PUBLICATION_LOCK,
    })
  }
  // Ids are handed out in the order of the values; RETURNING's own order is not promised (SQLite).
  const rows = await db.insert(table).values(entries).returning()
  return rows.map((row) => row.id).sort((a, b) => a - b)
}
