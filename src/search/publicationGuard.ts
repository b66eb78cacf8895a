import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../options.js'
import { PUBLICATION_LOCK } from '../publication/log/append.js'
import { TWINNING } from '../slugs.js'

type Id = number | string

/** Databases whose publication log ids commit in order (append.ts): a cursor then misses nothing. */
const ORDERED_LOG = new Set(['postgres', 'sqlite'])

const logSlug = (payload: Payload) =>
  (payload.config.custom[TWINNING] as ResolvedOptions).slugs.publicationLog as CollectionSlug

/**
 * Makes the transaction wait for every public change under way to commit, and hold off the next
 * ones until it ends: true when it does. On PostgreSQL it takes the publication log's lock; on
 * SQLite (on disk) the transaction is the writer's lock already. MongoDB has none to take, nor
 * has a database without transactions.
 */
export async function holdPublication(
  payload: Payload,
  transactionID: Id | null,
): Promise<boolean> {
  if (transactionID === null) return false
  const adapter = payload.db as unknown as {
    execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
    name: string
    sessions?: Record<string, { db: unknown }>
  }
  if (adapter.name === 'sqlite') return true
  if (adapter.name !== 'postgres') return false
  const db = adapter.sessions?.[String(transactionID)]?.db
  if (!db) return false
  await adapter.execute({ db, raw: PUBLICATION_LOCK })
  return true
}

/** The newest publication log id, or undefined where ids do not commit in order (MongoDB). */
export async function logCursor(payload: Payload): Promise<number | undefined> {
  // Numeric ids only: uuids (`idType: 'uuid'`) neither compare as numbers nor come in commit order.
  if (!ORDERED_LOG.has(payload.db.name) || payload.db.defaultIDType !== 'number') return undefined
  const { docs } = await payload.db.find({
    collection: logSlug(payload),
    limit: 1,
    pagination: false,
    select: { id: true },
    sort: '-id',
  })
  return Number(docs[0]?.id ?? 0)
}

/** The ids (as strings) of these documents that the log names after `since`. */
export async function loggedSince(
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  ids: string[],
  since: number,
): Promise<Set<string>> {
  const { docs } = await payload.db.find({
    collection: logSlug(payload),
    limit: 0,
    pagination: false,
    req,
    select: { documentId: true },
    where: {
      and: [
        { id: { greater_than: since } },
        { collection: { equals: collection } },
        { documentId: { in: ids } },
      ],
    },
  })
  return new Set(docs.map((doc) => String((doc as { documentId?: unknown }).documentId)))
}
